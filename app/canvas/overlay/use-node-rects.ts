import { useStore, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';
import { edgeEnds, type Rect } from '../edge-geometry.ts';

/** A node's absolute box in flow coordinates, and whether it is a container (VPC or subnet). */
export interface NodeRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly container: boolean;
}

/** Flat [x, y, width, height, container] per id; width -1 when the node is not drawn. */
type Flat = readonly number[];

const sameFlat = (a: Flat, b: Flat) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The side of the spot that stands for a resource drawn as an edge (a peering connection). */
const EDGE_SPOT = 28;

/**
 * The live boxes of some nodes, from React Flow's store: they follow drags and layout changes.
 * A resource drawn as an edge (a peering connection) gets a small box at the middle of its
 * line, where its label is, so that a path through it, or blocked at it, is drawn there.
 * The selector copies five numbers per node and compares them, so panning or an unrelated change
 * re-renders nothing.
 */
export function useNodeRects(ids: readonly string[]): ReadonlyMap<string, NodeRect> {
  const key = ids.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `ids`
  const selector = useCallback((state: ReactFlowState) => flatten(state, ids), [key]);
  const flat = useStore(selector, sameFlat);
  const out = new Map<string, NodeRect>();
  ids.forEach((id, i) => {
    const at = i * 5;
    if (flat[at + 2]! < 0) return;
    out.set(id, {
      x: flat[at]!,
      y: flat[at + 1]!,
      width: flat[at + 2]!,
      height: flat[at + 3]!,
      container: flat[at + 4] === 1,
    });
  });
  return out;
}

function flatten(state: ReactFlowState, ids: readonly string[]): Flat {
  const out: number[] = [];
  for (const id of ids) {
    const node = state.nodeLookup.get(id);
    if (node) {
      const { x, y, width, height } = rectOf(node);
      out.push(x, y, width, height, node.type === 'vpc' || node.type === 'subnet' ? 1 : 0);
      continue;
    }
    const edge = state.edgeLookup.get(id);
    const from = edge && state.nodeLookup.get(edge.source);
    const to = edge && state.nodeLookup.get(edge.target);
    if (!from || !to) {
      out.push(0, 0, -1, 0, 0);
      continue;
    }
    const { sx, sy, tx, ty } = edgeEnds(rectOf(from), rectOf(to));
    out.push((sx + tx - EDGE_SPOT) / 2, (sy + ty - EDGE_SPOT) / 2, EDGE_SPOT, EDGE_SPOT, 0);
  }
  return out;
}

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}
