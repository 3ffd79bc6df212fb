import { IPv4, Validator } from 'ip-num';
import { failed, parsed, type Parsed } from './result.ts';

/** Highest IPv4 address as an unsigned 32-bit number. */
export const IPV4_MAX = 0xffffffff;

/**
 * Parses dotted-decimal IPv4 text into an unsigned 32-bit number.
 * ip-num validates at this edge; everything after works on plain numbers.
 * @example parseIpv4('10.0.1.10') // { ok: true, value: 167772426 }
 */
export function parseIpv4(text: string): Parsed<number> {
  const [valid] = Validator.isValidIPv4String(text);
  if (!valid) return failed(`"${text}" is not an IPv4 address (expected four numbers 0-255, like 10.0.1.10)`);
  return parsed(Number(IPv4.fromString(text).value));
}

/** Formats an unsigned 32-bit number as dotted-decimal text. */
export function formatIpv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** The network mask of a prefix length as an unsigned 32-bit number (prefix 0 gives 0). */
export function ipv4Mask(prefix: number): number {
  return prefix === 0 ? 0 : (IPV4_MAX << (32 - prefix)) >>> 0;
}
