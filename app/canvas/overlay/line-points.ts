import type { NodeRect } from './use-node-rects.ts';

/** A point in flow coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A line through drawn nodes, as intents and traces are drawn. */
export interface StopLine {
  /** Node ids in order; the line passes the leaves' centres. */
  readonly stops: readonly string[];
  /** The node where the line is blocked: it ends at that node's marker point. */
  readonly blockedAt?: string;
}

export const centre = (r: NodeRect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where a blocked marker sits on a node: inside its top-right corner (the line ends there too). */
export const markerPoint = (r: NodeRect): Point => ({ x: r.x + r.width - 14, y: r.y + 14 });

/**
 * The points a line passes, in flow coordinates: the centres of the drawn leaves (resources,
 * gateways, the internet and services) it stops at; a container (VPC or subnet) only as the
 * blocking end, at its marker point. Nodes not drawn are skipped. Plain data, so that an export
 * draws the same lines as the canvas.
 */
export function linePoints(line: StopLine, rects: ReadonlyMap<string, NodeRect>): Point[] {
  const out: Point[] = [];
  line.stops.forEach((id, i) => {
    const rect = rects.get(id);
    if (!rect) return;
    const last = i === line.stops.length - 1;
    if (last && line.blockedAt === id) out.push(markerPoint(rect));
    else if (!rect.container) out.push(centre(rect));
  });
  return out;
}

/** SVG path data through the points, each moved by `shift` along both axes (side-by-side lines). */
export const pathData = (points: readonly Point[], shift = 0): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x + shift},${p.y + shift}`).join(' ');

/**
 * The polyline moved sideways by `distance`, to the right of its direction of travel (y grows
 * downwards), keeping that distance from every segment at the corners (up to a sharp turn). A
 * way back offset like this runs beside the way there, like the other lane of a road, whatever
 * the angle of each segment.
 */
export function offsetPoints(points: readonly Point[], distance: number): Point[] {
  if (points.length < 2 || distance === 0) return [...points];
  const normals = points.slice(1).map((b, i) => {
    const a = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  });
  return points.map((p, i) => {
    const before = normals[i - 1];
    const after = normals[i];
    let nx = (before?.x ?? 0) + (after?.x ?? 0);
    let ny = (before?.y ?? 0) + (after?.y ?? 0);
    const length = Math.hypot(nx, ny);
    if (length < 1e-9) {
      // A U-turn: the two normals cancel; step aside along the way in.
      const fallback = before ?? after!;
      return { x: p.x + fallback.x * distance, y: p.y + fallback.y * distance };
    }
    nx /= length;
    ny /= length;
    const cos = after ? nx * after.x + ny * after.y : 1;
    const scale = distance / Math.max(cos, 0.5);
    return { x: p.x + nx * scale, y: p.y + ny * scale };
  });
}
