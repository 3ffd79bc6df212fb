import { describe, expect, it } from 'vitest';
import { align, boundsOf, distribute, snapToNeighbours, type Placed } from './arrange.ts';

const leaf = (id: string, x: number, y: number, width = 88, height = 64): Placed => ({
  id,
  box: { x, y, width, height },
});

/** Three boxes of different sizes scattered about. */
const scattered = [leaf('a', 10, 50), leaf('b', 200, 10, 120, 40), leaf('c', 90, 140, 60, 100)];

describe('align', () => {
  const boxesAfter = (how: Parameters<typeof align>[1]) => {
    const moved = align(scattered, how);
    return scattered.map(({ id, box }) => ({ ...box, ...moved.get(id) }));
  };

  it('lines up left edges, right edges and centres on the selection bounds', () => {
    expect(boxesAfter('left').map((b) => b.x)).toEqual([10, 10, 10]);
    expect(boxesAfter('right').map((b) => b.x + b.width)).toEqual([320, 320, 320]);
    expect(boxesAfter('centre').map((b) => b.x + b.width / 2)).toEqual([165, 165, 165]);
  });

  it('lines up tops, bottoms and middles, and leaves the other coordinate alone', () => {
    expect(boxesAfter('top').map((b) => b.y)).toEqual([10, 10, 10]);
    expect(boxesAfter('bottom').map((b) => b.y + b.height)).toEqual([240, 240, 240]);
    expect(boxesAfter('middle').map((b) => b.y + b.height / 2)).toEqual([125, 125, 125]);
    expect(boxesAfter('top').map((b) => b.x)).toEqual([10, 200, 90]);
  });

  it('keeps every box inside the bounds it started in', () => {
    const before = boundsOf(scattered.map((p) => p.box))!;
    for (const how of ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const) {
      const after = boundsOf(boxesAfter(how))!;
      expect(after.x).toBeGreaterThanOrEqual(before.x);
      expect(after.y).toBeGreaterThanOrEqual(before.y);
      expect(after.x + after.width).toBeLessThanOrEqual(before.x + before.width);
      expect(after.y + after.height).toBeLessThanOrEqual(before.y + before.height);
    }
  });
});

describe('distribute', () => {
  it('evens out the gaps between boxes, keeping the outermost where they are', () => {
    const row = [leaf('a', 0, 0), leaf('b', 100, 0), leaf('c', 400, 0, 40)];
    const moved = distribute(row, 'horizontal');
    expect(moved.get('a')).toEqual({ x: 0, y: 0 });
    expect(moved.get('c')).toEqual({ x: 400, y: 0 });
    // Span 440, boxes 88 + 88 + 40 = 216, so two gaps of 112: b starts at 88 + 112.
    expect(moved.get('b')).toEqual({ x: 200, y: 0 });
  });

  it('orders by position, not by selection order, and works vertically', () => {
    const column = [leaf('low', 0, 500), leaf('high', 0, 0), leaf('mid', 0, 60)];
    const moved = distribute(column, 'vertical');
    expect(moved.get('high')!.y).toBe(0);
    expect(moved.get('low')!.y).toBe(500);
    expect(moved.get('mid')!.y).toBe(250);
  });

  it('leaves two boxes as they are', () => {
    const two = [leaf('a', 0, 0), leaf('b', 300, 40)];
    expect(distribute(two, 'horizontal')).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 300, y: 40 }],
      ]),
    );
  });
});

describe('snapToNeighbours', () => {
  const neighbour = { x: 100, y: 100, width: 88, height: 64 };

  it('snaps to a neighbour’s edge within the threshold and shows a guide across both', () => {
    const snap = snapToNeighbours({ x: 103, y: 300, width: 88, height: 64 }, [neighbour], 6);
    expect(snap.dx).toBe(-3);
    expect(snap.dy).toBe(0);
    expect(snap.guides).toContainEqual({ axis: 'x', at: 100, from: 100, to: 364 });
  });

  it('snaps centre to centre between boxes of different sizes', () => {
    const wide = { x: 0, y: 0, width: 200, height: 64 };
    // The neighbour's centre line is at 144: the wide box moves so that its centre lies there too.
    const snap = snapToNeighbours({ ...wide, x: 42 }, [neighbour], 6);
    expect(42 + snap.dx + 100).toBe(144);
  });

  it('does nothing beyond the threshold', () => {
    const snap = snapToNeighbours({ x: 120, y: 400, width: 88, height: 64 }, [neighbour], 6);
    expect(snap).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  it('picks the nearest line when several are in reach', () => {
    const snap = snapToNeighbours({ x: 0, y: 103, width: 88, height: 64 }, [neighbour, { ...neighbour, y: 105 }], 6);
    expect(snap.dy).toBe(2);
  });
});
