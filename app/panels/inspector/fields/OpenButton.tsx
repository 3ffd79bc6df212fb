import { useEditor, type EditorState } from '../../../store/store.ts';

const selectSelect = (state: EditorState) => state.select;

/** A button that opens (selects) a resource in the inspector; named "Open <id>" unless told otherwise. */
export function OpenButton({ id, label }: { readonly id: string; readonly label?: string }) {
  const select = useEditor(selectSelect);
  return (
    <button type="button" className="open-button" onClick={() => select([id])}>
      {label ?? `Open ${id}`}
    </button>
  );
}
