import { useStore } from 'zustand';
import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { history, useEditor } from '../store/store.ts';

/** Undo and Redo, disabled when there is nothing to undo or redo. */
export function HistoryButtons() {
  const canUndo = useStore(useEditor.temporal, selectCanUndo);
  const canRedo = useStore(useEditor.temporal, selectCanRedo);
  return (
    <>
      <button type="button" disabled={!canUndo} onClick={() => history().undo()} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={() => history().redo()} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </>
  );
}
