import { useEffect, type RefObject } from 'react';

/** Where a typed `/` is text: text fields, selects and editable content. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/**
 * Ctrl/Cmd+K anywhere, or `/` outside text fields, puts the focus in "Find resource" (ui.md
 * "Keyboard"). Inside a dialog the keys stay the dialog's.
 */
export function useFindShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('dialog, [role="dialog"], [role="menu"]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const wanted =
        (mod && !event.shiftKey && event.key.toLowerCase() === 'k') ||
        (!mod && event.key === '/' && !typesText(target));
      if (!wanted || !input.current) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input]);
}
