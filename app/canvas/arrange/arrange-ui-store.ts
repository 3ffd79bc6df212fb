import { create } from 'zustand';
import type { Guide } from '../../../src/layout/arrange.ts';

/**
 * The canvas's passing arrangement state, none of it part of the document or of Undo: whether
 * the "Select area" tool is on, the snap guides of a drag in progress, and the resource being
 * renamed in place.
 */
export interface ArrangeUiState {
  /** "Select area": a plain drag on the canvas draws a selection box instead of panning. */
  readonly selectArea: boolean;
  /** Guide lines the dragged node lines up with, in canvas coordinates (empty when not dragging). */
  readonly guides: readonly Guide[];
  /** The resource whose name is being edited on its node. */
  readonly renaming: string | null;
}

export const useArrangeUi = create<ArrangeUiState>(() => ({ selectArea: false, guides: [], renaming: null }));

/** Opens the in-place name field on a node (double-click, F2, the menu's "Rename"). */
export const startRename = (id: string): void => useArrangeUi.setState({ renaming: id });
