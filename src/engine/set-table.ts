import { EMPTY_SET, intersect, type RangeSet } from '../net/range-set.ts';
import { IntPairMemo } from './int-pair-memo.ts';

/**
 * Range sets interned as small integers: equal sets get one id, and intersections of ids are
 * memoised. The all-pairs analysis combines the same few sets hundreds of thousands of times;
 * with ids each combination is one integer-keyed lookup instead of allocations.
 */
export class SetTable {
  private readonly sets: RangeSet[] = [EMPTY_SET];
  private readonly byKey = new Map<string, number>([['', 0]]);
  private readonly intersections = new IntPairMemo();

  static readonly EMPTY = 0;

  id(set: RangeSet): number {
    const key = set.map((r) => `${r.from}-${r.to}`).join(',');
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(set);
      this.byKey.set(key, id);
    }
    return id;
  }

  set(id: number): RangeSet {
    return this.sets[id]!;
  }

  intersect(a: number, b: number): number {
    if (a === b || b === SetTable.EMPTY) return b;
    if (a === SetTable.EMPTY) return a;
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    let id = this.intersections.get(low, high);
    if (id === IntPairMemo.MISSING) {
      id = this.id(intersect(this.sets[a]!, this.sets[b]!));
      this.intersections.set(low, high, id);
    }
    return id;
  }
}
