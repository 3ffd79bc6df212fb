import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { Diagram } from './derive-diagram.ts';
import type { DiagramNode } from './diagram-types.ts';

/**
 * The nodes React Flow shows: the derived ones, plus transient drag and resize positions until
 * the gesture ends and becomes a document edit (then the derived nodes take over again).
 * Selection is applied last, touching only nodes whose flag changes, so selecting never
 * re-derives the diagram and memoised node components stay put.
 */
export function useCanvasNodes(diagram: Diagram, selection: readonly string[]) {
  const [local, setLocal] = useState<{ from: Diagram; nodes: readonly DiagramNode[] }>(() => ({
    from: diagram,
    nodes: diagram.nodes,
  }));
  // A new document replaces any transient state (the "adjust state while rendering" pattern).
  // The derived array itself is kept, not a copy: a revision that changed only edges or
  // undrawn facts keeps its nodes array, and React Flow then skips a pass over every node.
  let current = local;
  if (local.from !== diagram) {
    current = { from: diagram, nodes: diagram.nodes };
    setLocal(current);
  }

  const onNodesChange = useCallback((changes: NodeChange<DiagramNode>[]) => {
    // Selection lives in the store, deletion in the editor's commands: React Flow's own go unused.
    // Measurements are left out too: every node has its width and height already, React Flow
    // keeps what it measured on its internal node, and copying it here would make every node a
    // new object after each edit (a re-render and re-measure of the whole canvas).
    const kept = changes.filter((c) => c.type === 'position' || (c.type === 'dimensions' && isResize(c)));
    if (kept.length === 0) return;
    setLocal((state) => ({ ...state, nodes: applyNodeChanges(kept, [...state.nodes]) }));
  }, []);

  /** Drops transient positions (a refused drop snaps back). */
  const reset = useCallback(() => setLocal((state) => ({ ...state, nodes: state.from.nodes })), []);

  const nodes = useMemo(() => {
    const selected = new Set(selection);
    return current.nodes.map((node) => {
      const want = selected.has(node.data.resourceId);
      return (node.selected ?? false) === want ? node : { ...node, selected: want };
    });
  }, [current.nodes, selection]);

  return { nodes, onNodesChange, reset };
}

/** A resize gesture's change (NodeResizer sets `resizing`), as opposed to a measurement. */
const isResize = (change: NodeChange<DiagramNode>): boolean =>
  change.type === 'dimensions' && (change.resizing !== undefined || change.setAttributes !== undefined);
