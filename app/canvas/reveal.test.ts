import { describe, expect, it } from 'vitest';
import { revealViewport, unionBox } from './reveal.ts';

const size = { width: 800, height: 600 };

describe('revealing a new node', () => {
  it('leaves the view alone when the node is in it', () => {
    expect(revealViewport({ x: 0, y: 0, zoom: 1 }, size, { x: 100, y: 100, width: 60, height: 60 })).toBeNull();
  });

  it('pans as little as it can, at the same zoom', () => {
    expect(revealViewport({ x: 0, y: 0, zoom: 1 }, size, { x: 900, y: 100, width: 60, height: 60 })).toEqual({
      x: -200,
      y: 0,
      zoom: 1,
    });
    expect(revealViewport({ x: 0, y: 0, zoom: 0.5 }, size, { x: 0, y: -200, width: 60, height: 60 })).toEqual({
      x: 40,
      y: 140,
      zoom: 0.5,
    });
  });

  it('asks for a fit when the node is larger than the view', () => {
    expect(revealViewport({ x: 0, y: 0, zoom: 1 }, size, { x: 2000, y: 0, width: 900, height: 300 })).toBe('fit');
  });

  it('unites boxes', () => {
    expect(
      unionBox([
        { x: 0, y: 10, width: 10, height: 10 },
        { x: 50, y: 0, width: 10, height: 5 },
      ]),
    ).toEqual({ x: 0, y: 0, width: 60, height: 20 });
  });
});
