import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this zoom a tile's 12 px label would be under 5.5 px on screen: unreadable. */
export const COMPACT_ZOOM = 0.45;

const selectCompact = (state: ReactFlowState): boolean => state.transform[2] < COMPACT_ZOOM;

/**
 * True while the canvas is zoomed out too far to read tiles: tiles then draw as plain coloured
 * boxes (their names stay in their tooltips and accessible names). A large design seen whole
 * has a thousand tiles, and their icons and labels were most of the page's style, layout and
 * paint work on every edit. The selector answers a boolean, so zooming re-renders tiles only
 * when the threshold is crossed.
 */
export function useCompact(): boolean {
  return useStore(selectCompact);
}
