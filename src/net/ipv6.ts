import { IPv6, Validator, collapseIPv6Number } from 'ip-num';
import { failed, parsed, type Parsed } from './result.ts';

/** Highest IPv6 address as a 128-bit bigint. */
export const IPV6_MAX = (1n << 128n) - 1n;

/**
 * Parses IPv6 text (any RFC 4291 form) into a 128-bit bigint.
 * @example parseIpv6('2001:db8::1') // { ok: true, value: 42540766411282592856903984951653826561n }
 */
export function parseIpv6(text: string): Parsed<bigint> {
  // ip-num accepts some forms with a zone or brackets inconsistently; refuse them up front.
  const [valid] = /^[0-9a-fA-F:.]+$/.test(text) ? Validator.isValidIPv6String(text) : [false];
  if (!valid) return failed(`"${text}" is not an IPv6 address (expected hexadecimal groups, like 2001:db8::10)`);
  return parsed(IPv6.fromString(text).value);
}

/** Formats a 128-bit bigint in the shortest RFC 5952 form (lower case, longest zero run collapsed). */
export function formatIpv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((value >> shift) & 0xffffn).toString(16));
  return collapseIPv6Number(groups.join(':'));
}

/** The network mask of a prefix length as a 128-bit bigint. */
export function ipv6Mask(prefix: number): bigint {
  return prefix === 0 ? 0n : (IPV6_MAX << BigInt(128 - prefix)) & IPV6_MAX;
}
