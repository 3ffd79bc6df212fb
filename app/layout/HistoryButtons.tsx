import { useStore } from 'zustand';
import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { afterInput } from '../store/after-input.ts';
import { history, useEditor } from '../store/store.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * Undo and Redo, disabled when there is nothing to undo or redo. A step runs after the click's
 * task (see `afterInput`): on a large design it re-renders the inspector and posts the design to
 * the worker.
 */
export function HistoryButtons() {
  const t = useT();
  const canUndo = useStore(useEditor.temporal, selectCanUndo);
  const canRedo = useStore(useEditor.temporal, selectCanRedo);
  return (
    <>
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => afterInput(() => history().undo())}
        title={t('topBar:undoTitle')}
      >
        {t('topBar:undo')}
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => afterInput(() => history().redo())}
        title={t('topBar:redoTitle')}
      >
        {t('topBar:redo')}
      </button>
    </>
  );
}
