import { useEffect, type RefObject } from 'react';

/**
 * While a popover is open, a press anywhere outside it and its button closes it (the menus and
 * the lesson list of the top bar).
 */
export function useCloseOnOutside(
  open: boolean,
  inside: readonly RefObject<HTMLElement | null>[],
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPress = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!inside.some((ref) => ref.current?.contains(target))) close();
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
    // The refs are stable and close only sets state: re-subscribing on open is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
