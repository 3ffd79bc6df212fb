import type { OnPremises, Subnet, TransitGateway } from '../../model/index.ts';
import { cidrContainsAddress, cidrOverlaps, isRfc1918, isRfc6598, type Address } from '../../net/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import { crossingAllowed, groupsAllow, naclAllows } from './filters.ts';
import type { Landing, Packet, Trip } from './packet.ts';
import { chooseRoute, chooseTgwRoute, tgwTableFor } from './routing.ts';
import {
  block,
  contains,
  eniWithPrivateAddress,
  eniWithPublicAddress,
  enisOf,
  vpcBlocks,
  type RefEni,
  type World,
} from './world.ts';

/**
 * Moves one packet through the design until it lands somewhere or is dropped. The packet is
 * always at one of a few places; each step looks at the place, applies exactly the checks
 * semantics.md lists for it, and names the next place. Security groups are checked only on
 * the request (they are stateful); NACLs and routes on both the request and the reply.
 */
export type Place =
  /** In a subnet, about to be routed by that subnet's table. */
  | { readonly at: 'subnet'; readonly subnet: Subnet; readonly packet: Packet }
  /** About to enter the interface's subnet (from another subnet, or from outside: undefined) and reach it. */
  | { readonly at: 'interface'; readonly eni: RefEni; readonly from: Subnet | undefined; readonly packet: Packet }
  | { readonly at: 'internet'; readonly packet: Packet }
  /** At a transit gateway, arriving from the attachment `from` (a VPC, on-premises or peer gateway id). */
  | { readonly at: 'transit-gateway'; readonly tgw: TransitGateway; readonly from: string; readonly packet: Packet }
  /** Arriving from an on-premises network at its gateway (VPN gateway or transit gateway). */
  | { readonly at: 'from-on-premises'; readonly network: OnPremises; readonly packet: Packet }
  | { readonly at: 'landed'; readonly landing: Landing };

/** Enough for any honest path; a packet still moving after this many steps is in a routing loop. */
const MAX_STEPS = 64;

export function walk(world: World, trip: Trip, start: Place): Landing {
  let place = start;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (place.at === 'landed') return place.landing;
    place = step(world, trip, place);
  }
  return { kind: 'dropped', reason: 'routing loop' };
}

const drop = (reason: string): Place => ({ at: 'landed', landing: { kind: 'dropped', reason } });

function step(world: World, trip: Trip, place: Exclude<Place, { at: 'landed' }>): Place {
  switch (place.at) {
    case 'subnet':
      return routeInSubnet(world, trip, place.subnet, place.packet);
    case 'interface':
      return reachInterface(world, trip, place.eni, place.from, place.packet);
    case 'internet':
      return onInternet(world, trip, place.packet);
    case 'transit-gateway':
      return throughTransitGateway(world, place.tgw, place.from, place.packet);
    case 'from-on-premises':
      return fromOnPremises(world, place.network, place.packet);
  }
}

function routeInSubnet(world: World, trip: Trip, subnet: Subnet, packet: Packet): Place {
  const route = chooseRoute(world, subnet, packet.dst);
  if (!route) return drop(`no route in ${subnet.id}`);
  if (route.kind === 'blackhole') return drop(`blackhole route in ${subnet.id}`);
  if (route.kind === 'local') {
    const eni = eniWithPrivateAddress(world, subnet.vpc, packet.dst);
    return eni ? { at: 'interface', eni, from: subnet, packet } : drop('nobody has that address');
  }
  if (route.kind === 'gateway-endpoint') {
    if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
    if (packet.arrival !== 'vpc') return drop('gateway endpoint: packet did not start in the VPC');
    if (packet.protocol !== 6 && packet.protocol !== 1) return drop('gateway endpoint: TCP and ICMP only');
    if (trip.direction === 'forward') trip.endpointSubnet = subnet;
    return { at: 'landed', landing: { kind: 'service', service: route.service, packet } };
  }
  const target = route.target;
  switch (target.type) {
    case 'internet-gateway':
      if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
      return leaveByInternetGateway(world, trip, subnet, target.id, packet);
    case 'egress-only-internet-gateway':
      if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
      if (trip.direction === 'return') return drop('a reply cannot leave by an egress-only gateway');
      trip.exit = { gateway: target.id, vpc: subnet.vpc };
      return { at: 'internet', packet };
    case 'nat-gateway':
    case 'instance':
      return throughNat(world, trip, subnet, target.id, route.deviceIndex, packet);
    case 'vpn-gateway': {
      if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
      const network = world.index
        .ofType('on-premises')
        .find((n) => n.via === target.id && n.cidrs.some((c) => contains(c, packet.dst)));
      if (!network) return drop('VPN gateway: not an on-premises address');
      return { at: 'landed', landing: { kind: 'on-premises', network, packet } };
    }
    case 'peering-connection':
      if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
      return acrossPeering(
        world,
        subnet.vpc,
        target.requester === subnet.vpc ? target.accepter : target.requester,
        packet,
      );
    case 'transit-gateway': {
      const attachment = target.attachments.find((a) => a.vpc === subnet.vpc);
      if (!attachment) return drop('VPC not attached to the transit gateway');
      const entry = attachmentSubnets(world, attachment.vpc, attachment.subnets).find((s) => s.az === subnet.az);
      if (!entry) return drop('transit gateway attachment has no subnet in this AZ');
      // AWS: the sender's outbound rules and the attachment subnet's inbound rules, even when they are the same subnet.
      if (!naclAllows(world, subnet, 'out', packet)) return drop('NACL out');
      if (!naclAllows(world, entry, 'in', packet)) return drop('NACL in (attachment subnet)');
      return { at: 'transit-gateway', tgw: target, from: subnet.vpc, packet };
    }
    default:
      return drop(`${target.type} is not a route target`);
  }
}

