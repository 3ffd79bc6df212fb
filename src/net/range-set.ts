/**
 * A set of integers held as sorted, disjoint, non-adjacent inclusive ranges. Used for port
 * sets and IPv4 address sets; every operation is linear in the number of ranges and returns
 * a normalised set, so two equal sets always have equal range lists.
 */
export interface Range {
  readonly from: number;
  readonly to: number;
}

export type RangeSet = readonly Range[];

export const EMPTY_SET: RangeSet = [];

/** Builds a normalised set from ranges in any order, overlapping or not. */
export function rangeSet(ranges: readonly Range[]): RangeSet {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) {
      if (r.to > last.to) out[out.length - 1] = { from: last.from, to: r.to };
    } else {
      out.push({ from: r.from, to: r.to });
    }
  }
  return out;
}

/** Linear merge of two normalised sets (the hot path of the engine's port algebra). */
export function union(a: RangeSet, b: RangeSet): RangeSet {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.from <= b[j]!.from) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last && next.from <= last.to + 1) {
      if (next.to > last.to) out[out.length - 1] = { from: last.from, to: next.to };
    } else {
      out.push(next);
    }
  }
  return out;
}

export function intersect(a: RangeSet, b: RangeSet): RangeSet {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

/** The members of `a` that are not in `b`. */
export function subtract(a: RangeSet, b: RangeSet): RangeSet {
  const out: Range[] = [];
  let j = 0;
  for (const r of a) {
    let from = r.from;
    while (j < b.length && b[j]!.to < from) j++;
    let k = j;
    while (k < b.length && b[k]!.from <= r.to) {
      const cut = b[k]!;
      if (cut.from > from) out.push({ from, to: cut.from - 1 });
      from = Math.max(from, cut.to + 1);
      k++;
    }
    if (from <= r.to) out.push({ from, to: r.to });
  }
  return out;
}

/** The members of `universe` not in `a`. */
export function complement(a: RangeSet, universe: Range): RangeSet {
  return subtract([universe], a);
}

/** True when `set` and `range` share a member; allocates nothing (the walks ask this per protocol). */
export function overlaps(set: RangeSet, range: Range): boolean {
  for (const r of set) {
    if (r.to < range.from) continue;
    return r.from <= range.to;
  }
  return false;
}

export function has(set: RangeSet, value: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = set[mid]!;
    if (value < r.from) hi = mid - 1;
    else if (value > r.to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** True when every member of `inner` is in `outer`. */
export function isSubset(inner: RangeSet, outer: RangeSet): boolean {
  return subtract(inner, outer).length === 0;
}

export function isEmpty(set: RangeSet): boolean {
  return set.length === 0;
}

export function setSize(set: RangeSet): number {
  return set.reduce((sum, r) => sum + (r.to - r.from + 1), 0);
}

export function equalSets(a: RangeSet, b: RangeSet): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]!.from && r.to === b[i]!.to);
}
