import { useReactFlow, type NodeChange } from '@xyflow/react';
import { useCallback, useRef, type RefObject } from 'react';
import { snapToNeighbours } from '../../../src/layout/arrange.ts';
import type { Diagram } from '../derive-diagram.ts';
import type { Box, DiagramEdge, DiagramNode } from '../diagram-types.ts';
import { snapToGrid } from '../move-layout.ts';
import { useArrangeUi } from './arrange-ui-store.ts';

/** How close, in screen pixels, an edge or centre line must come to a neighbour's to snap to it. */
const SNAP_PIXELS = 6;

/** The nodes to line up with: every other drawn thing except what the dragged node holds or sits in. */
function neighbourBoxes(diagram: Diagram, id: string): Box[] {
  const skip = new Set<string>([id]);
  for (let parent = diagram.placements.get(id)?.parent; parent !== undefined;) {
    skip.add(parent);
    parent = diagram.placements.get(parent)?.parent;
  }
  const inside = (nodeId: string) => {
    for (const child of diagram.children.get(nodeId) ?? []) {
      skip.add(child);
      inside(child);
    }
  };
  inside(id);
  const boxes: Box[] = [];
  for (const p of diagram.placements.values()) if (!skip.has(p.id)) boxes.push(p.box);
  return boxes;
}

/**
 * Snap guides: while one node is dragged, its edges and centre lines snap to a neighbour's
 * within a few pixels, and the lines it meets are shown (see `SnapGuides`). Wraps the canvas's
 * node-change handler, shifting the dragged node's position before React Flow draws it. `settle`
 * gives the drop's stored position: on the grid, except along an axis that snapped to a guide.
 */
export function useSnapGuides(
  drawn: RefObject<Diagram>,
  onNodesChange: (changes: NodeChange<DiagramNode>[]) => void,
): {
  onNodesChange: (changes: NodeChange<DiagramNode>[]) => void;
  settle: (id: string, x: number, y: number) => { x: number; y: number };
} {
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const snapped = useRef<{ id: string; x: boolean; y: boolean } | null>(null);
  const onChanges = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      const moving = changes.filter((c) => c.type === 'position' && c.dragging === true && c.position);
      const [only] = moving;
      if (moving.length !== 1 || only?.type !== 'position' || !only.position) {
        if (changes.some((c) => c.type === 'position' && c.dragging === false)) {
          if (useArrangeUi.getState().guides.length > 0) useArrangeUi.setState({ guides: [] });
        }
        if (moving.length > 1) snapped.current = null;
        onNodesChange(changes);
        return;
      }
      const diagram = drawn.current;
      const placement = diagram.placements.get(only.id);
      if (!placement) {
        onNodesChange(changes);
        return;
      }
      const parentBox = placement.parent === undefined ? undefined : diagram.placements.get(placement.parent)?.box;
      const origin = { x: parentBox?.x ?? 0, y: parentBox?.y ?? 0 };
      const box: Box = {
        x: origin.x + only.position.x,
        y: origin.y + only.position.y,
        width: placement.box.width,
        height: placement.box.height,
      };
      const snap = snapToNeighbours(box, neighbourBoxes(diagram, only.id), SNAP_PIXELS / flow.getZoom());
      snapped.current = {
        id: only.id,
        x: snap.dx !== 0 || hasGuide(snap.guides, 'x'),
        y: snap.dy !== 0 || hasGuide(snap.guides, 'y'),
      };
      useArrangeUi.setState({ guides: snap.guides });
      const shifted = { ...only, position: { x: only.position.x + snap.dx, y: only.position.y + snap.dy } };
      onNodesChange(changes.map((c) => (c === only ? shifted : c)));
    },
    [drawn, flow, onNodesChange],
  );
  const settle = useCallback((id: string, x: number, y: number) => {
    const snap = snapped.current?.id === id ? snapped.current : undefined;
    return { x: snap?.x ? Math.round(x) : snapToGrid(x), y: snap?.y ? Math.round(y) : snapToGrid(y) };
  }, []);
  return { onNodesChange: onChanges, settle };
}

const hasGuide = (guides: readonly { axis: 'x' | 'y' }[], axis: 'x' | 'y') => guides.some((g) => g.axis === axis);
