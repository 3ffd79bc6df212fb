import { useState } from 'react';
import { selectDocumentName } from '../store/selectors.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';

/** The document's name, edited in place; applied on Enter or when the field loses focus. */
export function DocumentName() {
  const name = useEditor(selectDocumentName);
  // Keyed by the name, so a New, an import or an undo shows the new name instead of a stale draft.
  return <NameField key={name} name={name} />;
}

function NameField({ name }: { readonly name: string }) {
  const t = useT();
  const [draft, setDraft] = useState(name);
  const readOnly = useReadOnly();
  const commit = () => {
    const next = draft.trim();
    if (next === name) return;
    useEditor.getState().dispatch({ type: 'set-name', name: next });
  };
  return (
    <input
      className="document-name-field"
      aria-label={t('topBar:documentName')}
      value={draft}
      readOnly={readOnly}
      placeholder={t('topBar:documentNamePlaceholder')}
      size={Math.max(12, Math.min(draft.length + 1, 40))}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(name);
          event.currentTarget.blur();
        }
      }}
    />
  );
}
