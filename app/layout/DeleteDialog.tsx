import { selectPendingDelete } from '../store/selectors.ts';
import { useEditor, type PendingDelete } from '../store/store.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import type { Messages } from '../i18n/messages.ts';

/** The confirmation for deleting a VPC or subnet, saying how many other resources go with it. */
export function DeleteDialog() {
  const pending = useEditor(selectPendingDelete);
  const m = useMessages().deleteDialog;
  if (!pending) return null;
  const { confirmDelete, cancelDelete } = useEditor.getState();
  return (
    <ModalDialog
      role="alertdialog"
      title={title(pending, m)}
      description={describe(pending, m)}
      onCancel={cancelDelete}
    >
      <div className="dialog-buttons">
        {/* Cancel first and focused: Enter on an unexpected dialog must not delete. */}
        <button type="button" autoFocus onClick={cancelDelete}>
          {m.cancel}
        </button>
        <button type="button" className="danger" onClick={confirmDelete}>
          {m.delete}
        </button>
      </div>
    </ModalDialog>
  );
}

function title({ ids }: PendingDelete, m: Messages['deleteDialog']): string {
  return ids.length === 1 ? m.titleOne(ids[0]!) : m.titleMany(ids.length);
}

/** "This also deletes 7 other resources: a, b, c, ... Undo brings them back." */
function describe({ ids, impact }: PendingDelete, m: Messages['deleteDialog']): string {
  const others = impact.filter((id) => !ids.includes(id));
  if (others.length === 0) return m.nothingElse;
  const listed = others.slice(0, 12).join(', ') + (others.length > 12 ? ', …' : '');
  return m.alsoDeletes(others.length, listed);
}
