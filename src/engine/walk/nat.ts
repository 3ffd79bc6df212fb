import { ipText } from '../address.ts';
import type { CEni, CSubnet, CVpc } from '../compiled.ts';
import { lookupRoute } from '../routing.ts';
import type { Ip } from '../address.ts';
import { explain } from '../explain.ts';
import { NAT_RANGE } from '../ephemeral.ts';
import { portsLike, TCP_UDP_AND_ICMP, withoutOther } from '../flow-space.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { applyGroups, crossSubnets } from './filters.ts';
import { hopInterfaces, outgoingInterface, tracedInterface } from './interfaces.ts';
import type { Packet } from './packet.ts';
import { routeFrom } from './route.ts';

/**
 * A NAT gateway as a route target. It serves sources in its own VPC and sources arriving from
 * a transit gateway, carries TCP, UDP and ICMP only (AWS: "NAT gateways support the following
 * protocols: TCP, UDP, and ICMP"; anything else is dropped there), translates the source to
 * its own private address (an internet gateway then maps that to its Elastic IP), and routes
 * onwards by its own subnet's table. It has no security groups; its subnet's NACL applies both ways.
 */
export function toNatGateway(walk: Walk, from: CSubnet, natId: string, packet: Packet): Outcome {
  const nat = walk.compiled.resources.get(natId)?.enis[0];
  if (!nat) return walk.stop('INVALID_COMPONENT', natId, () => explain.invalid(natId));
  if (!walk.forward) {
    if (walk.record) walk.hop(natId, 'nat-gateway', 'drop', packet, { kind: 'asymmetricReply' });
    return walk.stop('ASYMMETRIC_RETURN_PATH', natId, () => explain.asymmetric(natId));
  }
  crossSubnets(walk, from, nat.subnet, packet);
  if (packet.arrival !== 'local' && packet.arrival !== 'transit-gateway') {
    walk.block('NGW_REQUIRES_SOURCE_IN_VPC', natId, () => explain.natSourceNotInVpc(natId, arrivalName(packet)));
  }
  if (!walk.record) {
    // The all-pairs analysis only needs what passes: drop the other protocols without set algebra.
    walk.alive = withoutOther(walk.alive);
  } else if (
    !walk.filter(packet, TCP_UDP_AND_ICMP, 'NGW_PROTOCOL_RESTRICTION', natId, 'ingress', () =>
      explain.natProtocol(natId, packet.protocol),
    )
  ) {
    walk.hop(natId, 'nat-gateway', 'drop', packet, { kind: 'natProtocols' });
  }
  if (walk.finished) return STOPPED;
  return translateAndRoute(walk, nat, 'nat-gateway', packet);
}

/**
 * An instance as a route target (a NAT instance). Its groups filter the packet in and out,
 * and it forwards only with source/destination check off.
 */
export function toNatInstance(
  walk: Walk,
  from: CSubnet,
  instanceId: string,
  deviceIndex: number,
  packet: Packet,
): Outcome {
  const instance = walk.compiled.resources.get(instanceId);
  const eni = instance?.enis.find((e) => e.deviceIndex === deviceIndex) ?? instance?.enis[0];
  if (!instance || !eni) return walk.stop('INVALID_COMPONENT', instanceId, () => explain.invalid(instanceId));
  const cameIn = walk.record ? hopInterfaces(walk.compiled, packet.destination, eni, undefined) : undefined;
  if (!walk.forward) {
    if (walk.record)
      walk.hop(instanceId, 'instance', 'drop', packet, { kind: 'asymmetricReply' }, undefined, undefined, cameIn);
    return walk.stop('ASYMMETRIC_RETURN_PATH', instanceId, () => explain.asymmetric(instanceId));
  }
  crossSubnets(walk, from, eni.subnet, packet);
  applyGroups(walk, eni, 'ingress', packet);
  if (eni.sourceDestCheck) {
    if (walk.record)
      walk.hop(instanceId, 'instance', 'drop', packet, { kind: 'sourceDestCheck' }, undefined, undefined, cameIn);
    walk.block('ENI_SOURCE_DEST_CHECK_RESTRICTION', instanceId, () =>
      explain.sourceDestCheck(instanceId, ipText(packet.destination), tracedInterface(eni, packet.destination.version)),
    );
  }
  if (walk.finished) return STOPPED;
  return translateAndRoute(walk, outgoingInterface(instance, packet.destination), 'instance', packet, eni);
}

