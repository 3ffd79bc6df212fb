import { create } from 'zustand';

/** What the overlay shows: view options only, never undone, never saved. */
export interface OverlayOptions {
  readonly showIntents: boolean;
  readonly showExposed: boolean;
  /** The TCP/UDP port the selection's reach is shown for; null means any protocol and port. */
  readonly reachPort: number | null;
  /** The legend's list can be folded away to free the canvas; the switches stay. */
  readonly legendOpen: boolean;
}

export const useOverlayOptions = create<OverlayOptions>()(() => ({
  showIntents: true,
  showExposed: false,
  reachPort: null,
  legendOpen: true,
}));
