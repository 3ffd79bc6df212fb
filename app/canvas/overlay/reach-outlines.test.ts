import { describe, expect, it } from 'vitest';
import { outlinePath, reachKind, reachOutlines } from './reach-outlines.ts';
import type { NodeRect } from './use-node-rects.ts';

const rect = (x: number, y: number, container = false): NodeRect => ({ x, y, width: 88, height: 64, container });

describe('reachOutlines', () => {
  const rects = new Map([
    ['a', rect(0, 0)],
    ['b', rect(100, 0)],
    ['c', rect(200, 0)],
    ['subnet', rect(0, 200, true)],
  ]);
  const reach = new Map([
    ['a', { from: true, to: false }],
    ['b', { from: false, to: true }],
    ['c', { from: true, to: true }],
    ['subnet', { from: true, to: false }],
    ['not-drawn', { from: true, to: false }],
  ]);

  it('draws each drawn leaf peer once in the path of its kind, both ways as a double outline', () => {
    const { paths, counts } = reachOutlines(reach, rects, (id) => id);
    expect(counts).toEqual({ from: 1, to: 1, both: 1 });
    const subpaths = (d: string) => d.split('M').filter(Boolean).length;
    expect([subpaths(paths.from), subpaths(paths.to), subpaths(paths.both)]).toEqual([1, 1, 2]);
    expect(paths.from.startsWith('M')).toBe(true);
    // The outline of `a` sits 5 px outside its box.
    expect(paths.from).toBe(outlinePath(rects.get('a')!, 5));
  });

  it('names the kinds the way the per-peer rings do', () => {
    expect(reachKind({ from: true, to: false })).toBe('from');
    expect(reachKind({ from: false, to: true })).toBe('to');
    expect(reachKind({ from: true, to: true })).toBe('both');
  });
});

describe('outlinePath', () => {
  it('closes a rounded rectangle whose sides add up to the padded box', () => {
    const d = outlinePath({ x: 10, y: 20, width: 80, height: 40, container: false }, 5, 10);
    expect(d.startsWith('M15,15')).toBe(true);
    expect(d.endsWith('z')).toBe(true);
    // Relative moves around the box return to the start: the horizontal and vertical runs cancel.
    const runs = [...d.matchAll(/([hv])(-?[\d.]+)/g)].map(([, axis, n]) => ({ axis, n: Number(n) }));
    expect(runs.filter((r) => r.axis === 'h').reduce((s, r) => s + r.n, 0)).toBe(0);
    expect(runs.filter((r) => r.axis === 'v').reduce((s, r) => s + r.n, 0)).toBe(0);
  });
});
