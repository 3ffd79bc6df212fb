import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';

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

/**
 * The live boxes of some nodes, from React Flow's store: they follow drags and layout changes.
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
    if (!node) {
      out.push(0, 0, -1, 0, 0);
      continue;
    }
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    out.push(x, y, width, height, node.type === 'vpc' || node.type === 'subnet' ? 1 : 0);
  }
  return out;
}
