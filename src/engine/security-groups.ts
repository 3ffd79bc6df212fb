import { EMPTY_SET, intersect, isEmpty, union, type RangeSet } from '../net/range-set.ts';
import { inBlock, type Ip } from './address.ts';
import type { CEni, CompiledDocument, CSecurityGroup, CSgRule } from './compiled.ts';
import type { Direction } from './types.ts';

/** The peer of a packet as a security group sees it: its address, and the interface it came from if untranslated. */
export interface SgPeerView {
  readonly address: Ip;
  /** The interface whose private address is `address`, when no NAT, gateway or balancer rewrote it. */
  readonly eni: CEni | undefined;
}

export interface SgDecision {
  readonly allowed: RangeSet;
  /** The first rule that allows part of the ports, for the hop record. */
  readonly allowedBy: { readonly group: CSecurityGroup; readonly rule: CSgRule } | undefined;
}

/**
 * Evaluates the union of all groups on an interface: a packet passes when any rule of any
 * group allows it (security groups have no deny rules). A rule that names a group matches
 * the untranslated private addresses of that group's members in the same or a peered VPC.
 */
export function evaluateGroups(
  compiled: CompiledDocument,
  groups: readonly CSecurityGroup[],
  direction: Direction,
  peer: SgPeerView,
  space: RangeSet,
  ownVpc: string,
): SgDecision {
  let allowed: RangeSet = EMPTY_SET;
  let allowedBy: SgDecision['allowedBy'];
  for (const group of groups) {
    for (const rule of direction === 'ingress' ? group.inbound : group.outbound) {
      const ruleSpace = peer.address.version === 4 ? rule.space4 : rule.space6;
      if (ruleSpace.length === 0 || !peerMatches(compiled, rule, peer, ownVpc)) continue;
      const matched = intersect(space, ruleSpace);
      if (isEmpty(matched)) continue;
      allowed = union(allowed, matched);
      allowedBy ??= { group, rule };
    }
  }
  return { allowed, allowedBy };
}

/** Whether a rule names this peer: its address for CIDR and prefix-list rules, its untranslated groups for group rules. */
export function peerMatches(compiled: CompiledDocument, rule: CSgRule, peer: SgPeerView, ownVpc: string): boolean {
  switch (rule.peer.kind) {
    case 'cidr':
    case 'prefix-list':
      return inBlock(rule.peer.block, peer.address);
    case 'group': {
      const eni = peer.eni;
      if (!eni || !eni.groups) return false;
      if (!eni.groups.some((g) => g.id === (rule.peer as { group: string }).group)) return false;
      // Group references only work inside a VPC or across an active peering connection.
      const peerVpc = eni.subnet.vpc.id;
      return peerVpc === ownVpc || compiled.vpcs.get(ownVpc)?.peerings.has(peerVpc) === true;
    }
  }
}
