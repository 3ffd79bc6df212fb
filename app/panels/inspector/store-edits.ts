import type { EditCommand } from '../../../src/edit/index.ts';
import { isImplicitId } from '../../../src/model/index.ts';
import { documentIndex } from '../../store/document-index.ts';
import { useEditor } from '../../store/store.ts';
import { materialise } from './materialise.ts';

/**
 * The inspector's way into the store. Returns null when the edit applied, else the sentence
 * saying why not (the field shows it).
 */

/** Dispatches several commands as one undo step; if one is refused, none applies and its reason is returned. */
export function dispatchAll(commands: readonly EditCommand[]): string | null {
  if (commands.length === 0) return null;
  const store = useEditor.getState();
  return store.dispatchAll(commands) ? null : (useEditor.getState().notice?.text ?? 'The edit was refused.');
}

/** Updates fields of a resource; an implicit one is made real first (see materialise.ts), in the same step. */
export function updateResource(id: string, patch: Partial<Record<string, unknown>>): string | null {
  if (!isImplicitId(id)) return dispatchAll([{ type: 'update-resource', id, patch }]);
  const { document } = useEditor.getState();
  const made = materialise(document, documentIndex(document), id);
  if (!made) return `"${id}" cannot be edited.`;
  const error = dispatchAll([...made.commands, { type: 'update-resource', id: made.id, patch }]);
  if (error === null) useEditor.getState().select([made.id]);
  return error;
}

/** Renames a resource and every reference to it; the selection follows the new id. */
export function renameResource(from: string, to: string): string | null {
  if (isImplicitId(from)) {
    // Renaming an implicit table or group is how a person names it: make it real under that id.
    const { document } = useEditor.getState();
    const made = materialise(document, documentIndex(document), from, to);
    if (!made) return `"${from}" cannot be renamed.`;
    const error = dispatchAll(made.commands);
    if (error === null) useEditor.getState().select([made.id]);
    return error;
  }
  const error = dispatchAll([{ type: 'rename-resource', from, to }]);
  if (error === null && useEditor.getState().selection.includes(from)) {
    useEditor.getState().select(useEditor.getState().selection.map((id) => (id === from ? to : id)));
  }
  return error;
}
