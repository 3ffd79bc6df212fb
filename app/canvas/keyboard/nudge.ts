import type { LayoutEntry } from '../../../src/model/index.ts';
import type { Diagram } from '../derive-diagram.ts';
import type { Box } from '../diagram-types.ts';
import { moveLayout } from '../move-layout.ts';
import { GRID } from '../sizes.ts';
import type { Direction } from './spatial-focus.ts';

const STEP: Record<Direction, { dx: number; dy: number }> = {
  left: { dx: -GRID, dy: 0 },
  right: { dx: GRID, dy: 0 },
  up: { dx: 0, dy: -GRID },
  down: { dx: 0, dy: GRID },
};

/** A nudge: the layout to write, or the resource that cannot go further and the container it would leave. */
export type Nudge =
  | { readonly ok: true; readonly layout: Record<string, LayoutEntry> }
  | { readonly ok: false; readonly blocked: string; readonly container: string };

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const centreInside = (inner: Box, outer: Box) => {
  const x = inner.x + inner.width / 2;
  const y = inner.y + inner.height / 2;
  return x >= outer.x && y >= outer.y && x <= outer.x + outer.width && y <= outer.y + outer.height;
};

/**
 * Moves the selected resources one grid cell (containers carry what is inside). A subnet stays
 * wholly inside its VPC and a resource in a subnet keeps its centre in that subnet, as a drag
 * would; moving elsewhere is a drag's job (a reparent), so the keyboard refuses instead.
 * External nodes (Internet, S3, DynamoDB) are not resources and do not move.
 */
export function nudgeLayout(diagram: Diagram, ids: readonly string[], direction: Direction): Nudge {
  const { dx, dy } = STEP[direction];
  const chosen = new Set(
    ids.filter((id) => diagram.placements.get(id)?.resource || diagram.placements.get(id)?.networkInterface),
  );
  const moves = [];
  for (const id of chosen) {
    const placement = diagram.placements.get(id)!;
    const box = { ...placement.box, x: placement.box.x + dx, y: placement.box.y + dy };
    const parent = placement.parent === undefined ? undefined : diagram.placements.get(placement.parent);
    if (parent?.resource && !chosen.has(parent.id)) {
      const type = placement.resource?.type;
      const kept =
        type === 'subnet'
          ? inside(box, parent.box)
          : parent.resource.type === 'subnet'
            ? centreInside(box, parent.box)
            : true;
      if (!kept) return { ok: false, blocked: id, container: parent.id };
    }
    moves.push({ id, x: box.x, y: box.y });
  }
  return { ok: true, layout: moveLayout(diagram, moves) };
}
