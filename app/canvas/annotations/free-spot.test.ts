import { describe, expect, it } from 'vitest';
import { freeSpot } from './free-spot.ts';

const view = { x: 0, y: 0, width: 800, height: 600 };
const size = { width: 200, height: 140 };

describe('freeSpot', () => {
  it('puts a note in the middle of an empty view', () => {
    expect(freeSpot(view, size, [])).toEqual({ x: 300, y: 240 });
  });

  it('moves off a tile in the middle, staying in view', () => {
    const tile = { x: 250, y: 200, width: 300, height: 200 };
    const spot = freeSpot(view, size, [tile]);
    const clear =
      spot.x + size.width <= tile.x ||
      spot.x >= tile.x + tile.width ||
      spot.y + size.height <= tile.y ||
      spot.y >= tile.y + tile.height;
    expect(clear).toBe(true);
    expect(spot.x).toBeGreaterThanOrEqual(0);
    expect(spot.y + size.height).toBeLessThanOrEqual(600);
  });

  it('falls back to the middle when the view is full', () => {
    expect(freeSpot(view, size, [view])).toEqual({ x: 300, y: 240 });
  });
});
