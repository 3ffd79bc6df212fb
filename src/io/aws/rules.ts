import type { Protocol } from '../../model/index.ts';
import { num, obj, str, type JsonObject } from './json.ts';

const NAMED: Readonly<Record<string, Protocol>> = {
  '-1': 'all',
  all: 'all',
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  icmpv6: 'icmpv6',
  '58': 'icmpv6',
};

/** AWS `IpProtocol` / `Protocol` ("-1", "tcp", "6", "50") as a document protocol. */
export function protocolOf(raw: string | undefined): Protocol | undefined {
  if (raw === undefined) return undefined;
  const named = NAMED[raw.toLowerCase()];
  if (named !== undefined) return named;
  const number = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return number >= 0 && number <= 255 ? number : undefined;
}

/** `"22"`, `"1024-65535"`, or undefined for every port. */
export function portsOf(from: number | undefined, to: number | undefined): string | undefined {
  if (from === undefined || to === undefined || from < 0 || to < 0) return undefined;
  if (from <= 0 && to >= 65535) return undefined;
  const low = Math.max(from, 0);
  const high = Math.min(to, 65535);
  return low === high ? String(low) : `${low}-${high}`;
}

/** A port range of a NACL entry (`PortRange: { From, To }`) for TCP and UDP. */
export function naclPorts(entry: JsonObject, protocol: Protocol): string | undefined {
  if (protocol !== 'tcp' && protocol !== 'udp') return undefined;
  const range = obj(entry, 'PortRange');
  return portsOf(num(range, 'From'), num(range, 'To'));
}

/** True when an ICMP rule names one type (the document allows all ICMP or none). */
export function narrowIcmp(protocol: Protocol, from: number | undefined): boolean {
  return (protocol === 'icmp' || protocol === 'icmpv6') && from !== undefined && from >= 0;
}

export { str };
