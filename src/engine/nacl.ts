import { EMPTY_SET, intersect, isEmpty, subtract, union, type RangeSet } from '../net/index.ts';
import { inBlock, type Ip } from './address.ts';
import type { CNacl, CNaclRule } from './compiled.ts';
import type { Direction } from './types.ts';

/** What a NACL does with a set of destination ports: the part it allows, and who denies the rest. */
export interface NaclDecision {
  readonly allowed: RangeSet;
  /** The rule that allowed the first allowed port (for the hop record). */
  readonly allowedBy: CNaclRule | undefined;
  /** Denied parts with the rule that denied each (`*` = the implicit final deny). */
  readonly denied: readonly { readonly ports: RangeSet; readonly rule: number | '*' }[];
}

/**
 * Evaluates a NACL on a packet whose destination ports form a set. Rules are taken in
 * ascending number and the first match decides, so each rule only sees the ports no earlier
 * rule matched. `peer` is the address the rule's CIDR is compared with: the destination for
 * outbound rules, the source for inbound ones.
 */
export function evaluateNacl(
  nacl: CNacl,
  direction: Direction,
  protocol: number,
  peer: Ip,
  ports: RangeSet,
): NaclDecision {
  const rules = direction === 'ingress' ? nacl.inbound : nacl.outbound;
  let remaining = ports;
  let allowed: RangeSet = EMPTY_SET;
  let allowedBy: CNaclRule | undefined;
  const denied: { ports: RangeSet; rule: number | '*' }[] = [];
  for (const rule of rules) {
    if (isEmpty(remaining)) break;
    if (rule.protocol !== -1 && rule.protocol !== protocol) continue;
    if (!inBlock(rule.block, peer)) continue;
    const matched = intersect(remaining, [rule.ports]);
    if (isEmpty(matched)) continue;
    if (rule.allow) {
      allowed = union(allowed, matched);
      allowedBy ??= rule;
    } else {
      denied.push({ ports: matched, rule: rule.number });
    }
    remaining = subtract(remaining, matched);
  }
  if (!isEmpty(remaining)) denied.push({ ports: remaining, rule: '*' });
  return { allowed, allowedBy, denied };
}
