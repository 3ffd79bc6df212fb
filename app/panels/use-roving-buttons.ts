import { useEffect, type RefObject } from 'react';

/** The palette's own buttons: the items and their "Learn more" (not what a tooltip may hold). */
const STOPS = '.palette-button, .palette-entry > .term-info';

/**
 * Makes a panel of many buttons one tab stop (the ARIA toolbar pattern): the button last
 * focused keeps `tabindex="0"`, the others -1; the arrow keys, Home and End move between them.
 * The palette's 20-odd items and their "Learn more" buttons were 40 Tab presses on the way to
 * the canvas and the panels.
 */
export function useRovingButtons(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let current: HTMLElement | null = null;
    const stops = () => [...root.querySelectorAll<HTMLElement>(STOPS)];
    const settle = () => {
      const all = stops();
      const stop = current && all.includes(current) ? current : all[0];
      for (const button of all) {
        const index = button === stop ? 0 : -1;
        if (button.tabIndex !== index) button.tabIndex = index;
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.matches(STOPS)) {
        current = event.target;
        settle();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const all = stops();
      const at = all.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowDown' || event.key === 'ArrowRight'
          ? Math.min(all.length - 1, at + 1)
          : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
            ? Math.max(0, at - 1)
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? all.length - 1
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      all[next]!.focus();
    };
    settle();
    // Items come and go with the language and the annotations' part: keep one stop.
    const observer = new MutationObserver(settle);
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [container]);
}
