/** A rectangle on the canvas (absolute). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the line from the centre of `from` towards the centre of `to` leaves `from`'s border. */
export function borderPoint(from: Rect, to: Rect): { x: number; y: number } {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const dx = to.x + to.width / 2 - cx;
  const dy = to.y + to.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : from.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : from.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * The two ends of an edge between two boxes. When one box holds the other (a subnet and its
 * VPC's gateway) the line starts at the inner box's border, towards the other's centre.
 */
export function edgeEnds(source: Rect, target: Rect): { sx: number; sy: number; tx: number; ty: number } {
  const s = borderPoint(source, target);
  const t = borderPoint(target, source);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}
