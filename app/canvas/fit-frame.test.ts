import { describe, expect, it } from 'vitest';
import { uncoveredInsets } from './fit-frame.ts';

const canvas = { width: 800, height: 500 };
/** The mini map in the bottom-right corner and the legend button in the top-right one. */
const miniMap = { x: 590, y: 340, width: 200, height: 150 };
const legendButton = { x: 700, y: 10, width: 90, height: 30 };

describe('uncoveredInsets', () => {
  it('uses the whole canvas when nothing covers it', () => {
    expect(uncoveredInsets(canvas, [], { width: 100, height: 100 })).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('gives up height for a wide design and width for a tall one', () => {
    const wide = uncoveredInsets(canvas, [miniMap], { width: 1600, height: 300 });
    expect(wide).toEqual({ top: 0, right: 0, bottom: 160, left: 0 });
    const tall = uncoveredInsets(canvas, [miniMap], { width: 300, height: 1600 });
    expect(tall).toEqual({ top: 0, right: 210, bottom: 0, left: 0 });
  });

  it('avoids every covering box at once', () => {
    const insets = uncoveredInsets(canvas, [miniMap, legendButton], { width: 1000, height: 700 });
    const frame = {
      x: insets.left,
      y: insets.top,
      right: canvas.width - insets.right,
      bottom: canvas.height - insets.bottom,
    };
    for (const box of [miniMap, legendButton]) {
      const clear =
        box.x >= frame.right || box.x + box.width <= frame.x || box.y >= frame.bottom || box.y + box.height <= frame.y;
      expect(clear).toBe(true);
    }
    expect(frame.right - frame.x).toBeGreaterThan(500);
  });

  it('ignores boxes outside the canvas', () => {
    expect(uncoveredInsets(canvas, [{ x: 900, y: 0, width: 50, height: 50 }], { width: 10, height: 10 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });
});
