import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, use, type ReactNode } from 'react';

/** Below this zoom a tile's 12 px label would be under 5.5 px on screen: unreadable. */
export const COMPACT_ZOOM = 0.45;

/** Designs up to this many nodes keep their tiles whole when zoomed out: their names grow instead (see `ZoomLabelsProvider`). */
export const COMPACT_MIN_NODES = 300;

const selectCompact = (state: ReactFlowState): boolean => state.transform[2] < COMPACT_ZOOM;
const selectCompactTiles = (state: ReactFlowState): boolean =>
  state.transform[2] < COMPACT_ZOOM && state.nodeLookup.size > COMPACT_MIN_NODES;

const CompactContext = createContext(false);
const CompactTilesContext = createContext(false);

/**
 * Answers `useCompact` and `useCompactTiles` for every tile from one subscription each to React
 * Flow's store. A selector per tile would be a thousand more selectors run on every store update
 * of a large design; the contexts change only when the zoom crosses the threshold.
 */
export function CompactProvider({ children }: { readonly children: ReactNode }) {
  const compact = useStore(selectCompact);
  const compactTiles = useStore(selectCompactTiles);
  return (
    <CompactContext value={compact}>
      <CompactTilesContext value={compactTiles}>{children}</CompactTilesContext>
    </CompactContext>
  );
}

/**
 * True while the canvas is zoomed out too far to read tiles at their own size (the reach
 * outlines then draw as one summary).
 */
export function useCompact(): boolean {
  return use(CompactContext);
}

/**
 * True while a large design is zoomed out too far to read its tiles: tiles then draw as plain
 * coloured boxes (their names stay in their tooltips and accessible names). A large design seen
 * whole has a thousand tiles, and their icons and labels were most of the page's style, layout
 * and paint work on every edit. A small design keeps its tiles, with names grown to be read.
 */
export function useCompactTiles(): boolean {
  return use(CompactTilesContext);
}
