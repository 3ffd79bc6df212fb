import { temporal } from 'zundo';
import { create } from 'zustand';
import { applyEdit, type EditCommand } from '../../src/edit/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { emptyDocument } from './empty-document.ts';

/** A message for the person: why an edit was refused, that a worker restarted, that work was restored. */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

export interface EditorState {
  /** The design: the single source of truth. Undo and redo snapshot only this. */
  readonly document: VpcLabDocument;
  /** Increases with every change of `document` (undo and redo included); analysis results carry it. */
  readonly revision: number;
  readonly selection: readonly string[];
  readonly notice: Notice | null;
  /** Applies an edit; a refused edit leaves the document as it was and shows why. Returns whether it applied. */
  dispatch(command: EditCommand): boolean;
  /** New, Import, an example or a share link: the whole document at once, as one undoable step. */
  replaceDocument(document: VpcLabDocument): void;
  select(ids: readonly string[], mode?: 'replace' | 'add'): void;
  clearSelection(): void;
  notify(notice: Notice | null): void;
}

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      document: emptyDocument(),
      revision: 0,
      selection: [],
      notice: null,
      dispatch(command) {
        const result = applyEdit(get().document, command);
        if (!result.ok) {
          set({ notice: { kind: 'error', text: result.message } });
          return false;
        }
        set((state) => ({
          document: result.document,
          revision: state.revision + 1,
          ...(result.selected ? { selection: result.selected } : {}),
        }));
        return true;
      },
      replaceDocument(document) {
        set((state) => ({ document, revision: state.revision + 1, selection: [] }));
      },
      select(ids, mode = 'replace') {
        set((state) => ({ selection: mode === 'add' ? [...new Set([...state.selection, ...ids])] : [...ids] }));
      },
      clearSelection() {
        set({ selection: [] });
      },
      notify(notice) {
        set({ notice });
      },
    }),
    {
      // Only the document is history: selection, notices and analysis are never undone.
      partialize: (state) => ({ document: state.document }),
      equality: (past, current) => past.document === current.document,
      limit: 200,
    },
  ),
);

// Undo and redo restore a document without going through dispatch: keep the revision moving.
useEditor.subscribe((state, previous) => {
  if (state.document !== previous.document && state.revision === previous.revision) {
    useEditor.setState({ revision: previous.revision + 1 });
  }
});

/** Undo history controls (zundo): `undo()`, `redo()`, `pause()` during a drag, `resume()` after. */
export const history = () => useEditor.temporal.getState();
