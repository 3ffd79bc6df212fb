import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, use, useLayoutEffect, type ReactNode } from 'react';
import { containerScale, tileScale } from './label-scale.ts';
import { COMPACT_MIN_NODES } from './use-compact.tsx';

/** Past this container scale the CIDR and AZ lines are hidden: under 7 px on screen, and their room goes to the name. */
const HIDE_FACTS_ABOVE = 1.5;

const selectContainerScale = (state: ReactFlowState): number => containerScale(state.transform[2]);
// Large designs keep their tiles' size: re-rendering a thousand tiles at each step of a zoom
// would make zooming stutter, and zoomed out they draw as plain boxes anyway (useCompactTiles).
const selectTileScale = (state: ReactFlowState): number =>
  state.nodeLookup.size > COMPACT_MIN_NODES ? 1 : tileScale(state.transform[2]);
const selectDomNode = (state: ReactFlowState) => state.domNode;

const TileScaleContext = createContext(1);

/**
 * Keeps names readable as the canvas zooms out. Container titles (VPC and subnet names) grow
 * through a CSS variable on the canvas, `--label-scale`: no node re-renders. Tile names are
 * shortened in script to fit (fit-text.ts), so tiles read their scale from this context, which
 * changes in steps (see `labelScale`), not on every zoom frame.
 */
export function ZoomLabelsProvider({ children }: { readonly children: ReactNode }) {
  const container = useStore(selectContainerScale);
  const tile = useStore(selectTileScale);
  const domNode = useStore(selectDomNode);
  useLayoutEffect(() => {
    if (!domNode) return;
    domNode.style.setProperty('--label-scale', String(container));
    domNode.toggleAttribute('data-names-only', container > HIDE_FACTS_ABOVE);
  }, [domNode, container]);
  return <TileScaleContext value={tile}>{children}</TileScaleContext>;
}

/** How much a tile's name is enlarged at the current zoom (1 when it is readable as it is). */
export function useTileScale(): number {
  return use(TileScaleContext);
}
