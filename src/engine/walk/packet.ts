import { formatPortSet, formatProtocol, type RangeSet } from '../../net/index.ts';
import { ipText, type Ip } from '../address.ts';
import { describeSpace, portsOf } from '../flow-space.ts';
import type { CEni } from '../compiled.ts';
import type { Header } from '../types.ts';

/** How a packet entered the VPC it is in now; decides what may forward it onwards. */
export type Arrival =
  'local' | 'internet-gateway' | 'egress-only-internet-gateway' | 'peering' | 'vpn' | 'transit-gateway';

/**
 * A packet in flight. `sourceEni` is the interface whose private address is `source` while no
 * NAT, gateway or balancer has rewritten it: security-group rules that name a group match it.
 */
export interface Packet {
  readonly source: Ip;
  readonly destination: Ip;
  readonly sourceEni: CEni | undefined;
  /** The protocol asked about (-1 when one walk covers them all); the ports below say exactly what. */
  readonly protocol: number;
  /** Source and destination ports in the flow space (flow-space.ts). */
  readonly sourcePorts: RangeSet;
  readonly destinationPorts: RangeSet;
  readonly arrival: Arrival;
}

/** Hops often see the same packet object; its header is formatted once. */
const headers = new WeakMap<Packet, Header>();

export function headerOf(packet: Packet): Header {
  let header = headers.get(packet);
  if (!header) {
    header = formatHeader(packet);
    headers.set(packet, header);
  }
  return header;
}

function formatHeader(packet: Packet): Header {
  return {
    source: ipText(packet.source),
    destination: ipText(packet.destination),
    protocol: formatProtocol(packet.protocol),
    sourcePorts: portsText(packet.protocol, packet.sourcePorts),
    destinationPorts: portsText(packet.protocol, packet.destinationPorts),
  };
}

/**
 * Ports as people write them: for a TCP or UDP flow its ports, for a query over all protocols
 * a description of the flows, for ICMP and other protocols nothing.
 */
export function portsText(protocol: number, ports: RangeSet): string {
  if (protocol === 6 || protocol === 17) return formatPortSet(portsOf(ports, protocol));
  return protocol === -1 ? describeSpace(ports) : '';
}
