import type { LayoutEntry } from '../../src/model/index.ts';
import type { Diagram } from './derive-diagram.ts';
import { GRID } from './sizes.ts';

/** Rounds to the canvas grid, so stored layouts stay tidy. */
export const snapToGrid = (value: number): number => Math.round(value / GRID) * GRID;

/**
 * The layout entries a drag writes: each moved node at its new absolute position (containers keep
 * their size), and everything nested in it shifted by the same amount, since the document's
 * layout is absolute while React Flow moves children with their parent. External nodes are not
 * resources and are never written.
 */
export function moveLayout(
  diagram: Pick<Diagram, 'placements' | 'children'>,
  moves: readonly { readonly id: string; readonly x: number; readonly y: number }[],
): Record<string, LayoutEntry> {
  const layout: Record<string, LayoutEntry> = {};
  const write = (id: string, dx: number, dy: number) => {
    const placement = diagram.placements.get(id);
    // Resources and secondary network interfaces (keyed by their endpoint, `web-1/eni-1`).
    if (!(placement?.resource || placement?.networkInterface) || layout[id]) return;
    const { x, y, width, height } = placement.box;
    const kind = placement.resource?.type;
    layout[id] =
      kind === 'vpc' || kind === 'subnet' ? { x: x + dx, y: y + dy, width, height } : { x: x + dx, y: y + dy };
    for (const child of diagram.children.get(id) ?? []) write(child, dx, dy);
  };
  for (const move of moves) {
    const box = diagram.placements.get(move.id)?.box;
    if (box) write(move.id, move.x - box.x, move.y - box.y);
  }
  return layout;
}

/** The innermost placement of one of `types` whose box holds the point (a drop target). */
export function containerAt(
  diagram: Diagram,
  point: { readonly x: number; readonly y: number },
  types: readonly string[],
): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const p of diagram.placements.values()) {
    if (!p.resource || !types.includes(p.resource.type)) continue;
    const { x, y, width, height } = p.box;
    if (point.x < x || point.y < y || point.x > x + width || point.y > y + height) continue;
    if (!best || width * height < best.area) best = { id: p.id, area: width * height };
  }
  return best?.id;
}
