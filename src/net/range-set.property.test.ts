import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complement,
  has,
  intersect,
  isSubset,
  overlaps,
  rangeSet,
  setSize,
  subtract,
  union,
  type RangeSet,
} from './range-set.ts';

/** The brute-force model: a port set as a plain Set over a small universe 0..MAX. */
const MAX = 60;
const universe = { from: 0, to: MAX };

const ranges = fc.array(
  fc.tuple(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 0, max: MAX })).map(([a, b]) => ({
    from: Math.min(a, b),
    to: Math.max(a, b),
  })),
  { maxLength: 6 },
);

const toModel = (set: RangeSet): Set<number> => {
  const out = new Set<number>();
  for (const r of set) for (let x = r.from; x <= r.to; x++) out.add(x);
  return out;
};

const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

/** A normalised set: sorted, disjoint, and never two ranges that touch. */
const isNormalised = (set: RangeSet) => set.every((r, i) => r.from <= r.to && (i === 0 || set[i - 1]!.to + 1 < r.from));

describe('RangeSet algebra against a brute-force model', () => {
  it('union, intersection, difference and complement agree with Set operations', () => {
    fc.assert(
      fc.property(ranges, ranges, (ra, rb) => {
        const a = rangeSet(ra);
        const b = rangeSet(rb);
        const ma = toModel(a);
        const mb = toModel(b);
        const results = {
          union: union(a, b),
          intersect: intersect(a, b),
          subtract: subtract(a, b),
          complement: complement(a, universe),
        };
        expect(sorted(toModel(results.union))).toEqual(sorted(new Set([...ma, ...mb])));
        expect(sorted(toModel(results.intersect))).toEqual(sorted(ma).filter((x) => mb.has(x)));
        expect(sorted(toModel(results.subtract))).toEqual(sorted(ma).filter((x) => !mb.has(x)));
        const all = Array.from({ length: MAX + 1 }, (_, i) => i);
        expect(sorted(toModel(results.complement))).toEqual(all.filter((x) => !ma.has(x)));
        for (const set of Object.values(results)) expect(isNormalised(set)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('membership, subset and size agree with the model', () => {
    fc.assert(
      fc.property(ranges, ranges, fc.integer({ min: 0, max: MAX }), (ra, rb, x) => {
        const a = rangeSet(ra);
        const b = rangeSet(rb);
        const ma = toModel(a);
        const mb = toModel(b);
        expect(has(a, x)).toBe(ma.has(x));
        expect(isSubset(a, b)).toBe([...ma].every((y) => mb.has(y)));
        expect(setSize(a)).toBe(ma.size);
        for (const r of rb) expect(overlaps(a, r)).toBe(intersect(a, [r]).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('building a set is idempotent and order-independent', () => {
    fc.assert(
      fc.property(ranges, (ra) => {
        const a = rangeSet(ra);
        expect(rangeSet([...ra].reverse())).toEqual(a);
        expect(rangeSet(a)).toEqual(a);
      }),
    );
  });
});
