import type { Box } from '../diagram-types.ts';
import { borderPoint } from '../edge-geometry.ts';
import type { IntentLine } from '../overlay/intent-lines.ts';
import { COLOUR, VERDICT_STYLE, strokeAttributes } from './svg-theme.ts';
import { escapeXml, textWidth } from './svg-text.ts';
import { useLanguage } from '../../i18n/language-store.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';

/** A drawn node's box, and whether it is a container (paths pass through leaves only). */
export interface OverlayRect extends Box {
  readonly container: boolean;
}

/** An intent line's title, in the page's language (the picture is exported as the page reads). */
function intentTitle(line: IntentLine): string {
  const language = useLanguage.getState().language;
  if (language === 'en')
    return `Intent ${line.id}: ${line.flow}, ${line.verdict}${line.blockedAt ? ` at ${line.blockedAt}` : ''}`;
  const t = translator(language);
  return t('canvas:overlay.intentLine', {
    id: line.id,
    flow: line.flow,
    verdict: t('dock:reachability.verdict', { verdict: line.verdict }),
    at: line.blockedAt ?? 'none',
  });
}

/** A ✕ badge's title: where, then each blocked flow with its blocker's sentence, in the page's language. */
function badgeTitle(id: string, blocked: readonly IntentLine[]): string {
  const language = useLanguage.getState().language;
  const sentence = (line: IntentLine) =>
    line.explanation ? explanationSentence(line.explanation, language).message : line.message;
  if (language === 'en') {
    return [`Blocked at ${id}`, ...blocked.map((l) => `${l.flow}${l.message ? `: ${l.message}` : ''}`)].join('\n');
  }
  const flows = blocked.map((l) => `${l.flow}${l.code ? ` (${l.code})` : ''}`).join('; ');
  return [
    translator(language)('canvas:overlay.blockedAt', { id, flows }),
    ...blocked.map(sentence).filter((text): text is string => Boolean(text)),
  ].join('\n');
}

const n = (value: number) => String(Math.round(value * 100) / 100);
const centre = (r: Box) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
/** As on the canvas (IntentPaths.markerPoint): inside the blocking node's top-right corner. */
const markerPoint = (r: Box) => ({ x: r.x + r.width - 14, y: r.y + 14 });

/**
 * The points a line passes, as on the canvas, except that a line starts and ends on the border
 * of its end boxes: the picture draws paths under the tiles, so that no path crosses a name, and
 * an arrowhead at a centre would be hidden.
 */
function pointsOf(line: IntentLine, rects: ReadonlyMap<string, OverlayRect>): { x: number; y: number }[] {
  const out: { x: number; y: number; box?: Box }[] = [];
  line.stops.forEach((id, i) => {
    const rect = rects.get(id);
    if (!rect) return;
    if (i === line.stops.length - 1 && line.blockedAt === id) out.push(markerPoint(rect));
    else if (!rect.container) out.push({ ...centre(rect), box: rect });
  });
  if (out.length < 2) return out;
  const toward = (p: { x: number; y: number }) => ({ x: p.x, y: p.y, width: 0, height: 0 });
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first.box) out[0] = borderPoint(first.box, toward(out[1]!));
  if (last.box) out[out.length - 1] = borderPoint(last.box, toward(out[out.length - 2]!));
  return out;
}

/**
 * The reachability overlay's intent paths as the canvas draws them: allowed solid with an
 * arrowhead, blocked dashed to where it stops, partial dotted, each over a white halo; side by
 * side where they share a segment. Then a ✕ badge on each blocking component with the codes
 * written beside it (a picture has no tooltip to hold them).
 */
export function overlayPathsSvg(lines: readonly IntentLine[], rects: ReadonlyMap<string, OverlayRect>): string {
  let out = '';
  lines.forEach((line, k) => {
    const points = pointsOf(line, rects);
    if (points.length < 2) return;
    const shift = ((k % 5) - 2) * 4;
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x + shift)},${n(p.y + shift)}`).join(' ');
    const label = intentTitle(line);
    out +=
      `<g data-intent-id="${escapeXml(line.id)}" data-verdict="${line.verdict}"><title>${escapeXml(label)}</title>` +
      `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="7" stroke-linejoin="round"/>` +
      `<path d="${d}" ${strokeAttributes(VERDICT_STYLE[line.verdict])} stroke-linejoin="round" stroke-linecap="round"` +
      `${line.verdict === 'allowed' ? ' marker-end="url(#arrow-allowed)"' : ''}/></g>`;
  });
  return out;
}

/** The ✕ badges, drawn over everything. */
export function overlayBadgesSvg(lines: readonly IntentLine[], rects: ReadonlyMap<string, OverlayRect>): string {
  let out = '';
  for (const [id, blocked] of blockedByNode(lines, rects)) out += blockedBadge(id, rects.get(id)!, blocked);
  return out;
}

function blockedByNode(
  lines: readonly IntentLine[],
  rects: ReadonlyMap<string, OverlayRect>,
): Map<string, IntentLine[]> {
  const byNode = new Map<string, IntentLine[]>();
  for (const line of lines) {
    if (line.blockedAt === undefined || !rects.has(line.blockedAt)) continue;
    byNode.set(line.blockedAt, [...(byNode.get(line.blockedAt) ?? []), line]);
  }
  return byNode;
}

const codesOf = (blocked: readonly IntentLine[]) =>
  [...new Set(blocked.map((l) => l.code).filter((c): c is string => c !== undefined))].join(', ');

function blockedBadge(id: string, rect: Box, blocked: readonly IntentLine[]): string {
  const { x, y } = markerPoint(rect);
  const codes = codesOf(blocked);
  const title = badgeTitle(id, blocked);
  const plate = codes ? textWidth(codes, 11, true) + 10 : 0;
  return (
    `<g data-blocked-at="${escapeXml(id)}"><title>${escapeXml(title)}</title>` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="11" fill="#ffffff" stroke="${COLOUR.blocked}" stroke-width="2.5"/>` +
    `<path d="M${n(x - 4.5)},${n(y - 4.5)} L${n(x + 4.5)},${n(y + 4.5)} M${n(x + 4.5)},${n(y - 4.5)} L${n(x - 4.5)},${n(y + 4.5)}"` +
    ` fill="none" stroke="${COLOUR.blocked}" stroke-width="2.5" stroke-linecap="round"/>` +
    (codes
      ? `<rect x="${n(x + 14)}" y="${n(y - 9)}" width="${n(plate)}" height="18" rx="4" fill="#ffffff"` +
        ` stroke="${COLOUR.blocked}" stroke-width="1"/>` +
        `<text x="${n(x + 19)}" y="${n(y + 4)}" font-size="11" font-weight="600" fill="${COLOUR.blocked}">` +
        `${escapeXml(codes)}</text>`
      : '') +
    '</g>'
  );
}

/** Where the badges and their code labels reach, for the picture's bounds. */
export function overlayExtent(lines: readonly IntentLine[], rects: ReadonlyMap<string, OverlayRect>): Box[] {
  return [...blockedByNode(lines, rects)].map(([id, blocked]) => {
    const { x, y } = markerPoint(rects.get(id)!);
    const codes = codesOf(blocked);
    return { x: x - 12, y: y - 12, width: 26 + (codes ? textWidth(codes, 11, true) + 12 : 0), height: 24 };
  });
}
