import { useEditor, type EditorState } from '../../../store/store.ts';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

const selectSelect = (state: EditorState) => state.select;

/** A button that opens (selects) a resource in the inspector; named "Open <id>" unless told otherwise. */
export function OpenButton({ id, label }: { readonly id: string; readonly label?: string }) {
  const select = useEditor(selectSelect);
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  return (
    <button type="button" className="open-button" onClick={() => select([id])}>
      {label ? word(label) : t('inspector:open', { id })}
    </button>
  );
}
