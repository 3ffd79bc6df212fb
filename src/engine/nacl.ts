import { EMPTY_SET, intersect, isEmpty, subtract, union, type RangeSet } from '../net/index.ts';
import { inBlock, type Ip } from './address.ts';
import type { CNacl, CNaclRule } from './compiled.ts';
import { WHOLE_SPACE } from './flow-space.ts';
import type { Direction } from './types.ts';

/** What a NACL does with a set of flows: the part it allows, and who denies the rest. */
export interface NaclDecision {
  readonly allowed: RangeSet;
  /** The rule that allowed the first allowed flow (for the hop record). */
  readonly allowedBy: CNaclRule | undefined;
  /** Denied parts with the rule that denied each (`*` = the implicit final deny). */
  readonly denied: readonly { readonly space: RangeSet; readonly rule: number | '*' }[];
}

/**
 * Evaluates a NACL on a set of flows (flow-space.ts). Rules are taken in ascending number and
 * the first match decides, so each rule only sees what no earlier rule matched. `peer` is the
 * address the rule's CIDR is compared with: the destination for outbound rules, the source for
 * inbound ones.
 */
export function evaluateNacl(nacl: CNacl, direction: Direction, peer: Ip, space: RangeSet): NaclDecision {
  const rules = direction === 'ingress' ? nacl.inbound : nacl.outbound;
  let remaining = space;
  let allowed: RangeSet = EMPTY_SET;
  let allowedBy: CNaclRule | undefined;
  const denied: { space: RangeSet; rule: number | '*' }[] = [];
  for (const rule of rules) {
    if (isEmpty(remaining)) break;
    if (!inBlock(rule.block, peer)) continue;
    const matched = intersect(remaining, peer.version === 4 ? rule.space4 : rule.space6);
    if (isEmpty(matched)) continue;
    if (rule.allow) {
      allowed = union(allowed, matched);
      allowedBy ??= rule;
    } else {
      denied.push({ space: matched, rule: rule.number });
    }
    remaining = subtract(remaining, matched);
  }
  if (!isEmpty(remaining)) denied.push({ space: remaining, rule: '*' });
  return { allowed, allowedBy, denied };
}

/** Memo of `naclAllows`, by rule list (one per NACL and direction) and peer address. */
const allowsByRules = new WeakMap<readonly CNaclRule[], Map<number | bigint, RangeSet>>();

/**
 * The part of the whole flow space a NACL lets through to or from `peer`. Rules match flow by
 * flow, so what it allows of any set of flows is that set intersected with this. Memoised:
 * compiled NACLs never change, and the all-pairs analysis asks about the same few addresses
 * hundreds of thousands of times.
 */
export function naclAllows(nacl: CNacl, direction: Direction, peer: Ip): RangeSet {
  const rules = direction === 'ingress' ? nacl.inbound : nacl.outbound;
  let byPeer = allowsByRules.get(rules);
  if (!byPeer) allowsByRules.set(rules, (byPeer = new Map()));
  let allowed = byPeer.get(peer.value);
  if (!allowed) {
    allowed = evaluateNacl(nacl, direction, peer, WHOLE_SPACE).allowed;
    byPeer.set(peer.value, allowed);
  }
  return allowed;
}
