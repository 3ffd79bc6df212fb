import type { Reach } from './reach.ts';
import type { NodeRect } from './use-node-rects.ts';

export type ReachKind = 'from' | 'to' | 'both';

/** How a peer relates to the selection: it can be reached from it, it can reach it, or both. */
export const reachKind = ({ from, to }: Reach): ReachKind => (from && to ? 'both' : from ? 'from' : 'to');

/** A rounded rectangle as an SVG subpath, `pad` outside the box. */
export function outlinePath(rect: NodeRect, pad: number, radius = 10): string {
  const x = rect.x - pad;
  const y = rect.y - pad;
  const w = rect.width + 2 * pad;
  const h = rect.height + 2 * pad;
  const r = Math.min(radius, w / 2, h / 2);
  return (
    `M${x + r},${y}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}` +
    `h${-(w - 2 * r)}a${r},${r} 0 0 1 ${-r},${-r}v${-(h - 2 * r)}a${r},${r} 0 0 1 ${r},${-r}z`
  );
}

/**
 * The outlines of every peer of the selection, one SVG path per kind: the same outlines as the
 * per-peer rings (solid, dashed, double), drawn as three elements however many peers there are.
 * Containers are left out, as the rings leave them out. Also counts the peers of each kind.
 */
export function reachOutlines(
  reach: ReadonlyMap<string, Reach>,
  rects: ReadonlyMap<string, NodeRect>,
  nodeOf: (id: string) => string,
): { paths: Record<ReachKind, string>; counts: Record<ReachKind, number> } {
  const parts: Record<ReachKind, string[]> = { from: [], to: [], both: [] };
  const counts: Record<ReachKind, number> = { from: 0, to: 0, both: 0 };
  for (const [id, peer] of reach) {
    const rect = rects.get(nodeOf(id));
    if (!rect || rect.container) continue;
    const kind = reachKind(peer);
    counts[kind]++;
    parts[kind].push(outlinePath(rect, 5));
    // Both ways is a double outline: a second, inner one.
    if (kind === 'both') parts[kind].push(outlinePath(rect, 1, 7));
  }
  return { paths: { from: parts.from.join(''), to: parts.to.join(''), both: parts.both.join('') }, counts };
}
