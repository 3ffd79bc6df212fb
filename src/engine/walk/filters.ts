import { intersect } from '../../net/range-set.ts';
import { ipText } from '../address.ts';
import type { CEni, CSubnet } from '../compiled.ts';
import { explain } from '../explain.ts';
import { evaluateNacl, naclAllows } from '../nacl.ts';
import { evaluateGroups } from '../security-groups.ts';
import type { Direction } from '../types.ts';
import type { Walk } from './context.ts';
import type { Packet } from './packet.ts';
import { eniSeenFrom } from './lookup.ts';
import { hopInterfaces, tracedInterface } from './interfaces.ts';

/**
 * The subnet's network ACL on a packet leaving (egress) or entering (ingress) it. Outbound
 * rules compare the destination address, inbound rules the source.
 */
export function applyNacl(walk: Walk, subnet: CSubnet, direction: Direction, packet: Packet): void {
  const nacl = subnet.nacl;
  const peer = direction === 'egress' ? packet.destination : packet.source;
  if (!walk.record) {
    // The all-pairs analysis needs only what passes; the rule-by-rule story is for traces.
    walk.filter(
      packet,
      naclAllows(nacl, direction, peer, packet.destinationPorts),
      'SUBNET_ACL_RESTRICTION',
      nacl.id,
      direction,
      false,
    );
    return;
  }
  const decision = evaluateNacl(nacl, direction, peer, packet.destinationPorts);
  const deciding = decision.allowedBy?.number ?? decision.denied[0]?.rule ?? '*';
  // The sentence is only built when a trace records it: this runs hundreds of thousands of times per analysis.
  const passed = walk.filter(
    packet,
    decision.allowed,
    'SUBNET_ACL_RESTRICTION',
    nacl.id,
    direction,
    walk.record &&
      ((denied) =>
        explain.naclDenied(
          nacl.id,
          direction,
          denied,
          decision.denied.find((d) => intersect(d.space, denied).length > 0)?.rule ?? '*',
          ipText(peer),
          !walk.forward,
          peer.version,
        )),
  );
  if (walk.record)
    walk.hop(
      nacl.id,
      'network-acl',
      passed ? 'forward' : 'drop',
      packet,
      {
        kind: 'naclRule',
        direction,
        allowed: passed,
        rule: passed ? deciding : (decision.denied[0]?.rule ?? '*'),
        nacl: nacl.id,
        subnet: subnet.id,
      },
      { kind: 'nacl-rule', nacl: nacl.id, direction, rule: passed ? deciding : (decision.denied[0]?.rule ?? '*') },
      direction,
    );
}

/** Crossing from one subnet to another: NACLs only apply when the packet changes subnet. */
export function crossSubnets(walk: Walk, from: CSubnet | undefined, to: CSubnet, packet: Packet): void {
  if (from === to) return;
  if (from) applyNacl(walk, from, 'egress', packet);
  applyNacl(walk, to, 'ingress', packet);
}

/**
 * The security groups on an interface, forward only: groups are stateful, so replies pass.
 * An interface without groups (NAT gateway, network balancer without groups) filters nothing.
 */
export function applyGroups(walk: Walk, eni: CEni, direction: Direction, packet: Packet): void {
  if (!walk.forward || eni.groups === null) return;
  const peerAddress = direction === 'egress' ? packet.destination : packet.source;
  const peerEni =
    direction === 'egress' ? eniSeenFrom(walk.compiled, eni.subnet.vpc, packet.destination) : packet.sourceEni;
  const decision = evaluateGroups(
    walk.compiled,
    eni.groups,
    direction,
    { address: peerAddress, eni: peerEni },
    packet.destinationPorts,
    eni.subnet.vpc.id,
  );
  const passed = walk.filter(
    packet,
    decision.allowed,
    'ENI_SG_RULES_MISMATCH',
    eni.owner,
    direction,
    walk.record &&
      ((denied) =>
        explain.sgDenied(
          eni.owner,
          groupIdsOf(eni),
          direction,
          denied,
          ipText(peerAddress),
          peerAddress.version,
          tracedInterface(eni, peerAddress.version),
        )),
  );
  const by = decision.allowedBy;
  if (walk.record)
    walk.hop(
      eni.owner,
      eni.ownerType,
      passed ? 'forward' : 'drop',
      packet,
      passed && by
        ? { kind: 'sgAllowed', direction, group: by.group.id, rule: by.rule.position }
        : { kind: 'sgNoRule', direction, groups: groupIdsOf(eni) },
      by ? { kind: 'sg-rule', group: by.group.id, direction, rule: by.rule.position } : undefined,
      direction,
      direction === 'egress'
        ? hopInterfaces(walk.compiled, packet.destination, undefined, eni)
        : hopInterfaces(walk.compiled, packet.destination, eni, undefined),
    );
}

const groupIdsOf = (eni: CEni): string[] => (eni.groups ?? []).map((g) => g.id);
