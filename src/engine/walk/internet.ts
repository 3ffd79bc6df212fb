import { isRfc1918, isRfc6598 } from '../../net/public.ts';
import { inAnyBlock, ipText, type Ip } from '../address.ts';
import { serviceAt } from '../aws-services.ts';
import type { CEni, CVpc } from '../compiled.ts';
import { explain } from '../explain.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { crossSubnets } from './filters.ts';
import { eniInVpc } from './lookup.ts';
import type { Packet } from './packet.ts';
import { tracedInterface } from './interfaces.ts';
import { arriveAt } from './route.ts';

/**
 * Leaving a VPC through its internet gateway. IPv4 needs a public address for the source
 * (the gateway's 1:1 translation) and a destination that is not private or shared space;
 * IPv6 passes untranslated.
 */
export function igwEgress(walk: Walk, vpc: CVpc, igw: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  let out = packet;
  if (packet.destination.version === 4) {
    if (isRfc1918(packet.destination) || isRfc6598(packet.destination)) {
      const shared = isRfc6598(packet.destination);
      if (walk.record)
        walk.hop(igw, 'internet-gateway', 'drop', packet, {
          kind: 'igwPrivateDestination',
          destination: ipText(packet.destination),
        });
      return walk.stop(
        shared ? 'IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS' : 'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS',
        igw,
        () => explain.privateDestinationViaIgw(igw, ipText(packet.destination), shared),
        'egress',
      );
    }
    const source = eniInVpc(vpc, packet.source);
    const publicIp = source?.publicIpv4;
    if (publicIp === undefined) {
      if (walk.record)
        walk.hop(igw, 'internet-gateway', 'drop', packet, { kind: 'noPublicAddress', source: ipText(packet.source) });
      return walk.stop(
        'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
        igw,
        () =>
          explain.noPublicAddressForEgress(
            igw,
            source?.owner ?? ipText(packet.source),
            false,
            tracedInterface(source, 4),
          ),
        'egress',
      );
    }
    out = { ...packet, source: { version: 4, value: publicIp }, sourceEni: undefined };
    if (walk.record)
      walk.hop(igw, 'internet-gateway', 'translate', out, {
        kind: 'translates',
        from: ipText(packet.source),
        to: ipText(out.source),
      });
  } else {
    if (walk.record) walk.hop(igw, 'internet-gateway', 'forward', out, { kind: 'igwIpv6Out' });
  }
  if (walk.forward) walk.state.exitGateway = { id: igw, type: 'internet-gateway' };
  return onInternet(walk, out);
}

/** Leaving through an egress-only internet gateway: IPv6 connections out; nothing that started outside. */
export function eigwEgress(walk: Walk, eigw: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  if (!walk.forward) {
    if (walk.record) walk.hop(eigw, 'egress-only-internet-gateway', 'drop', packet, { kind: 'eigwDropsReply' });
    return walk.stop('EIGW_NO_INBOUND', eigw, () => explain.eigwNoInbound(eigw, true), 'egress');
  }
  if (walk.record) walk.hop(eigw, 'egress-only-internet-gateway', 'forward', packet, { kind: 'eigwLetsOut' });
  walk.state.exitGateway = { id: eigw, type: 'egress-only-internet-gateway' };
  return onInternet(walk, packet);
}

/**
 * A packet on the internet: it reaches an AWS service, a public address of the design (and
 * enters that VPC through its gateway), or a host outside the design.
 */
export function onInternet(walk: Walk, packet: Packet): Outcome {
  const service = serviceAt(packet.destination);
  if (service) return { kind: 'service', service, packet };
  const owner =
    packet.destination.version === 4
      ? walk.compiled.byPublic4.get(packet.destination.value)
      : walk.compiled.byIpv6.get(packet.destination.value);
  if (owner) return internetIngress(walk, owner.subnet.vpc, packet, owner);
  return { kind: 'internet', packet };
}

