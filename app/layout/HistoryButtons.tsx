import { afterInput } from '../store/after-input.ts';
import { redo, undo, useUndoAvailability } from '../store/undo-route.ts';
import { useT } from '../i18n/use-t.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';

/**
 * Undo and Redo (arrows named by aria-label, to keep the top bar on one line at 1280 px), disabled when there is nothing to undo or redo. A step runs after the click's
 * task (see `afterInput`): on a large design it re-renders the inspector and posts the design to
 * the worker.
 */
export function HistoryButtons() {
  const t = useT();
  const { canUndo, canRedo } = useUndoAvailability();
  const readOnly = useReadOnly();
  return (
    <>
      <button
        type="button"
        disabled={!canUndo || readOnly}
        onClick={() => afterInput(undo)}
        title={t('topBar:undoTitle')}
        aria-label={t('topBar:undo')}
        className="icon-button"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4.5 6.5h6a3.5 3.5 0 0 1 0 7H7M7 3.5l-3 3 3 3" />
        </svg>
      </button>
      <button
        type="button"
        disabled={!canRedo || readOnly}
        onClick={() => afterInput(redo)}
        title={t('topBar:redoTitle')}
        aria-label={t('topBar:redo')}
        className="icon-button"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M11.5 6.5h-6a3.5 3.5 0 0 0 0 7H9M9 3.5l3 3-3 3" />
        </svg>
      </button>
    </>
  );
}
