import { useEffect, type RefObject } from 'react';
import { useWalk, walk } from '../../analysis/walk-store.ts';
import type { WalkCommand } from '../../analysis/walk-stepping.ts';

/** Where a key belongs to the element itself: typing, choosing, menus, dialogs, tabs. */
const OWNS_KEYS =
  'input, textarea, select, dialog, [contenteditable="true"], [role="menu"], [role="tablist"], [role="listbox"], [role="combobox"], [role="slider"]';
/** Elements Space presses (a button or link): Space stays theirs. */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]';

const COMMANDS: Readonly<Record<string, WalkCommand>> = {
  ' ': 'toggle',
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Escape: 'stop',
};

/**
 * The packet walk's keys (Space play/pause, ← previous hop, → next hop, Esc stop) while focus is
 * in the Reachability panel (the tab panel holding `root`) or on the canvas (its pane leaves focus
 * on the body), and not while typing, in a menu, or on a focused canvas node (whose arrows move it). Listening on the document, the
 * walk answers before the editor's own shortcuts on the window, so Esc stops the walk first and
 * clears the selection only once the packet is back at the start.
 */
export function useWalkKeys(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = COMMANDS[event.key];
      if (!command || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.isContentEditable || target.closest(OWNS_KEYS)) return;
      const panel = root.current?.closest('[role="tabpanel"]') ?? root.current;
      const inPanel = panel?.contains(target) ?? false;
      // The canvas's pane takes no focus: after a click on it, focus is on the page's body.
      const onCanvas =
        target === target.ownerDocument.body ||
        (target.closest('.react-flow') !== null && target.closest('.react-flow__node') === null);
      if (!inPanel && !onCanvas) return;
      if (command === 'toggle' && target.closest(PRESSABLE)) return;
      if (command === 'stop' && useWalk.getState().index < 0) return;
      event.preventDefault();
      walk(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root]);
}
