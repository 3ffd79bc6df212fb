import { useStoreApi, type NodeChange } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { useEditor } from '../../store/store.ts';
import type { Diagram } from '../derive-diagram.ts';
import type { DiagramEdge, DiagramNode } from '../diagram-types.ts';

/**
 * Box selection (Shift+drag, or a plain drag with "Select area" on): React Flow draws the box
 * and reports which nodes it holds as `select` changes; the editor keeps the selection in its
 * store, so while a box is being drawn those changes become the store's selection. Outside a box
 * they are React Flow's own click handling, which the canvas's click handlers replace. A new box
 * replaces the selection (`onSelectionStart`). Only resources are selected: the Internet and
 * service nodes are not part of the design.
 */
export function useBoxSelection(
  drawn: RefObject<Diagram>,
  onNodesChange: (changes: NodeChange<DiagramNode>[]) => void,
): {
  onNodesChange: (changes: NodeChange<DiagramNode>[]) => void;
  onSelectionStart: () => void;
} {
  const flowStore = useStoreApi<DiagramNode, DiagramEdge>();
  const onChanges = useCallback(
    (changes: NodeChange<DiagramNode>[]) => {
      onNodesChange(changes);
      if (flowStore.getState().userSelectionRect === null) return;
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      const state = useEditor.getState();
      const selected = new Set(state.selection);
      for (const change of picks) {
        const resource = drawn.current.placements.get(change.id)?.resource;
        if (!resource) continue;
        if (change.selected) selected.add(resource.id);
        else selected.delete(resource.id);
      }
      state.select([...selected]);
    },
    [drawn, flowStore, onNodesChange],
  );
  const onSelectionStart = useCallback(() => useEditor.getState().clearSelection(), []);
  return { onNodesChange: onChanges, onSelectionStart };
}
