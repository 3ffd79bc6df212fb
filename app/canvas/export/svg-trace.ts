import type { Box } from '../diagram-types.ts';
import { linePoints, markerPoint, offsetPoints, pathData, type Point } from '../overlay/line-points.ts';
import { RETURN_OFFSET, TRACE_STYLE, type TraceDrawing } from '../overlay/trace-lines.ts';
import type { OverlayRect } from './svg-overlay.ts';
import { COLOUR } from './svg-theme.ts';
import { escapeXml, textWidth } from './svg-text.ts';

const n = (value: number) => String(Math.round(value * 100) / 100);
const rounded = (points: readonly Point[]) => points.map((p) => ({ x: Number(n(p.x)), y: Number(n(p.y)) }));

/**
 * The trace shown on the canvas, in the picture as on the canvas (TracePath): its way there
 * solid and its way back dashed beside it, each over a white halo with an arrowhead, a chip
 * naming the flow and verdict (`chip`, in the page's language) above where it starts, and a ✕
 * with the codes written beside it where it is blocked. Strokes and fills are attributes.
 */
export function traceSvg(drawing: TraceDrawing, rects: ReadonlyMap<string, OverlayRect>, chip: string): string {
  let out =
    '<defs>' +
    (['forward', 'return'] as const)
      .map(
        (path) =>
          `<marker id="trace-arrow-${path}" viewBox="0 0 10 10" refX="7" refY="5" markerWidth="4" markerHeight="4"` +
          ` orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${TRACE_STYLE[path].stroke}"/></marker>`,
      )
      .join('') +
    '</defs>';
  for (const line of drawing.lines) {
    const points = linePoints(line, rects);
    if (points.length < 2) continue;
    const style = TRACE_STYLE[line.path];
    const d = pathData(rounded(line.path === 'return' ? offsetPoints(points, RETURN_OFFSET) : points));
    const ends = line.blockedAt !== undefined && line.blockedAt === line.stops.at(-1);
    out +=
      `<g data-trace="${line.path}">` +
      `<path d="${d}" fill="none" stroke="${TRACE_STYLE.halo.stroke}" stroke-opacity="0.85"` +
      ` stroke-width="${style.width + 5}" stroke-linejoin="round" stroke-linecap="round"/>` +
      `<path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"` +
      `${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linejoin="round" stroke-linecap="round"` +
      `${ends ? '' : ` marker-end="url(#trace-arrow-${line.path})"`}/></g>`;
  }
  for (const block of drawing.blocks) {
    const rect = rects.get(block.node);
    if (!rect) continue;
    const { x, y } = markerPoint(rect);
    const codes = block.codes.join(', ');
    out +=
      `<g data-trace-blocked-at="${escapeXml(block.node)}">` +
      `<circle cx="${n(x)}" cy="${n(y)}" r="13" fill="#ffffff" stroke="${COLOUR.blocked}" stroke-width="2.5"/>` +
      `<path d="M${n(x - 5)},${n(y - 5)} L${n(x + 5)},${n(y + 5)} M${n(x + 5)},${n(y - 5)} L${n(x - 5)},${n(y + 5)}"` +
      ` fill="none" stroke="${COLOUR.blocked}" stroke-width="2.5" stroke-linecap="round"/>` +
      (codes
        ? `<rect x="${n(x + 16)}" y="${n(y - 9)}" width="${n(textWidth(codes, 11, true) + 10)}" height="18" rx="4"` +
          ` fill="#ffffff" stroke="${COLOUR.blocked}" stroke-width="1.5"/>` +
          `<text x="${n(x + 21)}" y="${n(y + 4)}" font-size="11" font-weight="600" fill="${COLOUR.blocked}">` +
          `${escapeXml(codes)}</text>`
        : '') +
      '</g>';
  }
  const start = chipBox(drawing, rects, chip);
  if (start) {
    const colour = drawing.verdict === 'blocked' ? COLOUR.blocked : TRACE_STYLE.forward.stroke;
    out +=
      `<g data-trace-chip=""><rect x="${n(start.x)}" y="${n(start.y)}" width="${n(start.width)}" height="${n(start.height)}"` +
      ` rx="10" fill="#ffffff" stroke="${colour}" stroke-width="2"/>` +
      `<text x="${n(start.x + 8)}" y="${n(start.y + 15)}" font-size="12" font-weight="600" fill="${colour}">` +
      `${escapeXml(chip)}</text></g>`;
  }
  return out;
}

/** Where the trace's chip and ✕ labels reach, for the picture's bounds. */
export function traceExtent(drawing: TraceDrawing, rects: ReadonlyMap<string, OverlayRect>, chip: string): Box[] {
  const out: Box[] = [];
  const start = chipBox(drawing, rects, chip);
  if (start) out.push(start);
  for (const block of drawing.blocks) {
    const rect = rects.get(block.node);
    if (!rect) continue;
    const { x, y } = markerPoint(rect);
    out.push({ x: x - 14, y: y - 14, width: 30 + textWidth(block.codes.join(', '), 11, true) + 12, height: 28 });
  }
  return out;
}

function chipBox(drawing: TraceDrawing, rects: ReadonlyMap<string, OverlayRect>, chip: string): Box | undefined {
  const rect = rects.get(drawing.lines[0]?.stops[0] ?? '');
  if (!rect) return undefined;
  return { x: rect.x, y: rect.y - 26, width: textWidth(chip, 12, true) + 16, height: 22 };
}
