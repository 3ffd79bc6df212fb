import type { IntentLine } from './intent-lines.ts';
import type { NodeRect } from './use-node-rects.ts';

const centre = (r: NodeRect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where a blocked marker sits on a node: inside its top-right corner (the line ends there too). */
export const markerPoint = (r: NodeRect) => ({ x: r.x + r.width - 14, y: r.y + 14 });

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
  return (
    <svg className="overlay-paths" width="1" height="1" aria-label="Intent paths">
      <defs>
        <marker id="overlay-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="overlay-arrowhead" />
        </marker>
      </defs>
      {lines.map((line, k) => {
        const points = pointsOf(line, rects);
        if (points.length < 2) return null;
        // Intents sharing a segment are drawn side by side rather than on top of each other.
        const shift = ((k % 5) - 2) * 4;
        const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x + shift},${p.y + shift}`).join(' ');
        const label = `Intent ${line.id}: ${line.flow}, ${line.verdict}${line.blockedAt ? ` at ${plain(line.blockedAt)}` : ''}`;
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

function pointsOf(line: IntentLine, rects: ReadonlyMap<string, NodeRect>): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  line.stops.forEach((id, i) => {
    const rect = rects.get(id);
    if (!rect) return;
    const last = i === line.stops.length - 1;
    if (last && line.blockedAt === id) out.push(markerPoint(rect));
    else if (!rect.container) out.push(centre(rect));
  });
  return out;
}

/** A node id as people know it ("internet" rather than the external node's id). */
export const plain = (nodeId: string) => nodeId.replace(/^ext:/, '');