/** The interface a reply leaves a NAT by once translated back: an instance picks it by destination. */
export function replyInterface(walk: Walk, eni: CEni, restored: Packet): CEni {
  if (eni.ownerType !== 'instance') return eni;
  const instance = walk.compiled.resources.get(eni.owner);
  return instance ? outgoingInterface(instance, restored.destination) : eni;
}

/**
 * Translates the source to the NAT's address and routes the packet on from the NAT's subnet.
 * `cameIn` is the interface an instance took the packet in by (the trace names both).
 */
function translateAndRoute(
  walk: Walk,
  nat: CEni,
  type: 'nat-gateway' | 'instance',
  packet: Packet,
  cameIn?: CEni,
): Outcome {
  const ownAddress = packet.source.version === 4 ? nat.ipv4 : nat.ipv6;
  // IPv6 is not translated (no NAT66); the instance or gateway just forwards it.
  const translated: Packet =
    ownAddress === undefined || packet.source.version === 6
      ? packet
      : {
          ...packet,
          source: { version: 4, value: ownAddress as number },
          sourceEni: nat,
          sourcePorts: portsLike(packet.sourcePorts, NAT_RANGE),
        };
  if (translated !== packet) walk.state.translations.push({ by: nat, original: packet });
  if (walk.record)
    walk.hop(
      nat.owner,
      type,
      translated !== packet ? 'translate' : 'forward',
      translated,
      translated !== packet
        ? { kind: 'natTranslatesSource', from: ipText(packet.source), to: ipText(translated.source) }
        : { kind: 'forwards' },
      undefined,
      undefined,
      hopInterfaces(walk.compiled, packet.destination, cameIn, nat),
    );
  if (type === 'instance') applyGroups(walk, nat, 'egress', translated);
  return routeFrom(walk, nat.subnet, translated);
}

/**
 * For a reply addressed to a NAT: if that NAT translated the request, restore the original
 * source as the reply's destination. Returns undefined when this interface translated nothing.
 */
export function undoTranslation(walk: Walk, eni: CEni, packet: Packet): Packet | undefined {
  const translations = walk.state.translations;
  const last = translations[translations.length - 1];
  if (!last || last.by !== eni) return undefined;
  translations.pop();
  const restored: Packet = {
    ...packet,
    destination: last.original.source,
    destinationPorts: last.original.sourcePorts,
  };
  if (walk.record)
    walk.hop(
      eni.owner,
      eni.ownerType,
      'translate',
      restored,
      { kind: 'translatesReplyBack', destination: ipText(restored.destination) },
      undefined,
      undefined,
      hopInterfaces(walk.compiled, restored.destination, eni, replyInterface(walk, eni, restored)),
    );
  return restored;
}

function arrivalName(packet: Packet): string {
  switch (packet.arrival) {
    case 'peering':
      return 'a peering connection';
    case 'vpn':
      return 'the VPN or Direct Connect';
    default:
      return 'an internet gateway';
  }
}

/**
 * The NAT gateway a VPC's own subnets would send this destination to, if any. Traffic that
 * arrived over peering or a VPN can never use it; naming it explains why (a second blocker).
 */
export function natGatewayFor(vpc: CVpc, destination: Ip): string | undefined {
  for (const subnet of vpc.subnets) {
    const target = lookupRoute(subnet.routeTable, destination)?.target;
    if (target?.kind === 'nat-gateway') return target.id;
  }
  return undefined;
}

/** Adds NGW_REQUIRES_SOURCE_IN_VPC when the far VPC has a NAT gateway the packet might hope to use. */
export function explainForeignNat(walk: Walk, vpc: CVpc, packet: Packet, via: string): void {
  const nat = natGatewayFor(vpc, packet.destination);
  if (nat) walk.block('NGW_REQUIRES_SOURCE_IN_VPC', nat, () => explain.natSourceNotInVpc(nat, via));
}
