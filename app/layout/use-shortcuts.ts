import { useEffect } from 'react';
import { requestFit } from '../canvas/fit-request.ts';
import { useEditor } from '../store/store.ts';
import { redo, undo } from '../store/undo-route.ts';
import { isReadOnly } from '../collab/ui/use-read-only.ts';
import { findInterface, type VpcLabDocument } from '../../src/model/index.ts';

/** Where keys belong to the element itself: text fields, selects, editable content, open menus and dialogs. */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, dialog, [role="menu"]')) return true;
  return false;
}

/**
 * The editor's keyboard shortcuts (ui.md): Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo,
 * Delete/Backspace delete the selection (asking first for containers), Ctrl/Cmd+D duplicate,
 * Escape clear the selection, Shift+1 fit the view. Ignored while typing and inside dialogs and menus;
 * on a view-only page only the shortcuts that change nothing work.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target)) return;
      const state = useEditor.getState();
      if (state.pendingDelete) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const edits =
        (mod && (key === 'z' || key === 'y' || key === 'd')) ||
        (!mod && (event.key === 'Delete' || event.key === 'Backspace'));
      if (edits && isReadOnly()) return;
      if (mod && key === 'z') {
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y') {
        redo();
      } else if (mod && key === 'd') {
        // A network interface node (`web-1/eni-1`) is part of its instance: nothing to duplicate on its own.
        const ids = state.selection.filter((id) => !isInterfaceNode(state.document, id));
        if (ids.length === 0) return;
        state.dispatch({ type: 'duplicate', ids });
      } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
        if (state.selection.length === 0) return;
        state.requestDelete(state.selection);
      } else if (!mod && event.shiftKey && event.code === 'Digit1') {
        // By key position: Shift+1 types "!" on US keyboards and other characters elsewhere.
        requestFit();
      } else if (event.key === 'Escape') {
        if (state.selection.length === 0) return;
        state.clearSelection();
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** True for a selected secondary network interface (its endpoint, `web-1/eni-1`), not a resource. */
function isInterfaceNode(document: VpcLabDocument, id: string): boolean {
  if (!id.includes('/') || document.resources.some((r) => r.id === id)) return false;
  return findInterface(id, new Map(document.resources.map((r) => [r.id, r]))) !== undefined;
}
