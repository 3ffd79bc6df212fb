import type { AwsService, CSubnet } from '../compiled.ts';
import { isEmpty } from '../../net/range-set.ts';
import { explain } from '../explain.ts';
import { ICMP_POINT } from '../flow-space.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import type { Packet } from './packet.ts';

/**
 * A gateway endpoint route (a prefix-list route): reaches only its service, TCP or ICMP only,
 * and only for traffic that started in this VPC (not from peered, on-premises or transit
 * gateway networks).
 */
/** Gateway endpoints carry TCP and ICMP only. */
const TCP_AND_ICMP = [
  { from: 0, to: 65535 },
  { from: ICMP_POINT, to: ICMP_POINT },
];

export function gatewayEndpoint(
  walk: Walk,
  subnet: CSubnet,
  endpoint: string,
  service: AwsService,
  packet: Packet,
): Outcome {
  if (walk.finished) return STOPPED;
  if (packet.arrival !== 'local') {
    if (walk.record) walk.hop(endpoint, 'vpc-endpoint', 'drop', packet, { kind: 'endpointLocalOnly' });
    return walk.stop('NO_ROUTE_TO_DESTINATION', endpoint, () => explain.gatewayEndpointRemote(endpoint));
  }
  walk.filter(packet, TCP_AND_ICMP, 'VPCE_GATEWAY_PROTOCOL_RESTRICTION', endpoint, 'egress', (denied) =>
    explain.gatewayEndpointProtocol(endpoint, denied),
  );
  if (walk.record)
    walk.hop(endpoint, 'vpc-endpoint', isEmpty(walk.alive) ? 'drop' : 'forward', packet, {
      kind: 'carriesToService',
      service,
    });
  if (walk.forward) walk.state.serviceEndpoint = { id: endpoint, subnet };
  return { kind: 'service', service, packet };
}
