import { describe, expect, it } from 'vitest';
import { linePoints, offsetPoints } from './line-points.ts';
import type { NodeRect } from './use-node-rects.ts';

const box = (x: number, y: number, container = false): NodeRect => ({ x, y, width: 100, height: 40, container });

describe('linePoints', () => {
  it("passes the leaves' centres, skips containers and undrawn nodes, ends a blocked line at the marker point", () => {
    const rects = new Map([
      ['a', box(0, 0)],
      ['subnet', box(0, 100, true)],
      ['b', box(200, 0)],
    ]);
    expect(linePoints({ stops: ['a', 'subnet', 'ghost', 'b'] }, rects)).toEqual([
      { x: 50, y: 20 },
      { x: 250, y: 20 },
    ]);
    expect(linePoints({ stops: ['a', 'subnet'], blockedAt: 'subnet' }, rects)).toEqual([
      { x: 50, y: 20 },
      { x: 86, y: 114 },
    ]);
  });
});

describe('offsetPoints', () => {
  it('moves a line to the right of its direction of travel, so the way back runs beside the way there', () => {
    const there = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(offsetPoints(there, 10)).toEqual([
      { x: 0, y: 10 },
      { x: 100, y: 10 },
    ]);
    const back = [...there].reverse();
    expect(offsetPoints(back, 10)).toEqual([
      { x: 100, y: -10 },
      { x: 0, y: -10 },
    ]);
  });

  it('keeps the distance from both segments at a right-angle corner', () => {
    const [, corner] = offsetPoints(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ],
      10,
    );
    expect(corner!.x).toBeCloseTo(90);
    expect(corner!.y).toBeCloseTo(10);
  });
});