function leaveByInternetGateway(world: World, trip: Trip, subnet: Subnet, igw: string, packet: Packet): Place {
  let out = packet;
  if (packet.dst.version === 4) {
    if (isRfc1918(packet.dst) || isRfc6598(packet.dst)) return drop('internet gateway: private destination');
    const sender = eniWithPrivateAddress(world, subnet.vpc, packet.src);
    if (sender?.public4 === undefined) return drop('internet gateway: the source has no public address');
    out = { ...packet, src: { version: 4, value: sender.public4 } };
  }
  if (trip.direction === 'forward') trip.exit = { gateway: igw, vpc: subnet.vpc };
  return { at: 'internet', packet: out };
}

/** What a NAT gateway translates: TCP, UDP, ICMP and ICMPv6 (semantics.md); it drops any other protocol. */
const NAT_GATEWAY_PROTOCOLS: ReadonlySet<number> = new Set([6, 17, 1, 58]);

/** A NAT gateway, or an instance, as the target of a route: it forwards with its own address. */
function throughNat(
  world: World,
  trip: Trip,
  subnet: Subnet,
  natId: string,
  deviceIndex: number,
  packet: Packet,
): Place {
  const enis = enisOf(world, natId);
  const nat = enis.find((e) => e.deviceIndex === deviceIndex) ?? enis[0];
  if (!nat) return drop('NAT has no interface');
  if (trip.direction === 'return') return drop('a reply routed to a NAT it did not pass (asymmetric)');
  if (!crossingAllowed(world, subnet, nat.subnet, packet)) return drop('NACL towards the NAT');
  if (nat.owner.type === 'nat-gateway') {
    if (packet.arrival !== 'vpc' && packet.arrival !== 'transit-gateway') return drop('NAT gateway: source not in VPC');
    if (!NAT_GATEWAY_PROTOCOLS.has(packet.protocol)) return drop('NAT gateway: TCP, UDP and ICMP only');
  } else {
    if (!groupsAllow(world, nat, 'in', packet)) return drop('NAT instance groups (in)');
    if (nat.owner.type !== 'instance' || nat.sourceDestCheck) return drop('source/dest check is on');
  }
  // An instance sends on by its interface in the destination's subnet, else by its primary.
  const leaving = nat.owner.type === 'instance' ? leavingInterface(enis, packet.dst) : nat;
  let out = packet;
  if (packet.src.version === 4) {
    trip.nats.push({ nat: leaving, src: packet.src, srcPort: packet.srcPort });
    out = {
      ...packet,
      src: { version: 4, value: leaving.ipv4 },
      srcPort: packet.srcPort === undefined ? undefined : trip.natPort,
    };
  }
  if (nat.owner.type === 'instance' && !groupsAllow(world, leaving, 'out', out)) {
    return drop('NAT instance groups (out)');
  }
  return { at: 'subnet', subnet: leaving.subnet, packet: out };
}

/** Of an instance's interfaces, the one whose subnet contains the address; else the first (primary). */
function leavingInterface(enis: readonly RefEni[], address: Address): RefEni {
  return (
    enis.find((e) =>
      address.version === 4
        ? contains(e.subnet.cidr, address)
        : e.subnet.ipv6Cidr !== undefined && contains(e.subnet.ipv6Cidr, address),
    ) ?? enis[0]!
  );
}

function acrossPeering(world: World, fromVpc: string, peerVpc: string, packet: Packet): Place {
  const ours = vpcBlocks(world, fromVpc).flatMap((text) => block(text) ?? []);
  const theirs = vpcBlocks(world, peerVpc).flatMap((text) => block(text) ?? []);
  if (ours.some((a) => theirs.some((b) => cidrOverlaps(a, b)))) return drop('peering between overlapping VPCs');
  if (!theirs.some((cidr) => cidrContainsAddress(cidr, packet.dst))) return drop('peering: not in the peer VPC');
  const eni = eniWithPrivateAddress(world, peerVpc, packet.dst);
  if (!eni) return drop('peering: nobody has that address');
  return { at: 'interface', eni, from: undefined, packet: { ...packet, arrival: 'peering' } };
}

