import { describe, expect, it } from 'vitest';
import { containerScale, labelScale, READABLE_PX, tileScale } from './label-scale.ts';

describe('labelScale', () => {
  it('leaves labels alone where they are readable', () => {
    expect(containerScale(1)).toBe(1);
    expect(tileScale(0.8)).toBe(1);
    expect(labelScale(2, 12, 9, 3)).toBe(1);
  });

  it('grows labels as the zoom goes down, so that they stay readable on screen', () => {
    for (const zoom of [0.7, 0.5, 0.4, 0.3, 0.25]) {
      expect(13 * containerScale(zoom) * zoom).toBeGreaterThanOrEqual(READABLE_PX);
    }
    for (const zoom of [0.7, 0.5, 0.4, 0.35]) expect(12 * tileScale(zoom) * zoom).toBeGreaterThanOrEqual(READABLE_PX);
    // Tiles reach their bound at 0.3: 9 px on screen there.
    expect(12 * tileScale(0.3) * 0.3).toBeCloseTo(9);
  });

  it('within bounds, in steps', () => {
    expect(containerScale(0.05)).toBe(4);
    expect(tileScale(0.05)).toBe(2.5);
    expect((tileScale(0.55) * 8) % 1).toBe(0);
    expect(labelScale(0, 12, 9, 3)).toBe(1);
  });
});
