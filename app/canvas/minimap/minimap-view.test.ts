import { describe, expect, it } from 'vitest';
import { miniMapView, union, visibleBox } from './minimap-view.ts';

const toMap = (view: ReturnType<typeof miniMapView>, x: number, y: number): [number, number] => [
  view.offsetX + x * view.scale,
  view.offsetY + y * view.scale,
];

describe('miniMapView', () => {
  it('fits the design and the visible area inside the map, centred, with the aspect kept', () => {
    const design = { x: 0, y: 0, width: 4000, height: 1000 };
    const viewport = { x: 500, y: 200, width: 800, height: 500 };
    const view = miniMapView(design, viewport, 200, 150);
    const [left, top] = toMap(view, 0, 0);
    const [right, bottom] = toMap(view, 4000, 1000);
    // The wide design spans the map's width (less the margin) and sits in the vertical middle.
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(200);
    expect(right - left).toBeGreaterThan(180);
    expect((top + bottom) / 2).toBeCloseTo(75, 5);
    // Square pixels: one flow unit is as wide as it is tall on the map.
    expect((bottom - top) / (right - left)).toBeCloseTo(1000 / 4000, 5);
  });

  it('frames the viewport too when it lies beside the design', () => {
    const design = { x: 0, y: 0, width: 100, height: 100 };
    const viewport = { x: 1000, y: 0, width: 100, height: 100 };
    const view = miniMapView(design, viewport, 200, 150);
    const [farRight] = toMap(view, 1100, 0);
    const [farLeft] = toMap(view, 0, 0);
    expect(farLeft).toBeGreaterThanOrEqual(0);
    expect(farRight).toBeLessThanOrEqual(200);
  });

  it('reports how many flow units one map pixel covers, for dragging on the map', () => {
    const view = miniMapView(null, { x: 0, y: 0, width: 2000, height: 1000 }, 200, 150);
    expect(view.viewScale).toBe(10);
  });
});

describe('visibleBox and union', () => {
  it('turns the pane transform into the flow-space box on screen', () => {
    expect(visibleBox([100, -50, 0.5], 800, 600)).toEqual({ x: -200, y: 100, width: 1600, height: 1200 });
  });

  it('joins two boxes', () => {
    expect(union({ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 5, width: 10, height: 10 })).toEqual({
      x: -5,
      y: 0,
      width: 15,
      height: 15,
    });
  });
});
