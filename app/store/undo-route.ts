import { useStore } from 'zustand';
import { create } from 'zustand';
import { selectCanRedo, selectCanUndo } from './selectors.ts';
import { history, useEditor } from './store.ts';

/**
 * Where Undo and Redo go. Alone, the design's own history (zundo) answers. In a live session,
 * Undo must take back only this person's edits, which the design's history cannot tell from
 * the others' (it records every document the page showed): the session installs its own
 * history (Yjs's UndoManager) here for as long as it runs.
 */
export interface UndoTarget {
  undo(): void;
  redo(): void;
}

interface RouteState {
  readonly target: UndoTarget | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

const useRoute = create<RouteState>()(() => ({ target: null, canUndo: false, canRedo: false }));

/** Installs (or, with null, removes) the history Undo and Redo use instead of the design's own. */
export function routeUndo(target: UndoTarget | null): void {
  useRoute.setState({ target, canUndo: false, canRedo: false });
}

/** What the installed history can do now; it calls this whenever its stacks change. */
export function reportUndoState(canUndo: boolean, canRedo: boolean): void {
  useRoute.setState({ canUndo, canRedo });
}

export function undo(): void {
  const { target } = useRoute.getState();
  if (target) target.undo();
  else history().undo();
}

export function redo(): void {
  const { target } = useRoute.getState();
  if (target) target.redo();
  else history().redo();
}

/** Whether Undo and Redo have a step to take, from whichever history is in use. */
export function useUndoAvailability(): { readonly canUndo: boolean; readonly canRedo: boolean } {
  const routed = useRoute();
  const ownUndo = useStore(useEditor.temporal, selectCanUndo);
  const ownRedo = useStore(useEditor.temporal, selectCanRedo);
  return routed.target ? { canUndo: routed.canUndo, canRedo: routed.canRedo } : { canUndo: ownUndo, canRedo: ownRedo };
}
