import type { TraceDrawing, TraceLine } from './trace-lines.ts';
import { RETURN_OFFSET } from './trace-lines.ts';
import { centre, markerPoint, offsetPoints, type Point } from './line-points.ts';
import type { NodeRect } from './use-node-rects.ts';

/**
 * Where the packet walk's marker runs: the drawn line of one way of the trace (the return line
 * beside the forward one, as drawn) and how far along it each hop acted. A hop at a subnet (its
 * route table or network ACL) sits where the line crosses the subnet's edge: entering it for the
 * way in, leaving it for the way out. Pure, so it is tested without a canvas.
 */
export interface PacketCourse {
  readonly points: readonly Point[];
  /** Distance from the line's start to each point. */
  readonly lengths: readonly number[];
  /** Distance from the line's start to where the hop acted. */
  readonly at: number;
}

/** The line of the walk's way (`path` of balancer leg `leg`) and the marker's distance at hop `index`. */
export function packetCourse(
  drawing: TraceDrawing,
  rects: ReadonlyMap<string, NodeRect>,
  where: { readonly path: TraceLine['path']; readonly leg?: number | undefined; readonly index: number },
): PacketCourse | undefined {
  const line = drawing.lines.find((l) => l.path === where.path && l.leg === where.leg);
  if (!line) return undefined;
  const drawn: { point: Point; stop: number }[] = [];
  line.stops.forEach((id, stop) => {
    const rect = rects.get(id);
    if (!rect) return;
    const last = stop === line.stops.length - 1;
    if (last && line.blockedAt === id) drawn.push({ point: markerPoint(rect), stop });
    else if (!rect.container) drawn.push({ point: centre(rect), stop });
  });
  if (drawn.length === 0) return undefined;
  const raw = drawn.map((d) => d.point);
  const points = line.path === 'return' ? offsetPoints(raw, RETURN_OFFSET) : raw;
  const lengths = cumulative(points);
  const stop = stopOfHop(line, where.index);
  const total = lengths[lengths.length - 1]!;
  const exact = drawn.findIndex((d) => d.stop === stop);
  if (exact >= 0) return { points, lengths, at: lengths[exact]! };
  // A stop not drawn as a point (a subnet): between the drawn points around it, at its edge.
  const next = drawn.findIndex((d) => d.stop > stop);
  if (next <= 0) return { points, lengths, at: next === 0 ? 0 : total };
  const rect = rects.get(line.stops[stop]!);
  const a = points[next - 1]!;
  const b = points[next]!;
  const t = rect ? edgeCrossing(a, b, rect) : 0.5;
  return { points, lengths, at: lengths[next - 1]! + t * (lengths[next]! - lengths[next - 1]!) };
}

/** The point at distance `at` along the polyline. */
export function pointAt(course: Pick<PacketCourse, 'points' | 'lengths'>, at: number): Point {
  const { points, lengths } = course;
  if (points.length === 1 || at <= 0) return points[0]!;
  for (let i = 1; i < points.length; i++) {
    if (at <= lengths[i]!) {
      const span = lengths[i]! - lengths[i - 1]! || 1;
      const t = (at - lengths[i - 1]!) / span;
      const a = points[i - 1]!;
      const b = points[i]!;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
  }
  return points[points.length - 1]!;
}

function cumulative(points: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    out.push(out[i - 1]! + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return out;
}

/** The index in `line.stops` where hop `index` acted; a hop not drawn stays where the packet last was. */
function stopOfHop(line: TraceLine, index: number): number {
  let at = 0;
  for (let i = 0; i <= index && i < line.hopStops.length; i++) {
    const id = line.hopStops[i];
    if (id === undefined) continue;
    const found = line.stops.indexOf(id, at);
    if (found >= 0) at = found;
  }
  return at;
}

const inside = (p: Point, r: NodeRect) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/**
 * Where segment a→b crosses the box's edge, as a fraction of the segment: entering it when `a`
 * is outside, leaving it when `a` is inside and `b` is not; the middle when it never crosses.
 */
export function edgeCrossing(a: Point, b: Point, r: NodeRect): number {
  const aIn = inside(a, r);
  const bIn = inside(b, r);
  if (aIn && bIn) return 0.5;
  // Liang–Barsky: the part of the segment within the box is t in [enter, leave].
  let enter = 0;
  let leave = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.width - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.height - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return 0.5;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
  }
  if (enter > leave) return 0.5;
  return aIn ? leave : enter;
}
