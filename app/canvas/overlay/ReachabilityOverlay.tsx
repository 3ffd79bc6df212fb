import { Panel } from '@xyflow/react';
import { useMemo } from 'react';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { useEditor } from '../../store/store.ts';
import { intentLines } from './intent-lines.ts';
import { IntentPaths } from './IntentPaths.tsx';
import { BlockedMarkers, ExposedMarkers, ReachRings } from './Markers.tsx';
import { nodeIdOf } from './node-ids.ts';
import { useOverlayOptions } from './overlay-options.ts';
import { OverlayLegend } from './OverlayLegend.tsx';
import { OverlayPortal } from './OverlayPortal.tsx';
import './overlay.css';
import { internetExposed, reachOf } from './reach.ts';
import { useFocusRequest } from './use-focus-request.ts';
import { useNodeRects } from './use-node-rects.ts';

/**
 * The live reachability overlay, rendered inside React Flow: intent paths, blocked markers, the
 * selection's reach and internet exposure, all from the worker's report, plus the legend. Until
 * the report for the revision on screen arrives the last one stays up, marked busy, so an edit
 * does not make the overlay blink; `data-revision` says which revision it shows.
 */
export function ReachabilityOverlay() {
  useFocusRequest();
  const report = useCurrentReport();
  const revision = useEditor((state) => state.revision);
  const selection = useEditor((state) => state.selection);
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

  const ids = useMemo(() => {
    const set = new Set<string>();
    for (const line of lines) for (const id of line.stops) set.add(id);
    for (const line of lines) if (line.blockedAt !== undefined) set.add(line.blockedAt);
    for (const id of reach.keys()) set.add(nodeIdOf(id));
    for (const id of exposed.keys()) set.add(id);
    return [...set];
  }, [lines, reach, exposed]);
  const rects = useNodeRects(ids);

  return (
    <>
      <OverlayPortal>
        <div
          className="overlay-layer"
          role="group"
          aria-label="Reachability overlay"
          aria-busy={report === null}
          data-revision={report?.revision ?? revision}
        >
          <IntentPaths lines={lines} rects={rects} />
          {selected !== undefined && (
            <ReachRings selected={selected} reach={reach} port={reachPort} rects={rects} nodeOf={nodeIdOf} />
          )}
          <ExposedMarkers exposed={exposed} rects={rects} />
          <BlockedMarkers lines={lines} rects={rects} />
        </div>
      </OverlayPortal>
      <Panel position="top-right" className="overlay-legend-panel">
        <OverlayLegend />
      </Panel>
    </>
  );
}
