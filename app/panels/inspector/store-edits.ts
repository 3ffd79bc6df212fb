import type { EditCommand } from '../../../src/edit/index.ts';
import { isImplicitId } from '../../../src/model/index.ts';
import { useEditor } from '../../store/store.ts';
import { currentT } from '../../i18n/use-t.ts';

/**
 * The inspector's way into the store. Returns null when the edit applied, else the sentence
 * saying why not (the field shows it).
 */

/** Dispatches several commands as one undo step; if one is refused, none applies and its reason is returned. */
export function dispatchAll(commands: readonly EditCommand[]): string | null {
  if (commands.length === 0) return null;
  const store = useEditor.getState();
  return store.dispatchAll(commands) ? null : (useEditor.getState().notice?.text ?? currentT()('notices:editRefused'));
}

/** Updates fields of a resource; an implicit one is made real first (src/edit/materialise.ts), in the same step. */
export function updateResource(id: string, patch: Partial<Record<string, unknown>>): string | null {
  if (!isImplicitId(id)) return dispatchAll([{ type: 'update-resource', id, patch }]);
  return dispatchAll([{ type: 'materialise', id, patch }]);
}

/** Renames a resource and every reference to it; the selection follows the new id. */
export function renameResource(from: string, to: string): string | null {
  // Renaming an implicit table or group is how a person names it: make it real under that id.
  if (isImplicitId(from)) return dispatchAll([{ type: 'materialise', id: from, as: to }]);
  const error = dispatchAll([{ type: 'rename-resource', from, to }]);
  if (error === null && useEditor.getState().selection.includes(from)) {
    useEditor.getState().select(useEditor.getState().selection.map((id) => (id === from ? to : id)));
  }
  return error;
}
