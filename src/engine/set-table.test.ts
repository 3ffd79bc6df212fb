import { describe, expect, it } from 'vitest';
import { intersect, type RangeSet } from '../net/index.ts';
import { SetTable } from './set-table.ts';

describe('SetTable', () => {
  it('gives equal sets one id and the empty set id 0', () => {
    const sets = new SetTable();
    expect(sets.id([])).toBe(SetTable.EMPTY);
    const a = sets.id([{ from: 1, to: 5 }]);
    expect(sets.id([{ from: 1, to: 5 }])).toBe(a);
    expect(sets.id([{ from: 1, to: 6 }])).not.toBe(a);
    expect(sets.set(a)).toEqual([{ from: 1, to: 5 }]);
  });

  it('intersects ids as the sets intersect, in either order, memoised', () => {
    const sets = new SetTable();
    const values: RangeSet[] = [
      [{ from: 0, to: 100 }],
      [{ from: 50, to: 150 }],
      [
        { from: 10, to: 20 },
        { from: 90, to: 200 },
      ],
      [],
    ];
    const ids = values.map((v) => sets.id(v));
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) {
        const id = sets.intersect(ids[i]!, ids[j]!);
        expect(sets.set(id)).toEqual(intersect(values[i]!, values[j]!));
        expect(sets.intersect(ids[j]!, ids[i]!)).toBe(id);
      }
    }
  });
});
