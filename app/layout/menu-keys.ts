import type { KeyboardEvent } from 'react';

/**
 * Keyboard of a menu (WAI-ARIA menu pattern): arrows, Home and End move between its items,
 * Escape and Tab close it.
 */
export function onMenuKey(event: KeyboardEvent<HTMLElement>, close: () => void): void {
  const items = [
    ...event.currentTarget.querySelectorAll<HTMLElement>(
      '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]',
    ),
  ];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
  if (event.key === 'ArrowDown') focus(at + 1);
  else if (event.key === 'ArrowUp') focus(at - 1);
  else if (event.key === 'Home') focus(0);
  else if (event.key === 'End') focus(items.length - 1);
  else if (event.key === 'Escape' || event.key === 'Tab') close();
  else return;
  event.preventDefault();
}
