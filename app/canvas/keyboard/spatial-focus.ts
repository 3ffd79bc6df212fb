import type { Box } from '../diagram-types.ts';

/** What the keyboard moves between: a drawn node's absolute box and the container it sits in. */
export interface FocusPlace {
  readonly id: string;
  readonly box: Box;
  readonly parent?: string | undefined;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Siblings in reading order: top to bottom, then left to right (rows are told apart by their top edge). */
export function readingOrder(places: readonly FocusPlace[]): FocusPlace[] {
  return [...places].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x || a.id.localeCompare(b.id));
}

/** The places that share `from`'s container (the top level when it has none), `from` included. */
export function siblingsOf(places: readonly FocusPlace[], from: FocusPlace): FocusPlace[] {
  return places.filter((p) => p.parent === from.parent);
}

/**
 * The sibling an arrow key moves to: among the places in the same container whose centre lies
 * in that direction, the nearest, where distance across the direction counts double, so that
 * Right prefers the neighbour on the same row over a closer one a row below. Undefined at the
 * container's edge: the focus never jumps out of a container by itself (Alt+Up leaves it).
 */
export function nextInDirection(
  places: readonly FocusPlace[],
  from: FocusPlace,
  direction: Direction,
): FocusPlace | undefined {
  const start = centre(from.box);
  let best: { place: FocusPlace; score: number } | undefined;
  for (const place of siblingsOf(places, from)) {
    if (place.id === from.id) continue;
    const c = centre(place.box);
    const dx = c.x - start.x;
    const dy = c.y - start.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { place, score };
  }
  return best?.place;
}

/** The first child of a container in reading order (Alt+Down), or undefined when it holds none. */
export function firstChild(places: readonly FocusPlace[], container: string): FocusPlace | undefined {
  return readingOrder(places.filter((p) => p.parent === container))[0];
}

/** The place where the keyboard enters the canvas when nothing there had the focus: the first top-level one in reading order. */
export function entryPlace(places: readonly FocusPlace[]): FocusPlace | undefined {
  return readingOrder(places.filter((p) => p.parent === undefined))[0];
}
