import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** What the canvas shows over the design: view options only, never undone, never in the document. */
export interface OverlayOptions {
  readonly showIntents: boolean;
  readonly showExposed: boolean;
  /** The TCP/UDP port the selection's reach is shown for; null means any protocol and port. */
  readonly reachPort: number | null;
  /**
   * The legend is a small "Legend" button until opened, so that nothing floats over the design
   * unasked (ui.md); the choice is remembered in this browser.
   */
  readonly legendOpen: boolean;
  /** The mini map can be hidden to free its corner; remembered in this browser. */
  readonly miniMapShown: boolean;
}

export const useOverlayOptions = create<OverlayOptions>()(
  persist(
    (): OverlayOptions => ({
      showIntents: true,
      showExposed: false,
      reachPort: null,
      legendOpen: false,
      miniMapShown: true,
    }),
    {
      name: 'vpclab:view',
      storage: createJSONStorage(() => localStorage),
      // Only the furniture's state is remembered; what the overlay shows starts afresh.
      partialize: (state) => ({ legendOpen: state.legendOpen, miniMapShown: state.miniMapShown }),
    },
  ),
);