function reachInterface(world: World, trip: Trip, eni: RefEni, from: Subnet | undefined, packet: Packet): Place {
  if (!crossingAllowed(world, from, eni.subnet, packet)) return drop(`NACL into ${eni.subnet.id}`);
  if (trip.direction === 'forward') {
    if (!groupsAllow(world, eni, 'in', packet)) return drop(`groups of ${eni.owner.id} (in)`);
    return { at: 'landed', landing: { kind: 'eni', eni, packet } };
  }
  const last = trip.nats[trip.nats.length - 1];
  if (last && last.nat === eni) {
    // The reply reached the NAT that translated the request: back to the original source.
    trip.nats.pop();
    const back = eni.owner.type === 'instance' ? leavingInterface(enisOf(world, eni.owner.id), last.src) : eni;
    return { at: 'subnet', subnet: back.subnet, packet: { ...packet, dst: last.src, dstPort: last.srcPort } };
  }
  return { at: 'landed', landing: { kind: 'eni', eni, packet } };
}

function onInternet(world: World, trip: Trip, packet: Packet): Place {
  for (const service of ['s3', 'dynamodb'] as const) {
    if (cidrContainsAddress(SERVICE_BLOCKS[service], packet.dst)) {
      return { at: 'landed', landing: { kind: 'service', service, packet } };
    }
  }
  const eni = eniWithPublicAddress(world, packet.dst);
  if (!eni) return { at: 'landed', landing: { kind: 'internet', packet } };
  return enterFromInternet(world, trip, eni, packet);
}

/** Entering the VPC of `eni` from the internet: straight to the interface, no route table involved. */
export function enterFromInternet(world: World, trip: Trip, eni: RefEni, packet: Packet): Place {
  const vpc = eni.subnet.vpc;
  const igw = world.index.ofType('internet-gateway').find((g) => g.vpc === vpc);
  if (packet.dst.version === 4) {
    if (!igw) return drop('no internet gateway');
    if (eni.public4 !== packet.dst.value) return drop('internet gateway: no public address for the destination');
    const inside: Packet = { ...packet, dst: { version: 4, value: eni.ipv4 }, arrival: 'internet-gateway' };
    return { at: 'interface', eni, from: undefined, packet: inside };
  }
  // IPv6: a reply comes back through the gateway its request left by; a new connection needs an IGW.
  const exit = trip.direction === 'return' && trip.exit?.vpc === vpc ? trip.exit.gateway : undefined;
  if (exit === undefined && !igw) return drop('no internet gateway for IPv6 from outside');
  return { at: 'interface', eni, from: undefined, packet: { ...packet, arrival: 'internet-gateway' } };
}

function throughTransitGateway(world: World, tgw: TransitGateway, from: string, packet: Packet): Place {
  const table = tgwTableFor(world, tgw, from);
  if (!table) return drop('transit gateway: the attachment has no route table');
  const route = chooseTgwRoute(world, tgw, table, packet.dst);
  if (!route) return drop('transit gateway: no route');
  if (route.kind === 'blackhole') return drop('transit gateway: blackhole');
  if (route.kind === 'peer') return { at: 'transit-gateway', tgw: route.tgw, from: tgw.id, packet };
  if (route.kind === 'on-premises') {
    if (!route.network.cidrs.some((c) => contains(c, packet.dst))) return drop('transit gateway: outside on-premises');
    return { at: 'landed', landing: { kind: 'on-premises', network: route.network, packet } };
  }
  const attachment = tgw.attachments.find((a) => a.vpc === route.vpc);
  const subnets = attachment ? attachmentSubnets(world, attachment.vpc, attachment.subnets) : [];
  const receiver = eniWithPrivateAddress(world, route.vpc, packet.dst);
  const entry = subnets.find((s) => s.az === receiver?.subnet.az) ?? subnets[0];
  if (!entry) return drop('transit gateway: attachment without subnets');
  return { at: 'subnet', subnet: entry, packet: { ...packet, arrival: 'transit-gateway' } };
}

function fromOnPremises(world: World, network: OnPremises, packet: Packet): Place {
  const tgw = world.index.get(network.via, 'transit-gateway');
  if (tgw) return { at: 'transit-gateway', tgw, from: network.id, packet };
  const vgw = world.index.get(network.via, 'vpn-gateway');
  if (!vgw) return drop('on-premises network without a gateway');
  const eni = eniWithPrivateAddress(world, vgw.vpc, packet.dst);
  if (!eni) return drop('VPN gateway: only private addresses in its VPC');
  return { at: 'interface', eni, from: undefined, packet: { ...packet, arrival: 'vpn' } };
}

function attachmentSubnets(world: World, vpc: string, ids: readonly string[]): Subnet[] {
  return ids.flatMap((id) => {
    const subnet = world.index.get(id, 'subnet');
    return subnet && subnet.vpc === vpc ? [subnet] : [];
  });
}
