import { isEmpty, union, type RangeSet } from '../net/index.ts';
import type { Ip } from './address.ts';
import type { CEni } from './compiled.ts';
import { explain } from './explain.ts';
import type { FlowRun } from './flow-types.ts';
import { pointOf } from './flow-space.ts';
import { Walk } from './walk/context.ts';
import type { Packet } from './walk/packet.ts';

export function isDnsResolver(eni: CEni, destination: Ip): boolean {
  return destination.version === 4 && destination.value === eni.subnet.vpc.dnsResolver4;
}

/** Traffic to the Amazon DNS resolver (UDP and TCP 53) is never filtered by groups or NACLs. */
export function dnsFlow(
  walk: Walk,
  packet: Packet,
  eni: CEni,
  result: (back: Walk | undefined, s?: Ip, d?: Ip, p?: RangeSet) => FlowRun,
): FlowRun {
  const resolver = `${eni.subnet.vpc.id} DNS resolver`;
  walk.filter(packet, union(pointOf(6, 53), pointOf(17, 53)), 'DESTINATION_NOT_LISTENING', resolver, 'ingress', () =>
    explain.notListening(resolver, { what: 'dns' }),
  );
  if (walk.record)
    walk.hop(resolver, 'dns-resolver', isEmpty(walk.alive) ? 'drop' : 'accept', packet, { kind: 'dnsResolver' });
  const back = new Walk(walk.compiled, 'return', walk.record, walk.state, packet.sourcePorts);
  return result(back, packet.source, packet.destination, packet.sourcePorts);
}
