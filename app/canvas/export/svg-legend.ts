import type { EdgeKind } from '../diagram-types.ts';
import { COLOUR, EDGE_STYLE, VERDICT_STYLE, strokeAttributes, type StrokeStyle } from './svg-theme.ts';
import { escapeXml, textWidth } from './svg-text.ts';

/** The key's words in the page's language. */
export interface KeyWords {
  readonly key: string;
  readonly publicSubnet: string;
  readonly privateSubnet: string;
  readonly edges: Readonly<Record<EdgeKind, string>>;
  readonly allowed: string;
  readonly blocked: string;
  readonly partial: string;
  readonly blockedHere: string;
}

/** What the picture holds, so that the key lists only what can be seen. */
export interface KeyContent {
  readonly subnets: { readonly public: boolean; readonly private: boolean };
  readonly edges: ReadonlySet<EdgeKind>;
  readonly verdicts: ReadonlySet<'allowed' | 'blocked' | 'partial'>;
  readonly blockedBadge: boolean;
}

const n = (value: number) => String(Math.round(value * 100) / 100);
const SWATCH = 30;
const ROW = 20;
const FONT = 11;

type Swatch = (x: number, y: number) => string;

const lineSwatch =
  (style: StrokeStyle, marker?: string): Swatch =>
  (x, y) =>
    `<path d="M${n(x)},${n(y)} L${n(x + SWATCH - 4)},${n(y)}" ${strokeAttributes(style)}` +
    `${marker ? ` marker-end="url(#${marker})"` : ''}/>`;

const boxSwatch =
  (colour: string, dashed: boolean): Swatch =>
  (x, y) =>
    `<rect x="${n(x)}" y="${n(y - 6)}" width="${SWATCH - 4}" height="12" rx="3" fill="${colour}" fill-opacity="0.08"` +
    ` stroke="${colour}" stroke-width="1.5"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`;

const badgeSwatch: Swatch = (x, y) =>
  `<circle cx="${n(x + 13)}" cy="${n(y)}" r="7" fill="#ffffff" stroke="${COLOUR.blocked}" stroke-width="2"/>` +
  `<path d="M${n(x + 10)},${n(y - 3)} L${n(x + 16)},${n(y + 3)} M${n(x + 16)},${n(y - 3)} L${n(x + 10)},${n(y + 3)}"` +
  ` fill="none" stroke="${COLOUR.blocked}" stroke-width="2" stroke-linecap="round"/>`;

/**
 * A small key under the picture: a drawing of each style present, with its meaning in words,
 * in rows as wide as the picture. Returns its markup and height (0 when there is nothing to explain).
 */
export function legendSvg(
  content: KeyContent,
  words: KeyWords,
  at: { x: number; y: number },
  width: number,
): { svg: string; height: number } {
  const entries: [Swatch, string][] = [];
  if (content.subnets.public) entries.push([boxSwatch(COLOUR.public, false), words.publicSubnet]);
  if (content.subnets.private) entries.push([boxSwatch(COLOUR.private, true), words.privateSubnet]);
  for (const kind of ['route', 'service', 'peering', 'attachment', 'vpn', 'interface'] as const) {
    if (content.edges.has(kind))
      entries.push([lineSwatch(EDGE_STYLE[kind], kind === 'route' ? 'arrow-route' : undefined), words.edges[kind]]);
  }
  if (content.verdicts.has('allowed'))
    entries.push([lineSwatch(VERDICT_STYLE.allowed, 'arrow-allowed'), words.allowed]);
  if (content.verdicts.has('blocked')) entries.push([lineSwatch(VERDICT_STYLE.blocked), words.blocked]);
  if (content.verdicts.has('partial')) entries.push([lineSwatch(VERDICT_STYLE.partial), words.partial]);
  if (content.blockedBadge) entries.push([badgeSwatch, words.blockedHere]);
  if (entries.length === 0) return { svg: '', height: 0 };

  let svg = `<g data-legend=""><text x="${n(at.x)}" y="${n(at.y + 12)}" font-size="12" font-weight="600" fill="${COLOUR.text}">${escapeXml(words.key)}</text>`;
  let x = at.x;
  let y = at.y + 22 + ROW / 2;
  for (const [swatch, text] of entries) {
    const entryWidth = SWATCH + textWidth(text, FONT) + 18;
    if (x > at.x && x + entryWidth > at.x + width) {
      x = at.x;
      y += ROW;
    }
    svg +=
      swatch(x, y) +
      `<text x="${n(x + SWATCH + 2)}" y="${n(y + 4)}" font-size="${FONT}" fill="${COLOUR.muted}">${escapeXml(text)}</text>`;
    x += entryWidth;
  }
  return { svg: svg + '</g>', height: y + ROW / 2 - at.y };
}
