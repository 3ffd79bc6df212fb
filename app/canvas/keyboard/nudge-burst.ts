import type { LayoutEntry, VpcLabDocument } from '../../../src/model/index.ts';
import { history, useEditor } from '../../store/store.ts';

/** Nudges further apart than this start a new Undo step. */
export const BURST_GAP_MS = 1200;

let last: { document: VpcLabDocument; ids: string; at: number } | null = null;

/**
 * Writes a nudge so that a burst of them is ONE Undo step: the first is an ordinary edit (its
 * Undo step holds the document from before the burst); the following ones, while the same
 * resources are moved with no other change in between and no long pause, replace the document
 * with the history paused, so Undo goes back to before the whole burst.
 */
export function dispatchNudge(ids: readonly string[], layout: Record<string, LayoutEntry>, now = Date.now()): boolean {
  const state = useEditor.getState();
  const key = [...ids].sort().join('\n');
  const continues =
    last !== null && last.document === state.document && last.ids === key && now - last.at <= BURST_GAP_MS;
  let applied: boolean;
  if (continues) {
    history().pause();
    try {
      applied = state.dispatch({ type: 'move', layout });
    } finally {
      history().resume();
    }
  } else {
    applied = state.dispatch({ type: 'move', layout });
  }
  last = applied ? { document: useEditor.getState().document, ids: key, at: now } : null;
  return applied;
}
