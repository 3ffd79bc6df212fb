import type { LayoutEntry } from '../../../src/model/index.ts';
import { align, distribute, type Alignment, type DistributeAxis, type Placed } from '../../../src/layout/arrange.ts';
import type { Box } from '../diagram-types.ts';
import type { Diagram } from '../derive-diagram.ts';
import { moveLayout } from '../move-layout.ts';

/** What an arrange button does: align along one edge or centre line, or distribute along an axis. */
export type Arrangement = { readonly align: Alignment } | { readonly distribute: DistributeAxis };

/**
 * The boxes an arrangement moves: the selected resources drawn on the canvas, less those inside
 * another selected one (a subnet selected with its VPC moves with the VPC, as in a drag, and is
 * not lined up with it on its own). External nodes (Internet, S3) are not resources and stay.
 */
export function arrangedItems(diagram: Pick<Diagram, 'placements'>, selection: readonly string[]): Placed[] {
  const selected = new Set(selection);
  const insideSelected = (id: string): boolean => {
    let parent = diagram.placements.get(id)?.parent;
    while (parent !== undefined) {
      if (selected.has(parent)) return true;
      parent = diagram.placements.get(parent)?.parent;
    }
    return false;
  };
  return selection.flatMap((id) => {
    const placement = diagram.placements.get(id);
    if (!placement?.resource || insideSelected(id)) return [];
    return [{ id, box: placement.box }];
  });
}

const inside = (box: Box, outer: Box): boolean =>
  box.x >= outer.x &&
  box.y >= outer.y &&
  box.x + box.width <= outer.x + outer.width &&
  box.y + box.height <= outer.y + outer.height;

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * The layout an arrangement writes (one `move` edit, so one Undo step): each arranged box at its
 * new place, whole numbers, with everything nested in it moved along. A box that sat inside its
 * container (a subnet in its VPC, an instance in its subnet) is kept inside it: aligning a
 * subnet with a box elsewhere brings it as far as its VPC's edge and no further, so it never
 * leaves the VPC it belongs to. Gateways drawn across their VPC's edge move freely.
 */
export function arrangeLayout(
  diagram: Pick<Diagram, 'placements' | 'children'>,
  selection: readonly string[],
  arrangement: Arrangement,
): Record<string, LayoutEntry> {
  const items = arrangedItems(diagram, selection);
  if (items.length < 2) return {};
  const targets = 'align' in arrangement ? align(items, arrangement.align) : distribute(items, arrangement.distribute);
  const moves = items.map(({ id, box }) => {
    const target = targets.get(id) ?? box;
    let x = Math.round(target.x);
    let y = Math.round(target.y);
    const parentId = diagram.placements.get(id)?.parent;
    const parent = parentId === undefined ? undefined : diagram.placements.get(parentId)?.box;
    if (parent && inside(box, parent)) {
      x = clamp(x, parent.x, parent.x + parent.width - box.width);
      y = clamp(y, parent.y, parent.y + parent.height - box.height);
    }
    return { id, x, y };
  });
  // Boxes that end where they were need no entry: an arrangement that changes nothing is no edit.
  const moved = moves.filter(({ id, x, y }) => {
    const box = diagram.placements.get(id)?.box;
    return box?.x !== x || box.y !== y;
  });
  return moveLayout(diagram, moved);
}
