import type { ReactFlowInstance } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from './diagram-types.ts';
import { uncoveredInsets, type Box } from './fit-frame.ts';

/** What floats over the canvas and so is kept clear of a fitted design. */
const COVERING = '[data-covers-canvas], .react-flow__controls, .react-flow__minimap';

/** The margin around a fitted design, inside the uncovered part of the canvas. */
const MARGIN_PX = 24;

/**
 * Frames the whole design inside the part of the canvas that nothing covers (the legend,
 * the mini map, the zoom controls), with a margin: Fit view, Shift+1 and every load.
 */
export function fitDesign(flow: ReactFlowInstance<DiagramNode, DiagramEdge>, canvas: HTMLElement | null): void {
  const nodes = flow.getNodes();
  if (!canvas || nodes.length === 0) return;
  const view = canvas.getBoundingClientRect();
  const covering: Box[] = [...canvas.querySelectorAll(COVERING)].map((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left - view.left, y: box.top - view.top, width: box.width, height: box.height };
  });
  const insets = uncoveredInsets(view, covering, flow.getNodesBounds(nodes));
  void flow.fitView({
    maxZoom: 1,
    minZoom: 0.1,
    padding: {
      top: `${insets.top + MARGIN_PX}px`,
      right: `${insets.right + MARGIN_PX}px`,
      bottom: `${insets.bottom + MARGIN_PX}px`,
      left: `${insets.left + MARGIN_PX}px`,
    },
  });
}
