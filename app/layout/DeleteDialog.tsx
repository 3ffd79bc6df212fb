import { selectPendingDelete } from '../store/selectors.ts';
import { useEditor, type PendingDelete } from '../store/store.ts';
import { ModalDialog } from './ModalDialog.tsx';

/** The confirmation for deleting a VPC or subnet, saying how many other resources go with it. */
export function DeleteDialog() {
  const pending = useEditor(selectPendingDelete);
  if (!pending) return null;
  const { confirmDelete, cancelDelete } = useEditor.getState();
  return (
    <ModalDialog role="alertdialog" title={title(pending)} description={describe(pending)} onCancel={cancelDelete}>
      <div className="dialog-buttons">
        {/* Cancel first and focused: Enter on an unexpected dialog must not delete. */}
        <button type="button" autoFocus onClick={cancelDelete}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={confirmDelete}>
          Delete
        </button>
      </div>
    </ModalDialog>
  );
}

function title({ ids }: PendingDelete): string {
  return ids.length === 1 ? `Delete ${ids[0]}?` : `Delete ${ids.length} resources?`;
}

/** "This also deletes 7 other resources: a, b, c, ... Undo brings them back." */
function describe({ ids, impact }: PendingDelete): string {
  const others = impact.filter((id) => !ids.includes(id));
  if (others.length === 0) return 'No other resource goes with it. Undo brings it back.';
  const listed = others.slice(0, 12).join(', ') + (others.length > 12 ? ', …' : '');
  const count = `${others.length} other ${others.length === 1 ? 'resource' : 'resources'}`;
  return `This also deletes ${count}: ${listed}. Undo brings everything back.`;
}
