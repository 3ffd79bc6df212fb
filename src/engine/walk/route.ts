import { isPublicAddress } from '../../net/public.ts';
import { ipText } from '../address.ts';
import type { CEni, CSubnet } from '../compiled.ts';
import { explain } from '../explain.ts';
import { lookupRoute } from '../routing.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { applyGroups, applyNacl, crossSubnets } from './filters.ts';
import { gatewayEndpoint } from './gateway-endpoint.ts';
import { eigwEgress, igwEgress } from './internet.ts';
import { eniInVpc } from './lookup.ts';
import { replyInterface, toNatGateway, toNatInstance, undoTranslation } from './nat.ts';
import type { Packet } from './packet.ts';
import { peeringEgress } from './peering.ts';
import { tgwEgress } from './transit-gateway.ts';
import { vgwEgress } from './vpn.ts';

/**
 * Routes a packet by the route table of the subnet it is in, and follows the route's target.
 * This is the heart of the walk; every gateway module hands packets back here.
 *
 * The one import cycle left in the engine starts here, on purpose: routing a packet follows
 * its target into a gateway module (internet, NAT, peering, transit gateway, VPN), which
 * routes the packet onwards by calling back into this function. The walk is a mutual
 * recursion between a route table and the gateways it points at; the modules only call each
 * other's functions at run time, never at load time, so the cycle is harmless.
 */
export function routeFrom(walk: Walk, subnet: CSubnet, packet: Packet): Outcome {
  const table = subnet.routeTable;
  if (walk.tooLong()) return walk.stop('ROUTING_LOOP', table.id, () => explain.routingLoop(table.id));
  if (walk.finished) return STOPPED;
  const route = lookupRoute(table, packet.destination);
  if (!route) {
    if (walk.record)
      walk.hop(table.id, 'route-table', 'drop', packet, { kind: 'noRoute', destination: ipText(packet.destination) });
    return walk.stop('NO_ROUTE_TO_DESTINATION', table.id, () =>
      explain.noRoute(table.id, ipText(packet.destination), isInternetBound(walk, subnet, packet)),
    );
  }
  const rule = { kind: 'route', table: table.id, destination: route.label, target: route.targetLabel } as const;
  if (route.target.kind === 'blackhole') {
    if (walk.record)
      walk.hop(table.id, 'route-table', 'drop', packet, { kind: 'blackholeRoute', route: route.label }, rule);
    return walk.stop('BAD_STATE_ROUTE', table.id, () =>
      explain.blackhole(table.id, ipText(packet.destination), route.label),
    );
  }
  if (walk.record)
    walk.hop(
      table.id,
      'route-table',
      'forward',
      packet,
      route.prefixList
        ? {
            kind: 'routesViaPrefixList',
            list: route.prefixList.id,
            entry: route.prefixList.entry,
            target: route.targetLabel,
          }
        : { kind: 'routes', destination: route.label, target: route.targetLabel },
      rule,
    );
  walk.lastTable = table.id;

  const target = route.target;
  switch (target.kind) {
    case 'local':
      return deliverLocal(walk, subnet, packet);
    case 'internet-gateway':
      applyNacl(walk, subnet, 'egress', packet);
      return igwEgress(walk, subnet.vpc, target.id, packet);
    case 'egress-only-internet-gateway':
      applyNacl(walk, subnet, 'egress', packet);
      return eigwEgress(walk, target.id, packet);
    case 'nat-gateway':
      return toNatGateway(walk, subnet, target.id, packet);
    case 'instance':
      return toNatInstance(walk, subnet, target.id, target.deviceIndex, packet);
    case 'vpn-gateway':
      applyNacl(walk, subnet, 'egress', packet);
      return vgwEgress(walk, target.id, packet);
    case 'peering-connection':
      applyNacl(walk, subnet, 'egress', packet);
      return peeringEgress(walk, subnet.vpc, target.id, packet);
    case 'transit-gateway':
      return tgwEgress(walk, subnet, target.id, packet);
    case 'gateway-endpoint':
      applyNacl(walk, subnet, 'egress', packet);
      return gatewayEndpoint(walk, subnet, target.id, target.service, packet);
  }
}

/** The local route: delivery to the interface with this address in the same VPC. */
export function deliverLocal(walk: Walk, from: CSubnet, packet: Packet): Outcome {
  const eni = eniInVpc(from.vpc, packet.destination);
  if (!eni) {
    return walk.stop('DESTINATION_NOT_LISTENING', from.vpc.id, () =>
      explain.noSuchAddress(ipText(packet.destination), from.vpc.id),
    );
  }
  crossSubnets(walk, from, eni.subnet, packet);
  return arriveAt(walk, eni, packet);
}

/**
 * A packet addressed to this interface has arrived. Forward, its groups must admit it; a
 * reply addressed to a NAT that translated the request is translated back and sent on.
 */
export function arriveAt(walk: Walk, eni: CEni, packet: Packet): Outcome {
  if (!walk.pathOnly || eni !== walk.finalEni) applyGroups(walk, eni, 'ingress', packet);
  if (!walk.forward) {
    const restored = undoTranslation(walk, eni, packet);
    if (restored) return routeFrom(walk, replyInterface(walk, eni, restored).subnet, restored);
  }
  return { kind: 'eni', eni, packet };
}

/** Whether a missing route is about the internet (for the wording of the explanation). */
function isInternetBound(walk: Walk, subnet: CSubnet, packet: Packet): boolean {
  const address = packet.destination;
  if (eniInVpc(subnet.vpc, address)) return false;
  if (address.version === 4 && walk.compiled.byPublic4.has(address.value)) return true;
  return isPublicAddress(address);
}
