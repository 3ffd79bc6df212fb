import type { EditorState } from './store.ts';

/**
 * Selectors shared by components, at module level so zustand sees the same function on every
 * render and re-renders only when the selected value changes.
 */
export const selectDocument = (state: EditorState) => state.document;
export const selectDocumentName = (state: EditorState) => state.document.name;
export const selectSelection = (state: EditorState) => state.selection;
export const selectNotice = (state: EditorState) => state.notice;
export const selectPendingDelete = (state: EditorState) => state.pendingDelete;

/** zundo's history state, as far as the undo and redo buttons need it. */
interface HistoryCounts {
  readonly pastStates: readonly unknown[];
  readonly futureStates: readonly unknown[];
}
export const selectCanUndo = (state: HistoryCounts) => state.pastStates.length > 0;
export const selectCanRedo = (state: HistoryCounts) => state.futureStates.length > 0;
