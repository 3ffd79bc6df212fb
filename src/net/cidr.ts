import type { Address } from './address.ts';
import { formatIpv4, ipv4Mask, IPV4_MAX, parseIpv4 } from './ipv4.ts';
import { formatIpv6, ipv6Mask, IPV6_MAX, parseIpv6 } from './ipv6.ts';
import { failed, parsed, type Parsed } from './result.ts';
import { whitespaceProblem } from './whitespace.ts';

/** An IPv4 block: `first` is the network address as uint32, `last` the broadcast address. */
export interface Cidr4 {
  readonly version: 4;
  readonly first: number;
  readonly last: number;
  readonly prefix: number;
}

/** An IPv6 block with 128-bit bigint bounds. */
export interface Cidr6 {
  readonly version: 6;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
}

export type Cidr = Cidr4 | Cidr6;

export function cidr4(first: number, prefix: number): Cidr4 {
  const mask = ipv4Mask(prefix);
  const network = (first & mask) >>> 0;
  return { version: 4, first: network, last: (network | (~mask >>> 0)) >>> 0, prefix };
}

export function cidr6(first: bigint, prefix: number): Cidr6 {
  const mask = ipv6Mask(prefix);
  const network = first & mask;
  return { version: 6, first: network, last: network | (IPV6_MAX ^ mask), prefix };
}

/**
 * Parses CIDR text. Host bits must be zero: `10.0.0.5/16` is refused with the block it
 * probably meant, never silently fixed, because a silent fix hides a typo in a design.
 * Whitespace is refused with the same sentence as in a port (whitespace.ts).
 * @example parseCidr('10.0.0.0/16') // { ok: true, value: { version: 4, first: 167772160, last: 167837695, prefix: 16 } }
 */
export function parseCidr(text: string): Parsed<Cidr> {
  const blank = whitespaceProblem(text);
  if (blank !== undefined) return failed(blank);
  const slash = text.indexOf('/');
  if (slash < 0)
    return failed(`"${text}" is not a CIDR block (expected an address and a prefix length, like 10.0.0.0/16)`);
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const isV6 = addressText.includes(':');
  const maxPrefix = isV6 ? 128 : 32;
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > maxPrefix) {
    return failed(`"${text}" has an invalid prefix length "/${prefixText}" (expected /0 to /${maxPrefix})`);
  }
  const prefix = Number(prefixText);
  if (isV6) {
    const address = parseIpv6(addressText);
    if (!address.ok) return failed(`"${text}" is not a CIDR block: ${address.error}`);
    const block = cidr6(address.value, prefix);
    if (block.first !== address.value) return failed(hostBitsMessage(text, formatCidr(block)));
    return parsed(block);
  }
  const address = parseIpv4(addressText);
  if (!address.ok) return failed(`"${text}" is not a CIDR block: ${address.error}`);
  const block = cidr4(address.value, prefix);
  if (block.first !== address.value) return failed(hostBitsMessage(text, formatCidr(block)));
  return parsed(block);
}

function hostBitsMessage(text: string, network: string): string {
  return `"${text}" has host bits set; the block starting at that prefix is ${network}`;
}

export function formatCidr(block: Cidr): string {
  return block.version === 4
    ? `${formatIpv4(block.first)}/${block.prefix}`
    : `${formatIpv6(block.first)}/${block.prefix}`;
}

/** Number of addresses in the block (a bigint, since an IPv6 block can hold 2^128). */
export function cidrSize(block: Cidr): bigint {
  return 1n << BigInt((block.version === 4 ? 32 : 128) - block.prefix);
}

/** True when `inner` lies wholly inside `outer` (a block contains itself). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version === 4 && inner.version === 4) return outer.first <= inner.first && inner.last <= outer.last;
  if (outer.version === 6 && inner.version === 6) return outer.first <= inner.first && inner.last <= outer.last;
  return false;
}

/** True when the two blocks share at least one address. */
export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  if (a.version === 4 && b.version === 4) return a.first <= b.last && b.first <= a.last;
  if (a.version === 6 && b.version === 6) return a.first <= b.last && b.first <= a.last;
  return false;
}

export function cidrContainsAddress(block: Cidr, address: Address): boolean {
  if (block.version === 4 && address.version === 4) return block.first <= address.value && address.value <= block.last;
  if (block.version === 6 && address.version === 6) return block.first <= address.value && address.value <= block.last;
  return false;
}

/** The whole address space of a version: 0.0.0.0/0 or ::/0. */
export const ANY_IPV4: Cidr4 = { version: 4, first: 0, last: IPV4_MAX, prefix: 0 };
export const ANY_IPV6: Cidr6 = { version: 6, first: 0n, last: IPV6_MAX, prefix: 0 };

/** Parses a CIDR known to be valid (constants, engine tables); throws on a programming error. */
export function cidr(text: string): Cidr {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
