import { intersect, union, type RangeSet } from '../net/range-set.ts';
import type { CompiledDocument, CSecurityGroup, CSgRule } from './compiled.ts';
import { WHOLE_SPACE } from './flow-space.ts';
import { peerMatches, type SgPeerView } from './security-groups.ts';
import type { SetTable } from './set-table.ts';
import type { Direction } from './types.ts';

/**
 * What a set of security groups allows over the whole flow space, as a set id, memoised by
 * which of their rules match the peer. The allowed set is the union of the matching rules'
 * spaces, so peers that match the same rules share one answer and the set algebra runs once
 * per distinct match; only the cheap rule-by-rule match is done per peer. Same answer as
 * `evaluateGroups(...).allowed` over WHOLE_SPACE.
 */
export class GroupDecisions {
  private readonly byGroups = new Map<number, RuleMatches>();

  constructor(
    private readonly compiled: CompiledDocument,
    private readonly sets: SetTable,
  ) {}

  /** `key` (a small integer) names `groups` in `ownVpc`: equal keys must mean equal groups and VPC. */
  allowed(
    key: number,
    groups: readonly CSecurityGroup[],
    direction: Direction,
    peer: SgPeerView,
    ownVpc: string,
  ): number {
    const entryKey = key * 4 + (direction === 'ingress' ? 2 : 0) + (peer.address.version === 6 ? 1 : 0);
    let entry = this.byGroups.get(entryKey);
    if (!entry) {
      const rules: { rule: CSgRule; space: RangeSet }[] = [];
      for (const group of groups) {
        for (const rule of direction === 'ingress' ? group.inbound : group.outbound) {
          const space = peer.address.version === 4 ? rule.space4 : rule.space6;
          if (space.length > 0) rules.push({ rule, space: intersect(WHOLE_SPACE, space) });
        }
      }
      entry = { rules, byMatch: new Map() };
      this.byGroups.set(entryKey, entry);
    }
    let match = '';
    for (let i = 0; i < entry.rules.length; i++)
      if (peerMatches(this.compiled, entry.rules[i]!.rule, peer, ownVpc)) match += `${i},`;
    let id = entry.byMatch.get(match);
    if (id === undefined) {
      let allowed: RangeSet = [];
      for (const index of match.split(','))
        if (index !== '') allowed = union(allowed, entry.rules[Number(index)]!.space);
      id = this.sets.id(allowed);
      entry.byMatch.set(match, id);
    }
    return id;
  }
}

interface RuleMatches {
  /** The rules of the groups in this direction whose space is not empty for the IP version. */
  readonly rules: readonly { readonly rule: CSgRule; readonly space: RangeSet }[];
  /** Set ids by the list of matching rule indexes. */
  readonly byMatch: Map<string, number>;
}
