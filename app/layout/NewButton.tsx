import { useT } from '../i18n/use-t.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';
import { emptyDocument } from '../store/empty-document.ts';
import { useEditor } from '../store/store.ts';

/** New: an empty design, as one undoable step (Undo brings the previous one back, so no question asked). */
export function NewButton() {
  const t = useT();
  const readOnly = useReadOnly();
  return (
    <button type="button" disabled={readOnly} onClick={() => useEditor.getState().replaceDocument(emptyDocument())}>
      {t('topBar:new')}
    </button>
  );
}
