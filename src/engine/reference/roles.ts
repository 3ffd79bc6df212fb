import { DATABASE_ENGINE_PORTS, type Listener, type LoadBalancer } from '../../model/index.ts';
import type { Packet } from './packet.ts';
import type { RefEni } from './world.ts';

/** A balancer leg: can the balancer open this connection to the target? (Supplied by the flow module.) */
export type LegCheck = (balancer: string, target: string, protocol: number, port: number) => boolean;

/**
 * What the destination itself accepts once the packet has reached its interface: an instance
 * anything, a database TCP on its port, a Lambda function or NAT gateway nothing, an interface
 * endpoint TCP, a load balancer a listener followed by at least one working target leg.
 */
export function destinationAccepts(eni: RefEni, packet: Packet, leg: LegCheck): boolean {
  const resource = eni.owner;
  switch (resource.type) {
    case 'instance':
      return true;
    case 'database':
      return packet.protocol === 6 && packet.dstPort === (resource.port ?? DATABASE_ENGINE_PORTS[resource.engine]);
    case 'vpc-endpoint':
      return packet.protocol === 6;
    case 'load-balancer':
      return balancerServes(resource, packet, leg);
    default:
      return false; // lambda, NAT gateway
  }
}

function balancerServes(balancer: LoadBalancer, packet: Packet, leg: LegCheck): boolean {
  if (balancer.targets.length === 0) return false;
  return balancer.listeners.some(
    (listener) =>
      listenerTakes(listener, packet) &&
      balancer.targets.some((target) =>
        leg(balancer.id, target, packet.protocol, listener.targetPort ?? listener.port),
      ),
  );
}

function listenerTakes(listener: Listener, packet: Packet): boolean {
  if (listener.port !== packet.dstPort) return false;
  switch (listener.protocol) {
    case 'udp':
      return packet.protocol === 17;
    case 'tcp_udp':
      return packet.protocol === 6 || packet.protocol === 17;
    default:
      return packet.protocol === 6; // http, https, tcp, tls
  }
}
