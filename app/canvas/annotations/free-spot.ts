import type { Box } from '../diagram-types.ts';

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a new annotation of `size` goes: the first spot, from the middle of the view outwards
 * in rings of `step`, that overlaps none of `taken` (tiles and other notes; containers do not
 * count, a note may sit on a VPC). The middle of the view when everything there is taken.
 */
export function freeSpot(
  view: Box,
  size: { readonly width: number; readonly height: number },
  taken: readonly Box[],
  step = 20,
): { x: number; y: number } {
  const centre = { x: view.x + view.width / 2 - size.width / 2, y: view.y + view.height / 2 - size.height / 2 };
  const snap = (v: number) => Math.round(v / step) * step;
  const fits = (x: number, y: number) => {
    const box = { x, y, width: size.width, height: size.height };
    const inView =
      x >= view.x && y >= view.y && x + size.width <= view.x + view.width && y + size.height <= view.y + view.height;
    return inView && !taken.some((t) => overlaps(box, t));
  };
  const start = { x: snap(centre.x), y: snap(centre.y) };
  const rings = Math.ceil(Math.max(view.width, view.height) / step / 2);
  for (let ring = 0; ring <= rings; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = start.x + dx * step;
        const y = start.y + dy * step;
        if (fits(x, y)) return { x, y };
      }
    }
  }
  return start;
}
