import type { IntentLine } from './intent-lines.ts';
import { linePoints, pathData } from './line-points.ts';
import type { NodeRect } from './use-node-rects.ts';
import { useT } from '../../i18n/use-t.ts';

export { markerPoint } from './line-points.ts';

/**
 * The intents as lines over the canvas: allowed solid with an arrowhead, blocked dashed and
 * ending at the component that blocks it, partial dotted. Lines pass through drawn leaves
 * (resources, gateways, the internet and services); containers only as the blocking end.
 */
export function IntentPaths({
  lines,
  rects,
}: {
  readonly lines: readonly IntentLine[];
  readonly rects: ReadonlyMap<string, NodeRect>;
}) {
  const t = useT();
  return (
    <svg className="overlay-paths" width="1" height="1" aria-label={t('canvas:overlay.intentPaths')}>
      <defs>
        <marker id="overlay-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="overlay-arrowhead" />
        </marker>
      </defs>
      {lines.map((line, k) => {
        const points = linePoints(line, rects);
        if (points.length < 2) return null;
        // Intents sharing a segment are drawn side by side rather than on top of each other.
        const d = pathData(points, ((k % 5) - 2) * 4);
        const label = t('canvas:overlay.intentLine', {
          id: line.id,
          flow: line.flow,
          verdict: t('dock:reachability.verdict', { verdict: line.verdict }),
          at: line.blockedAt ? plain(line.blockedAt) : 'none',
        });
        return (
          <g key={line.id} role="img" aria-label={label} className={`intent-path is-${line.verdict}`}>
            <title>{label}</title>
            <path d={d} className="intent-path-halo" />
            <path
              d={d}
              className="intent-path-line"
              markerEnd={line.verdict === 'allowed' ? 'url(#overlay-arrow)' : undefined}
            />
          </g>
        );
      })}
    </svg>
  );
}

/** A node id as people know it ("internet" rather than the external node's id). */
export const plain = (nodeId: string) => nodeId.replace(/^ext:/, '');
