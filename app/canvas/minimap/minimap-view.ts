import type { Box } from '../diagram-types.ts';

/** What the mini map frames: the design's bounds joined with the visible part of the canvas. */
export interface MiniMapView {
  /** The flow-space box drawn across the whole mini map. */
  readonly frame: Box;
  /** Flow units per mini-map pixel (React Flow's "view scale": drags on the map move by this much). */
  readonly viewScale: number;
  /** Mini-map pixels per flow unit, and where the frame's corner lands: centred, aspect kept. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** A margin around the framed content, in mini-map pixels (React Flow's `offsetScale`). */
const MARGIN = 5;

export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The same framing as React Flow's own `<MiniMap>`: the content (nodes and the visible
 * viewport) is scaled to fit a `width` x `height` map with a small margin, centred.
 * `content` is null when nothing is drawn: the viewport alone is framed.
 */
export function miniMapView(content: Box | null, viewport: Box, width: number, height: number): MiniMapView {
  const bounds = content ? union(content, viewport) : viewport;
  const viewScale = Math.max(bounds.width / width, bounds.height / height) || 1;
  const viewWidth = viewScale * width;
  const viewHeight = viewScale * height;
  const margin = MARGIN * viewScale;
  const frame = {
    x: bounds.x - (viewWidth - bounds.width) / 2 - margin,
    y: bounds.y - (viewHeight - bounds.height) / 2 - margin,
    width: viewWidth + margin * 2,
    height: viewHeight + margin * 2,
  };
  const scale = Math.min(width / frame.width, height / frame.height);
  return {
    frame,
    viewScale,
    scale,
    offsetX: (width - frame.width * scale) / 2 - frame.x * scale,
    offsetY: (height - frame.height * scale) / 2 - frame.y * scale,
  };
}

/** The visible part of the canvas in flow coordinates, from React Flow's transform and pane size. */
export function visibleBox(transform: readonly [number, number, number], width: number, height: number): Box {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}
