import { create } from 'zustand';

/** An open canvas menu: where it shows (page pixels), on which resource (none: the empty canvas), and where focus returns. */
export interface CanvasMenuAt {
  readonly x: number;
  readonly y: number;
  readonly target: string | null;
  readonly returnFocus: HTMLElement | null;
}

export const useCanvasMenu = create<{ readonly menu: CanvasMenuAt | null }>(() => ({ menu: null }));

/** Opens the menu of a resource (right-click, Shift+F10, the ContextMenu key) or of the empty canvas. */
export function openCanvasMenu(at: CanvasMenuAt): void {
  useCanvasMenu.setState({ menu: at });
}

export function closeCanvasMenu(): void {
  useCanvasMenu.setState({ menu: null });
}
