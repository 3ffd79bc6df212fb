import type { Box, DiagramEdge } from '../diagram-types.ts';
import { edgeEnds } from '../edge-geometry.ts';
import { COLOUR, EDGE_STYLE, strokeAttributes } from './svg-theme.ts';
import { escapeXml, fitLabel, textWidth } from './svg-text.ts';

const n = (value: number) => String(Math.round(value * 100) / 100);

/** Arrowheads the export draws: where a route sends traffic, and an allowed intent's end. */
export const MARKERS =
  `<marker id="arrow-route" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">` +
  `<path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE.route.stroke}"/></marker>` +
  `<marker id="arrow-allowed" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">` +
  `<path d="M0,0 L10,5 L0,10 z" fill="${COLOUR.allowed}"/></marker>`;

/** The longest edge label drawn in full; the rest is in the edge's title. */
const LABEL_WIDTH = 160;

/**
 * One edge as a group: a straight `<path>` from border to border (as FloatingEdge draws it)
 * with its stroke, dash and `fill="none"` written out, and its label on a white plate.
 */
export function edgeSvg(edge: DiagramEdge, source: Box, target: Box): string {
  const kind = edge.data?.kind ?? 'service';
  const { sx, sy, tx, ty } = edgeEnds(source, target);
  const name = edge.ariaLabel ?? `${edge.source} to ${edge.target}`;
  const marker = kind === 'route' ? ' marker-end="url(#arrow-route)"' : '';
  let out =
    `<g data-edge-id="${escapeXml(edge.id)}" data-kind="${kind}"><title>${escapeXml(name)}</title>` +
    `<path d="M${n(sx)},${n(sy)} L${n(tx)},${n(ty)}" ${strokeAttributes(EDGE_STYLE[kind])}${marker}/>`;
  const label = edge.data?.label;
  if (label) {
    const shown = fitLabel(label, LABEL_WIDTH, 10, kind === 'peering');
    const width = textWidth(shown, 10, kind === 'peering') + 12;
    const [mx, my] = [(sx + tx) / 2, (sy + ty) / 2];
    const colour = kind === 'peering' ? EDGE_STYLE.peering.stroke : COLOUR.muted;
    out +=
      `<rect x="${n(mx - width / 2)}" y="${n(my - 8)}" width="${n(width)}" height="16" rx="4" fill="#ffffff"` +
      ` stroke="${kind === 'peering' ? colour : COLOUR.tileBorder}" stroke-width="1"/>` +
      `<text x="${n(mx)}" y="${n(my + 3.5)}" font-size="10" text-anchor="middle" fill="${colour}"` +
      `${kind === 'peering' ? ' font-weight="600"' : ''}>${escapeXml(shown)}</text>`;
  }
  return out + '</g>';
}

/** Where an edge's label plate sits, for the picture's bounds. */
export function edgeLabelBox(edge: DiagramEdge, source: Box, target: Box): Box | null {
  const label = edge.data?.label;
  if (!label) return null;
  const { sx, sy, tx, ty } = edgeEnds(source, target);
  const width = textWidth(fitLabel(label, LABEL_WIDTH, 10, true), 10, true) + 12;
  return { x: (sx + tx) / 2 - width / 2, y: (sy + ty) / 2 - 8, width, height: 16 };
}
