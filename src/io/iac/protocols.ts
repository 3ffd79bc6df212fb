import type { Protocol } from '../../model/index.ts';

/**
 * Protocols and port ranges as AWS APIs write them. AWS uses IANA numbers (`6`) or names
 * (`tcp`) and `-1` for every protocol; the document uses names for the common five.
 */
const NUMBER_OF: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, icmpv6: 58 };
const NAME_OF: Record<number, Protocol> = { 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmpv6' };

/** `-1` / `all` / `tcp` / `6` / 6 to the document's protocol; undefined when unrecognised. */
export function protocolFromAws(value: unknown): Protocol | undefined {
  const text = String(value).trim().toLowerCase();
  if (text === '-1' || text === 'all') return 'all';
  if (text in NUMBER_OF) return text as Protocol;
  if (/^\d{1,3}$/.test(text) && Number(text) <= 255) return Number(text);
  return undefined;
}

/**
 * A document protocol as a security-group `IpProtocol`: names stay names and numbers stay
 * numbers (as text), so the round trip keeps whichever the person wrote.
 */
export function protocolToAwsText(protocol: Protocol): string {
  return protocol === 'all' ? '-1' : String(protocol);
}

/** A document protocol as a NACL protocol number (NACL entries only take numbers). */
export function protocolToAwsNumber(protocol: Protocol): number {
  if (protocol === 'all') return -1;
  if (typeof protocol === 'number') return protocol;
  return NUMBER_OF[protocol] ?? -1;
}

/** A NACL protocol number read back: the five names where they exist. */
export function protocolFromAwsNumber(value: unknown): Protocol | undefined {
  const protocol = protocolFromAws(value);
  return typeof protocol === 'number' ? (NAME_OF[protocol] ?? protocol) : protocol;
}

/** Document ports (`"22"`, `"1024-65535"`) to a from/to pair. */
export function portRange(ports: string): { from: number; to: number } {
  const [from, to = from] = ports.split('-').map(Number) as [number, number?];
  return { from, to };
}

/** A from/to pair to document ports; -1 or missing bounds (ICMP, all) mean no ports. */
export function portsFromRange(from: unknown, to: unknown): string | undefined {
  if (from === undefined || from === null || Number(from) < 0) return undefined;
  const low = Number(from);
  const high = to === undefined || to === null ? low : Number(to);
  if (!Number.isInteger(low) || !Number.isInteger(high)) return undefined;
  return low === high ? String(low) : `${low}-${high}`;
}
