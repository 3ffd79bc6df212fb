import { Panel } from '@xyflow/react';
import { useDeferredValue, useMemo } from 'react';
import { useAnalysis } from '../../analysis/analysis-store.ts';
import { useTrace } from '../../analysis/trace-store.ts';
import { useEditor } from '../../store/store.ts';
import { intentLines } from './intent-lines.ts';
import { IntentPaths } from './IntentPaths.tsx';
import { BlockedMarkers, ExposedMarkers, ReachRings } from './Markers.tsx';
import { nodeIdOf } from './node-ids.ts';
import { useOverlayOptions } from './overlay-options.ts';
import { OverlayLegend } from './OverlayLegend.tsx';
import { OverlayPortal } from './OverlayPortal.tsx';
import { PacketMarker } from './PacketMarker.tsx';
import './overlay.css';
import { internetExposed, reachOf } from './reach.ts';
import { useFocusRequest } from './use-focus-request.ts';
import { traceDrawing } from './trace-lines.ts';
import { TracePath } from './TracePath.tsx';
import { useNodeRects } from './use-node-rects.ts';
import { useT } from '../../i18n/use-t.ts';

/**
 * The live reachability overlay, rendered inside React Flow: intent paths, blocked markers, the
 * selection's reach and internet exposure, all from the worker's report, the flow traced last in
 * the Reachability tab, plus the legend.
 *
 * Nothing of another revision is ever shown: until the report for the revision on screen
 * arrives, the layer is marked busy, fully transparent and hidden from assistive technology.
 * Its elements stay mounted meanwhile, so that the new report only changes what differs: a
 * selection in a large design can reach hundreds of peers, and removing and re-adding their
 * outlines on every edit cost two long frames. `data-revision` names the report drawn.
 */
export function ReachabilityOverlay() {
  const t = useT();
  useFocusRequest();
  const report = useAnalysis((state) => state.report);
  const revision = useEditor((state) => state.revision);
  const current = report !== null && report.revision === revision;
  // Deferred: a click selects at once (the node's ring, the inspector), and the selection's
  // reach, hundreds of outlines on a large design, follows in an interruptible render.
  const selection = useDeferredValue(useEditor((state) => state.selection));
  const { showIntents, showExposed, reachPort } = useOverlayOptions();

  const lines = useMemo(() => (report && showIntents ? intentLines(report.intents) : []), [report, showIntents]);
  const matrices = useMemo(() => (report ? [report.matrix, report.matrix6] : []), [report]);
  const selected = selection.length === 1 ? selection[0] : undefined;
  const reach = useMemo(
    () => (selected === undefined ? new Map() : reachOf(matrices, selected, reachPort)),
    [matrices, selected, reachPort],
  );
  const exposed = useMemo(
    () => (showExposed ? internetExposed(matrices) : new Map<string, string>()),
    [matrices, showExposed],
  );

  const traced = useTrace((state) => state.traced);
  const hop = useTrace((state) => state.hop);
  const drawing = useMemo(() => (traced ? traceDrawing(traced) : null), [traced]);

  const ids = useMemo(() => {
    const set = new Set<string>();
    for (const line of drawing?.lines ?? []) for (const id of [...line.stops, ...line.hopStops]) if (id) set.add(id);
    for (const line of lines) for (const id of line.stops) set.add(id);
    for (const line of lines) if (line.blockedAt !== undefined) set.add(line.blockedAt);
    for (const id of reach.keys()) set.add(nodeIdOf(id));
    for (const id of exposed.keys()) set.add(id);
    return [...set];
  }, [lines, reach, exposed, drawing]);
  const rects = useNodeRects(ids);

  return (
    <>
      <OverlayPortal>
        <div
          className="overlay-layer"
          role="group"
          aria-label={t('canvas:overlay.name')}
          aria-busy={!current}
          data-revision={report?.revision ?? revision}
        >
          <div className="overlay-content" aria-hidden={current ? undefined : true}>
            <IntentPaths lines={lines} rects={rects} />
            {selected !== undefined && (
              <ReachRings selected={selected} reach={reach} port={reachPort} rects={rects} nodeOf={nodeIdOf} />
            )}
            <ExposedMarkers exposed={exposed} rects={rects} />
            <BlockedMarkers lines={lines} rects={rects} />
            {drawing && <TracePath drawing={drawing} hop={hop} rects={rects} />}
            {drawing && <PacketMarker drawing={drawing} rects={rects} />}
          </div>
        </div>
      </OverlayPortal>
      <Panel position="top-right" className="overlay-legend-panel">
        <OverlayLegend />
      </Panel>
    </>
  );
}
