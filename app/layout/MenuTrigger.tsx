import type { ReactNode, RefObject } from 'react';

/**
 * The button that opens a top-bar menu (WAI-ARIA menu button): it says it has a menu, whether
 * it is open and which element it is; a click toggles it and ArrowDown opens it.
 */
export function MenuTrigger({
  buttonRef,
  open,
  setOpen,
  menuId,
  disabled = false,
  children,
}: {
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  readonly open: boolean;
  readonly setOpen: (next: boolean | ((was: boolean) => boolean)) => void;
  readonly menuId: string;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-haspopup="menu"
      disabled={disabled}
      aria-expanded={open}
      aria-controls={open ? menuId : undefined}
      onClick={() => setOpen((was) => !was)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          setOpen(true);
        }
      }}
    >
      {children}
    </button>
  );
}
