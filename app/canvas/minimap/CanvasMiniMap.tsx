import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap } from '@xyflow/system';
import { useEffect, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { DiagramEdge, DiagramNode } from '../diagram-types.ts';
import { useTheme } from '../../theme/theme-store.ts';
import { nodeFacts } from '../nodes/facts-store.ts';
import { MINIMAP_SIZE, paintMiniMap } from './paint-minimap.ts';
import { useT } from '../../i18n/use-t.ts';

/** Idle callbacks where the browser has them (Safari does not): else a short timer. */
const requestIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 250 }) : window.setTimeout(run, 50);
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

const selectInteraction = (state: ReactFlowState) => ({
  panZoom: state.panZoom,
  width: state.width,
  height: state.height,
  translateExtent: state.translateExtent,
});

/**
 * The mini map, painted on one `<canvas>`. React Flow's own `<MiniMap>` draws an SVG rectangle
 * per node, each subscribed to the flow's store: at 1,000 resources that is a thousand
 * selectors run on every store update (every edit, every drag step) and a thousand more
 * elements to style and paint. Here one store listener schedules a repaint (with the next frame
 * for a pan or zoom, in idle time after an edit), and React never re-renders for it. Dragging
 * and wheeling on the map pan and zoom the canvas through React Flow's own mini-map interaction
 * (`XYMinimap`).
 */
export function CanvasMiniMap() {
  const t = useT();
  const store = useStoreApi<DiagramNode, DiagramEdge>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewScale = useRef(1);
  const { panZoom, width, height, translateExtent } = useStore(selectInteraction, shallow);
  const theme = useTheme();

  useEffect(() => {
    let frame = 0;
    let idle = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      cancelIdle(idle);
      frame = idle = 0;
      if (!canvas.current) return;
      viewScale.current = paintMiniMap(
        canvas.current,
        store.getState(),
        window.devicePixelRatio || 1,
        (id) => nodeFacts.get(id),
        theme,
      ).viewScale;
    };
    // Panning and zooming repaint with the next frame, so the view box follows the hand. A change
    // of nodes (an edit) waits for a quiet moment, out of the frame that redraws the canvas.
    const onNextFrame = () => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    const whenIdle = () => {
      if (idle === 0 && frame === 0) idle = requestIdle(paint);
    };
    onNextFrame();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height)
        onNextFrame();
      else if (state.nodes !== previous.nodes || state.nodeLookup !== previous.nodeLookup) whenIdle();
    });
    // A subnet turning public or private changes its colour without touching React Flow's store.
    const unsubscribeFacts = nodeFacts.subscribeAll(whenIdle);
    return () => {
      unsubscribe();
      unsubscribeFacts();
      cancelAnimationFrame(frame);
      cancelIdle(idle);
    };
  }, [store, theme]);

  useEffect(() => {
    if (!canvas.current || !panZoom) return;
    const map = XYMinimap({
      domNode: canvas.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScale.current,
    });
    map.update({ translateExtent, width, height, pannable: true, zoomable: true });
    return () => map.destroy();
  }, [store, panZoom, width, height, translateExtent]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('canvas:miniMap')}
        style={{ width: MINIMAP_SIZE.width, height: MINIMAP_SIZE.height, display: 'block' }}
      />
    </Panel>
  );
}
