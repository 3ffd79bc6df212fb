import type { Box } from './diagram-types.ts';

/** The visible part of the canvas, in flow coordinates, kept this many screen pixels from its edges. */
const MARGIN_PX = 40;

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * How to show `box` on a canvas of `size` pixels: unchanged (null) when it is already in view,
 * else the smallest pan at the same zoom that brings it in, or `'fit'` when it is larger than the
 * view (a new VPC far away), which only a zoom can show.
 * @example revealViewport({ x: 0, y: 0, zoom: 1 }, { width: 800, height: 600 }, { x: 900, y: 100, width: 60, height: 60 })
 * // { x: -200, y: 0, zoom: 1 }: the box now ends 40 px from the right edge
 */
export function revealViewport(
  viewport: Viewport,
  size: { readonly width: number; readonly height: number },
  box: Box,
): Viewport | 'fit' | null {
  const { x, y, zoom } = viewport;
  const view = {
    left: (MARGIN_PX - x) / zoom,
    top: (MARGIN_PX - y) / zoom,
    right: (size.width - MARGIN_PX - x) / zoom,
    bottom: (size.height - MARGIN_PX - y) / zoom,
  };
  if (box.width > view.right - view.left || box.height > view.bottom - view.top) return 'fit';
  const shift = (low: number, high: number, from: number, to: number) =>
    from < low ? low - from : to > high ? high - to : 0;
  const dx = shift(view.left, view.right, box.x, box.x + box.width);
  const dy = shift(view.top, view.bottom, box.y, box.y + box.height);
  if (dx === 0 && dy === 0) return null;
  return { x: x + dx * zoom, y: y + dy * zoom, zoom };
}

/** The smallest box holding every box. */
export function unionBox(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
