import { failed, parsed, type Parsed } from './result.ts';

/** IANA protocol numbers VPC Lab analyses; -1 stands for "all", as in AWS's APIs. */
export const PROTOCOL = { all: -1, icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;

export type ProtocolName = keyof typeof PROTOCOL;

/** The document's protocol field: a name or an IANA number (as a number or numeric text). */
export type ProtocolField = ProtocolName | number | string;

/**
 * Resolves a document protocol to its IANA number (-1 for all).
 * @example parseProtocol('tcp') // { ok: true, value: 6 }
 */
export function parseProtocol(value: ProtocolField): Parsed<number> {
  if (typeof value === 'string' && value in PROTOCOL) return parsed(PROTOCOL[value as ProtocolName]);
  const number = typeof value === 'number' ? value : /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(number) && number >= 0 && number <= 255) return parsed(number);
  return failed(`"${String(value)}" is not a protocol (expected tcp, udp, icmp, icmpv6, all, or an IANA number 0-255)`);
}

const NAMES: Readonly<Record<number, string>> = { [-1]: 'all', 1: 'icmp', 6: 'tcp', 17: 'udp', 58: 'icmpv6' };

export function formatProtocol(number: number): string {
  return NAMES[number] ?? String(number);
}

/** True for protocols whose rules carry port ranges (TCP and UDP). */
export function hasPorts(number: number): boolean {
  return number === PROTOCOL.tcp || number === PROTOCOL.udp;
}
