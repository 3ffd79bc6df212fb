import {
  effectiveNetworkAcl,
  isServicePrefixList,
  type NaclRule,
  type SgRule,
  type Subnet,
} from '../../model/index.ts';
import { cidrContainsAddress, parsePorts, parseProtocol, type Address, type Range } from '../../net/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import type { Packet } from './packet.ts';
import { prefixListCidrs } from './routing.ts';
import { contains, eniWithPrivateAddress, memo, vpcBlocks, type RefEni, type World } from './world.ts';

/**
 * Network ACLs and security groups on one concrete packet, read straight from the document's
 * rules. Rules match on protocol and the packet's destination port; the address compared is
 * the destination going out and the source coming in.
 */

/** Protocol and port part of a NACL or security-group rule. Ports narrow only TCP and UDP rules. */
export function matchesProtocolAndPort(rule: NaclRule | SgRule, packet: Packet): boolean {
  const { protocol, ports } = parsedRule(rule);
  if (protocol === undefined) return false;
  if (protocol === -1) return true;
  if (protocol !== packet.protocol) return false;
  if (protocol !== 6 && protocol !== 17) return true;
  return (
    ports !== undefined && packet.dstPort !== undefined && ports.from <= packet.dstPort && packet.dstPort <= ports.to
  );
}

interface ParsedRule {
  readonly protocol: number | undefined;
  readonly ports: Range | undefined;
}

const parsedRules = new WeakMap<NaclRule | SgRule, ParsedRule>();

/** The rule's protocol number and port range, parsed once per rule object. */
function parsedRule(rule: NaclRule | SgRule): ParsedRule {
  let parsed = parsedRules.get(rule);
  if (!parsed) {
    const protocol = parseProtocol(rule.protocol);
    const ports = parsePorts(rule.ports);
    parsed = { protocol: protocol.ok ? protocol.value : undefined, ports: ports.ok ? ports.value : undefined };
    parsedRules.set(rule, parsed);
  }
  return parsed;
}

/** The subnet's NACL: rules by ascending number, the first that matches decides, else deny. */
export function naclAllows(world: World, subnet: Subnet, direction: 'in' | 'out', packet: Packet): boolean {
  const acl = effectiveNetworkAcl(world.index, subnet);
  if (!acl) return false;
  const rules = memo(world, 'sorted NACL rules', direction === 'in' ? acl.inbound : acl.outbound, (list) =>
    [...list].sort((a, b) => a.rule - b.rule),
  );
  const peer = direction === 'out' ? packet.dst : packet.src;
  for (const rule of rules) {
    if (matchesProtocolAndPort(rule, packet) && contains(rule.cidr, peer)) return rule.action === 'allow';
  }
  return false;
}

/** NACLs met when a packet moves from one subnet (or from outside, undefined) into another. */
export function crossingAllowed(world: World, from: Subnet | undefined, to: Subnet, packet: Packet): boolean {
  if (from?.id === to.id) return true; // NACLs do not see traffic inside one subnet
  if (from && !naclAllows(world, from, 'out', packet)) return false;
  return naclAllows(world, to, 'in', packet);
}

/** The union of the interface's groups: any rule of any group allowing the packet lets it pass. */
export function groupsAllow(world: World, eni: RefEni, direction: 'in' | 'out', packet: Packet): boolean {
  if (eni.groups === null) return true;
  const peer = direction === 'out' ? packet.dst : packet.src;
  return eni.groups.some((group) =>
    (direction === 'in' ? group.inbound : group.outbound).some(
      (rule) => matchesProtocolAndPort(rule, packet) && peerMatches(world, rule, peer, eni.subnet.vpc),
    ),
  );
}

function peerMatches(world: World, rule: SgRule, peer: Address, ownVpc: string): boolean {
  if (rule.cidr !== undefined) return contains(rule.cidr, peer);
  if (rule.prefixList !== undefined) {
    const list = rule.prefixList;
    if (isServicePrefixList(list)) return cidrContainsAddress(SERVICE_BLOCKS[list], peer);
    return prefixListCidrs(world, list).some((cidr) => cidrContainsAddress(cidr, peer));
  }
  if (rule.securityGroup === undefined) return false;
  const member = memberAt(world, ownVpc, peer);
  return member?.groups?.some((g) => g.id === rule.securityGroup) === true;
}

/**
 * The interface whose private (or IPv6) address the peer is, in this VPC or a peered one: a
 * rule naming a group matches only such untranslated addresses of the group's members.
 */
function memberAt(world: World, ownVpc: string, address: Address): RefEni | undefined {
  const own = eniWithPrivateAddress(world, ownVpc, address);
  if (own) return own;
  for (const peer of world.index.peeredVpcs(ownVpc)) {
    if (vpcBlocks(world, peer).some((text) => contains(text, address)))
      return eniWithPrivateAddress(world, peer, address);
  }
  return undefined;
}
