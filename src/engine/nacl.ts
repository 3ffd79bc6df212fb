import { EMPTY_SET, intersect, isEmpty, subtract, union, type RangeSet } from '../net/range-set.ts';
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
const allowsByRules = new WeakMap<readonly CNaclRule[], Map<number | bigint, PeerAllows>>();

interface PeerAllows {
  /** What the NACL allows of the whole flow space for this peer. */
  readonly whole: RangeSet;
  /** Recent questions and answers: walks ask about a handful of flow sets (the clients' port ranges). */
  readonly asked: RangeSet[];
  readonly answers: RangeSet[];
}

const ASKED_KEPT = 8;

/**
 * What a NACL allows of `flows` to or from `peer`: the same as `evaluateNacl(...).allowed`,
 * without the story of who denied what. Rules match flow by flow, so the answer is `flows`
 * intersected with what the NACL allows of the whole space, which is memoised (compiled NACLs
 * never change), and so are recent answers per set of flows: the all-pairs analysis asks
 * about the same few addresses and sets hundreds of thousands of times.
 */
export function naclAllows(nacl: CNacl, direction: Direction, peer: Ip, flows: RangeSet): RangeSet {
  const rules = direction === 'ingress' ? nacl.inbound : nacl.outbound;
  let byPeer = allowsByRules.get(rules);
  if (!byPeer) allowsByRules.set(rules, (byPeer = new Map()));
  let memo = byPeer.get(peer.value);
  if (!memo) {
    memo = { whole: evaluateNacl(nacl, direction, peer, WHOLE_SPACE).allowed, asked: [], answers: [] };
    byPeer.set(peer.value, memo);
  }
  if (flows === WHOLE_SPACE) return memo.whole;
  const index = memo.asked.indexOf(flows);
  if (index >= 0) return memo.answers[index]!;
  const answer = intersect(flows, memo.whole);
  if (memo.asked.length < ASKED_KEPT) {
    memo.asked.push(flows);
    memo.answers.push(answer);
  }
  return answer;
}
