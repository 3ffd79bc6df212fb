import { formatPortSet, formatProtocol, type RangeSet } from '../../net/index.ts';
import { ipText, type Ip } from '../address.ts';
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
  readonly protocol: number;
  readonly sourcePorts: RangeSet;
  readonly destinationPorts: RangeSet;
  readonly arrival: Arrival;
}

export function headerOf(packet: Packet): Header {
  return {
    source: ipText(packet.source),
    destination: ipText(packet.destination),
    protocol: formatProtocol(packet.protocol),
    sourcePorts: portsText(packet.protocol, packet.sourcePorts),
    destinationPorts: portsText(packet.protocol, packet.destinationPorts),
  };
}

/** Ports only mean something for TCP and UDP; other protocols show none. */
export function portsText(protocol: number, ports: RangeSet): string {
  return protocol === 6 || protocol === 17 ? formatPortSet(ports) : '';
}
