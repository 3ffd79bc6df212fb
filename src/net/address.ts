import { formatIpv4, parseIpv4 } from './ipv4.ts';
import { formatIpv6, parseIpv6 } from './ipv6.ts';
import { failed, type Parsed } from './result.ts';

/** An IP address in numeric form: uint32 for IPv4, bigint for IPv6. */
export type Address = { readonly version: 4; readonly value: number } | { readonly version: 6; readonly value: bigint };

export type IpVersion = 4 | 6;

/** Parses IPv4 or IPv6 text; text containing a colon is read as IPv6. */
export function parseAddress(text: string): Parsed<Address> {
  // Resource ids are looked up far more often than addresses are typed: refuse them cheaply.
  if (!/^[0-9a-fA-F:.]+$/.test(text)) {
    return failed(`"${text}" is not an IP address (expected IPv4 like 10.0.1.10 or IPv6 like 2001:db8::10)`);
  }
  if (text.includes(':')) {
    const result = parseIpv6(text);
    return result.ok ? { ok: true, value: { version: 6, value: result.value } } : result;
  }
  const result = parseIpv4(text);
  if (result.ok) return { ok: true, value: { version: 4, value: result.value } };
  return failed(`"${text}" is not an IP address (expected IPv4 like 10.0.1.10 or IPv6 like 2001:db8::10)`);
}

export function formatAddress(address: Address): string {
  return address.version === 4 ? formatIpv4(address.value) : formatIpv6(address.value);
}

export const ipv4 = (value: number): Address => ({ version: 4, value });
export const ipv6 = (value: bigint): Address => ({ version: 6, value });

export function sameAddress(a: Address, b: Address): boolean {
  return a.version === b.version && a.value === b.value;
}
