import { ipText, inAnyBlock } from '../address.ts';
import type { CSubnet, CTransitGateway } from '../compiled.ts';
import { explain } from '../explain.ts';
import { lookupTgwRoute } from '../routing.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { applyNacl } from './filters.ts';
import { eniInVpc } from './lookup.ts';
import type { Packet } from './packet.ts';
import { routeFrom } from './route.ts';

/**
 * Leaving a VPC for a transit gateway. The VPC's attachment must have a subnet in the
 * sender's Availability Zone. NACLs follow AWS's rules for transit gateway attachments: in
 * different subnets, the sender's outbound rules and the attachment subnet's inbound rules
 * apply; in the same subnet, that subnet's outbound and inbound rules both apply.
 */
export function tgwEgress(walk: Walk, subnet: CSubnet, tgwId: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  const tgw = walk.compiled.transitGateways.get(tgwId);
  const attachment = tgw?.attachments.get(subnet.vpc.id);
  if (!tgw || !attachment) return walk.stop('INVALID_COMPONENT', tgwId, () => explain.invalid(tgwId));
  const entry = attachment.subnets.find((s) => s.az === subnet.az);
  if (!entry) {
    if (walk.record)
      walk.hop(tgwId, 'transit-gateway', 'drop', packet, {
        kind: 'tgwNoSubnetInAz',
        vpc: subnet.vpc.id,
        az: subnet.az,
      });
    return walk.stop('TGW_ROUTE_AZ_RESTRICTION', tgwId, () => explain.tgwAz(tgwId, subnet.vpc.id, subnet.az));
  }
  applyNacl(walk, subnet, 'egress', packet);
  applyNacl(walk, entry, 'ingress', packet);
  return tgwRoute(walk, tgw, packet, subnet.vpc.id);
}

/**
 * Routing at a transit gateway, by the route table associated with the attachment the packet
 * arrived from (`from`: a VPC, on-premises network or peer transit gateway id): longest
 * prefix, static beats propagated. An attachment associated with no table has no route. A
 * VPC attachment delivers into the attachment subnet in the destination's zone (else the
 * first), and that subnet's route table takes over: this is what makes egress and inspection
 * VPCs work. A peering attachment hands the packet to the peer, which routes it by the table
 * associated with its side of the peering.
 */
export function tgwRoute(walk: Walk, tgw: CTransitGateway, packet: Packet, from: string): Outcome {
  if (walk.finished) return STOPPED;
  const table = tgw.associations.get(from);
  if (!table) {
    if (walk.record)
      walk.hop(tgw.id, 'transit-gateway', 'drop', packet, { kind: 'tgwNotAssociated', attachment: from });
    return walk.stop('TGW_ATTACHMENT_NOT_ASSOCIATED', tgw.id, () => explain.tgwNotAssociated(tgw.id, from));
  }
  const place = table.implicit ? tgw.id : table.id;
  const placeType = table.implicit ? 'transit-gateway' : 'transit-gateway-route-table';
  const route = lookupTgwRoute(table, packet.destination);
  if (!route) {
    if (walk.record)
      walk.hop(place, placeType, 'drop', packet, { kind: 'noRoute', destination: ipText(packet.destination) });
    return walk.stop('TGW_RTB_CANNOT_ROUTE', place, () =>
      table.implicit
        ? explain.tgwNoRoute(tgw.id, ipText(packet.destination))
        : explain.tgwTableNoRoute(tgw.id, table.id, from, ipText(packet.destination)),
    );
  }
  const rule = {
    kind: 'tgw-route',
    gateway: place,
    destination: route.label,
    attachment: route.attachment ?? 'blackhole',
    origin: route.origin,
  } as const;
  if (route.attachment === null) {
    if (walk.record) walk.hop(place, placeType, 'drop', packet, { kind: 'blackholeRoute', route: route.label }, rule);
    return walk.stop('TGW_RTB_BAD_STATE_ROUTE', place, () =>
      table.implicit
        ? explain.tgwBlackhole(tgw.id, ipText(packet.destination), route.label)
        : explain.tgwTableBlackhole(tgw.id, table.id, ipText(packet.destination), route.label),
    );
  }
  const target = route.attachment;
  if (walk.record)
    walk.hop(
      place,
      placeType,
      'forward',
      packet,
      { kind: 'tgwRoutes', destination: route.label, target, origin: route.origin },
      rule,
    );

  const peer = tgw.peers.has(target) ? walk.compiled.transitGateways.get(target) : undefined;
  if (peer) {
    if (walk.tooLong()) return walk.stop('ROUTING_LOOP', tgw.id, () => explain.routingLoop(tgw.id));
    if (walk.record) walk.hop(tgw.id, 'transit-gateway', 'forward', packet, { kind: 'tgwPeering', peer: peer.id });
    return tgwRoute(walk, peer, packet, tgw.id);
  }
  const network = walk.compiled.onPremises.get(target);
  if (network) {
    if (!inAnyBlock(network.blocks, packet.destination)) {
      return walk.stop('NO_ROUTE_TO_DESTINATION', network.id, () =>
        explain.vgwOutside(tgw.id, ipText(packet.destination)),
      );
    }
    return { kind: 'on-premises', id: network.id, packet };
  }
  const attachment = tgw.attachments.get(target);
  const vpc = walk.compiled.vpcs.get(target);
  if (!attachment || !vpc || attachment.subnets.length === 0)
    return walk.stop('INVALID_COMPONENT', tgw.id, () => explain.invalid(tgw.id));
  const receiver = eniInVpc(vpc, packet.destination);
  const entry = attachment.subnets.find((s) => s.az === receiver?.subnet.az) ?? attachment.subnets[0]!;
  const inside: Packet = { ...packet, arrival: 'transit-gateway' };
  return routeFrom(walk, entry, inside);
}
