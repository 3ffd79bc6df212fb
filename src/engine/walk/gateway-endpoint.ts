import type { AwsService, CSubnet } from '../compiled.ts';
import { explain } from '../explain.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import type { Packet } from './packet.ts';

/**
 * A gateway endpoint route (a prefix-list route): reaches only its service, TCP or ICMP only,
 * and only for traffic that started in this VPC (not from peered, on-premises or transit
 * gateway networks).
 */
export function gatewayEndpoint(
  walk: Walk,
  subnet: CSubnet,
  endpoint: string,
  service: AwsService,
  packet: Packet,
): Outcome {
  if (walk.finished) return STOPPED;
  if (packet.arrival !== 'local') {
    walk.hop(endpoint, 'vpc-endpoint', 'drop', packet, () => 'serves only traffic that starts in its VPC');
    return walk.stop('NO_ROUTE_TO_DESTINATION', endpoint, () => explain.gatewayEndpointRemote(endpoint));
  }
  if (packet.protocol !== 6 && packet.protocol !== 1) {
    walk.block('VPCE_GATEWAY_PROTOCOL_RESTRICTION', endpoint, () =>
      explain.gatewayEndpointProtocol(endpoint, packet.protocol),
    );
  }
  walk.hop(
    endpoint,
    'vpc-endpoint',
    walk.finished ? 'drop' : 'forward',
    packet,
    () => `carries the packet to ${service}`,
  );
  if (walk.forward) walk.state.serviceEndpoint = { id: endpoint, subnet };
  return { kind: 'service', service, packet };
}
