import type { Box } from './types.ts';

/**
 * Align and distribute (the inspector's buttons for a multi-selection) and the snap guides of a
 * drag, as pure geometry over absolute boxes. Which boxes take part, and keeping children inside
 * their containers, is the canvas's business (app/canvas/arrange/arrange-moves.ts).
 */

/** How "Align …" lines boxes up: by their left edges, centres, right edges, tops, middles or bottoms. */
export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/** The axis "Distribute …" spaces boxes along. */
export type DistributeAxis = 'horizontal' | 'vertical';

export interface Placed {
  readonly id: string;
  readonly box: Box;
}

/** A box's new top-left corner. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** The smallest box holding all of `boxes` (undefined for none). */
export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Lines boxes up against the selection's bounds, as drawing tools do: "left" moves every box to
 * the leftmost edge, "centre" centres each on the bounds' vertical centre line, and so on. Only
 * the aligned coordinate changes.
 */
export function align(items: readonly Placed[], how: Alignment): Map<string, Position> {
  const out = new Map<string, Position>();
  const bounds = boundsOf(items.map((i) => i.box));
  if (!bounds) return out;
  for (const { id, box } of items) {
    const x =
      how === 'left'
        ? bounds.x
        : how === 'right'
          ? bounds.x + bounds.width - box.width
          : how === 'centre'
            ? bounds.x + (bounds.width - box.width) / 2
            : box.x;
    const y =
      how === 'top'
        ? bounds.y
        : how === 'bottom'
          ? bounds.y + bounds.height - box.height
          : how === 'middle'
            ? bounds.y + (bounds.height - box.height) / 2
            : box.y;
    out.set(id, { x, y });
  }
  return out;
}

/**
 * Spaces boxes evenly along an axis: the first and the last (by position) stay, and the ones
 * between move so that every gap between neighbours is the same. With fewer than three boxes
 * there is nothing to even out and every box stays.
 */
export function distribute(items: readonly Placed[], axis: DistributeAxis): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const { id, box } of items) out.set(id, { x: box.x, y: box.y });
  if (items.length < 3) return out;
  const start = (b: Box) => (axis === 'horizontal' ? b.x : b.y);
  const size = (b: Box) => (axis === 'horizontal' ? b.width : b.height);
  // By centre, so a wide box that starts first but reaches furthest still sorts where it looks.
  const sorted = [...items].sort((a, b) => start(a.box) + size(a.box) / 2 - (start(b.box) + size(b.box) / 2));
  const first = sorted[0]!.box;
  const last = sorted[sorted.length - 1]!.box;
  const span = start(last) + size(last) - start(first);
  const occupied = sorted.reduce((sum, i) => sum + size(i.box), 0);
  const gap = (span - occupied) / (sorted.length - 1);
  let at = start(first);
  for (const { id, box } of sorted) {
    out.set(id, axis === 'horizontal' ? { x: at, y: box.y } : { x: box.x, y: at });
    at += size(box) + gap;
  }
  return out;
}

/** A guide line shown while dragging: vertical (`axis: 'x'`, at that x) or horizontal, from `from` to `to`. */
export interface Guide {
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The result of snapping a dragged box: how far to shift it, and the guides it now lines up with. */
export interface Snap {
  readonly dx: number;
  readonly dy: number;
  readonly guides: readonly Guide[];
}

/** The three lines of a box along an axis: its start edge, centre line and end edge. */
const linesOf = (box: Box, axis: 'x' | 'y'): [number, number, number] =>
  axis === 'x'
    ? [box.x, box.x + box.width / 2, box.x + box.width]
    : [box.y, box.y + box.height / 2, box.y + box.height];

/** Below this, two lines count as the same (floating point and half pixels of centres). */
const SAME = 0.5;

/**
 * Snaps a dragged box to its neighbours: along each axis independently, the nearest pair of
 * lines (left, centre or right of the dragged box against left, centre or right of a neighbour;
 * top, middle, bottom likewise) no further apart than `threshold` decides the shift, and every
 * neighbour line the shifted box then meets becomes a guide spanning both boxes.
 */
export function snapToNeighbours(moving: Box, neighbours: readonly Box[], threshold: number): Snap {
  const shift = (axis: 'x' | 'y'): number => {
    let best: number | undefined;
    const own = linesOf(moving, axis);
    for (const other of neighbours) {
      for (const line of linesOf(other, axis)) {
        for (const mine of own) {
          const d = line - mine;
          if (Math.abs(d) <= threshold && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
        }
      }
    }
    return best ?? 0;
  };
  const dx = shift('x');
  const dy = shift('y');
  const moved: Box = { ...moving, x: moving.x + dx, y: moving.y + dy };
  const guides: Guide[] = [];
  const seen = new Set<string>();
  for (const axis of ['x', 'y'] as const) {
    const own = linesOf(moved, axis);
    const across = axis === 'x' ? 'y' : 'x';
    for (const other of neighbours) {
      for (const line of linesOf(other, axis)) {
        if (!own.some((mine) => Math.abs(mine - line) < SAME)) continue;
        const [oStart, , oEnd] = linesOf(other, across);
        const [mStart, , mEnd] = linesOf(moved, across);
        const from = Math.min(oStart, mStart);
        const to = Math.max(oEnd, mEnd);
        const key = `${axis}:${line}`;
        const known = guides.findIndex((g) => `${g.axis}:${g.at}` === key);
        if (known >= 0) {
          const g = guides[known]!;
          guides[known] = { ...g, from: Math.min(g.from, from), to: Math.max(g.to, to) };
        } else if (!seen.has(key)) {
          seen.add(key);
          guides.push({ axis, at: line, from, to });
        }
      }
    }
  }
  return { dx, dy, guides };
}
