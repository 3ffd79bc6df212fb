import { useEditor, type EditorState } from '../../../store/store.ts';
import { useInspectorLabel, useMessages } from '../../../i18n/use-messages.ts';

const selectSelect = (state: EditorState) => state.select;

/** A button that opens (selects) a resource in the inspector; named "Open <id>" unless told otherwise. */
export function OpenButton({ id, label }: { readonly id: string; readonly label?: string }) {
  const select = useEditor(selectSelect);
  const t = useInspectorLabel();
  const open = useMessages().inspector.open;
  return (
    <button type="button" className="open-button" onClick={() => select([id])}>
      {label ? t(label) : open(id)}
    </button>
  );
}
