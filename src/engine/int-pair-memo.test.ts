import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntPairMemo } from './int-pair-memo.ts';

describe('IntPairMemo', () => {
  it('answers MISSING until a pair is set, then the value set last', () => {
    const memo = new IntPairMemo();
    expect(memo.get(0, 0)).toBe(IntPairMemo.MISSING);
    expect(memo.get(5, 1000)).toBe(IntPairMemo.MISSING);
    memo.set(3, 7, 0);
    expect(memo.get(3, 7)).toBe(0);
    expect(memo.get(7, 3)).toBe(IntPairMemo.MISSING);
    expect(memo.get(2, 7)).toBe(IntPairMemo.MISSING);
    memo.set(3, 7, 12);
    expect(memo.get(3, 7)).toBe(12);
  });

  it('keeps earlier values when a row grows', () => {
    const memo = new IntPairMemo();
    memo.set(1, 2, 5);
    memo.set(1, 5000, 6);
    expect(memo.get(1, 2)).toBe(5);
    expect(memo.get(1, 5000)).toBe(6);
    expect(memo.get(1, 4999)).toBe(IntPairMemo.MISSING);
  });

  it('refuses negative values, which would read as missing', () => {
    expect(() => new IntPairMemo().set(0, 0, -1)).toThrow(RangeError);
  });

  it('behaves like a Map over random pairs', () => {
    const pair = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(1_000_000));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 200 }), fc.array(fc.tuple(fc.nat(300), fc.nat(300))), (sets, gets) => {
        const memo = new IntPairMemo();
        const model = new Map<string, number>();
        for (const [a, b, v] of sets) {
          memo.set(a, b, v);
          model.set(`${a},${b}`, v);
        }
        for (const [a, b] of [...gets, ...sets.map(([a, b]) => [a, b] as const)])
          expect(memo.get(a, b)).toBe(model.get(`${a},${b}`) ?? IntPairMemo.MISSING);
      }),
      { numRuns: 200 },
    );
  });
});