/**
 * Entering a VPC from the internet, to `target`. IPv4 must be addressed to the target's
 * public address (the gateway translates it to the private one). A target without one, or a
 * packet addressed to its private address (the internet does not route private addresses and
 * the gateway translates only public ones), is reported, and the walk goes on to the private
 * address to find any further blocker.
 */
export function internetIngress(walk: Walk, vpc: CVpc, packet: Packet, target: CEni): Outcome {
  if (walk.finished) return STOPPED;
  if (packet.destination.version === 6) return ipv6Ingress(walk, vpc, packet, target);
  const igw = vpc.igw;
  if (igw === undefined) {
    return walk.stop(
      'NO_ROUTE_TO_DESTINATION',
      vpc.id,
      () => explain.noInternetGateway(vpc.id, target.owner),
      'ingress',
    );
  }
  const publicIp = target.publicIpv4;
  const translated = publicIp !== undefined && publicIp === packet.destination.value;
  if (!translated) {
    if (walk.record)
      walk.hop(igw, 'internet-gateway', 'drop', packet, {
        kind: 'igwPublicOnly',
        destination: ipText(packet.destination),
      });
    walk.block(
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      igw,
      () =>
        publicIp === undefined
          ? explain.noPublicAddressForIngress(igw, target.owner, tracedInterface(target, 4))
          : explain.privateAddressFromInternet(
              igw,
              target.owner,
              ipText(packet.destination),
              ipText({ version: 4, value: publicIp }),
            ),
      'ingress',
    );
  }
  const inside: Packet = { ...packet, destination: { version: 4, value: target.ipv4 }, arrival: 'internet-gateway' };
  if (walk.record && translated)
    walk.hop(igw, 'internet-gateway', 'translate', inside, {
      kind: 'translates',
      from: ipText(packet.destination),
      to: ipText(inside.destination),
    });
  crossSubnets(walk, undefined, target.subnet, inside);
  return arriveAt(walk, target, inside);
}

/**
 * From outside the design to an IPv4 address inside a VPC's blocks that no interface holds:
 * a private address, which the internet does not route, so the flow ends at that VPC's
 * internet gateway (semantics.md, "A flow"). False when the address is in no VPC.
 */
export function refuseUnheldVpcAddress(walk: Walk, destination: Ip): boolean {
  if (destination.version !== 4) return false;
  for (const vpc of walk.compiled.vpcs.values()) {
    if (!inAnyBlock(vpc.blocks4, destination)) continue;
    const gateway = vpc.igw ?? vpc.id;
    walk.stop(
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      gateway,
      () => explain.unheldPrivateAddress(gateway, ipText(destination), vpc.id),
      'ingress',
    );
    return true;
  }
  return false;
}

function ipv6Ingress(walk: Walk, vpc: CVpc, packet: Packet, target: CEni): Outcome {
  // A reply comes back through the gateway the request left by; a new connection needs an internet gateway.
  const exit = walk.forward ? undefined : walk.state.exitGateway;
  const gateway = exit ?? (vpc.igw !== undefined ? { id: vpc.igw, type: 'internet-gateway' as const } : undefined);
  if (!gateway) {
    if (vpc.eigw !== undefined) {
      const eigw = vpc.eigw;
      if (walk.record) walk.hop(eigw, 'egress-only-internet-gateway', 'drop', packet, { kind: 'eigwRefusesInbound' });
      return walk.stop('EIGW_NO_INBOUND', eigw, () => explain.eigwNoInbound(eigw, false), 'ingress');
    }
    return walk.stop(
      'NO_ROUTE_TO_DESTINATION',
      vpc.id,
      () => explain.noInternetGateway(vpc.id, target.owner),
      'ingress',
    );
  }
  const inside: Packet = {
    ...packet,
    arrival: gateway.type === 'internet-gateway' ? 'internet-gateway' : 'egress-only-internet-gateway',
  };
  if (walk.record)
    walk.hop(gateway.id, gateway.type, 'forward', inside, { kind: 'letsIn', destination: ipText(packet.destination) });
  crossSubnets(walk, undefined, target.subnet, inside);
  return arriveAt(walk, target, inside);
}
