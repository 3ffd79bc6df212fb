import { selectPendingDelete } from '../store/selectors.ts';
import { useEditor, type PendingDelete } from '../store/store.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Translate } from '../../src/i18n/i18n.ts';

/** The confirmation for deleting a VPC or subnet, saying how many other resources go with it. */
export function DeleteDialog() {
  const pending = useEditor(selectPendingDelete);
  const t = useT();
  if (!pending) return null;
  const { confirmDelete, cancelDelete } = useEditor.getState();
  return (
    <ModalDialog
      role="alertdialog"
      title={title(pending, t)}
      description={describe(pending, t)}
      onCancel={cancelDelete}
    >
      <div className="dialog-buttons">
        {/* Cancel first and focused: Enter on an unexpected dialog must not delete. */}
        <button type="button" autoFocus onClick={cancelDelete}>
          {t('dialogs:delete.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirmDelete}>
          {t('dialogs:delete.delete')}
        </button>
      </div>
    </ModalDialog>
  );
}

function title({ ids }: PendingDelete, t: Translate): string {
  return ids.length === 1
    ? t('dialogs:delete.titleOne', { id: ids[0]! })
    : t('dialogs:delete.titleMany', { count: ids.length });
}

/** "This also deletes 7 other resources: a, b, c, ... Undo brings them back." */
function describe({ ids, impact }: PendingDelete, t: Translate): string {
  const others = impact.filter((id) => !ids.includes(id));
  if (others.length === 0) return t('dialogs:delete.nothingElse');
  const listed = others.slice(0, 12).join(', ') + (others.length > 12 ? ', …' : '');
  return t('dialogs:delete.alsoDeletes', { count: others.length, listed });
}
