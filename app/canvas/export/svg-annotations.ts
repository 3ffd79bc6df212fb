import { annotationBox, type Annotation } from '../../../src/model/index.ts';
import { ANNOTATION_SHADES, colourOf } from '../annotations/annotation-colours.ts';
import { parseMarkdownLite, type Span } from '../annotations/markdown-lite.ts';
import type { Box } from '../diagram-types.ts';
import { escapeXml, fitLabel, textWidth } from './svg-text.ts';

const SIZE = { note: 13, text: 15, frame: 13 } as const;
const LINE = 1.35;
const PAD = { note: { x: 12, y: 10 }, text: { x: 6, y: 4 }, frame: { x: 10, y: 3 } } as const;
const TITLE_HEIGHT = 22;
const BULLET_INDENT = 14;

/** A word with its marks, and whether a space goes before it. */
interface Word extends Span {
  readonly space: boolean;
}

/**
 * Annotations in the exported SVG, in the light shades: one `<g data-annotation-id>` each, a
 * frame as an outlined area with its title on a tab above it, a note as paper with its text, a
 * text as words alone. Markdown-lite marks become bold, italic and monospace `<tspan>`s; the
 * text wraps at word boundaries and stops with "…" where the box ends.
 */
export function annotationSvg(annotation: Annotation): string {
  const box = annotationBox(annotation);
  const shades = ANNOTATION_SHADES.light[colourOf(annotation)];
  const open = `<g data-annotation-id="${escapeXml(annotation.id)}" data-kind="${annotation.kind}">`;
  if (annotation.kind === 'frame') {
    const title = fitLabel(plainTitle(annotation.text), box.width - 2 * PAD.frame.x, SIZE.frame, true);
    const tabWidth = Math.min(box.width, Math.max(80, textWidth(title, SIZE.frame, true) + 2 * PAD.frame.x));
    return (
      open +
      `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="${shades.fill}" fill-opacity="0.35" stroke="${shades.border}" stroke-width="2"/>` +
      `<rect x="${box.x}" y="${box.y - TITLE_HEIGHT + 2}" width="${round(tabWidth)}" height="${TITLE_HEIGHT}" rx="6" fill="${shades.fill}" stroke="${shades.border}" stroke-width="2"/>` +
      `<text x="${box.x + PAD.frame.x}" y="${box.y - 5}" font-size="${SIZE.frame}" font-weight="700" fill="${shades.ink}">${escapeXml(title)}</text>` +
      `</g>`
    );
  }
  const paper =
    annotation.kind === 'note'
      ? `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="4" fill="${shades.fill}" stroke="${shades.border}" stroke-width="1"/>`
      : '';
  return open + paper + textRows(annotation, box, shades.ink) + `</g>`;
}

/** The extent of an annotation in the picture (a frame's title tab sits above its box). */
export function annotationExtent(annotation: Annotation): Box {
  const box = annotationBox(annotation);
  return annotation.kind === 'frame' ? { ...box, y: box.y - TITLE_HEIGHT, height: box.height + TITLE_HEIGHT } : box;
}

function textRows(annotation: Annotation, box: Box, ink: string): string {
  if (annotation.kind === 'frame') return '';
  const size = SIZE[annotation.kind];
  const pad = PAD[annotation.kind];
  const lineHeight = size * LINE;
  const maxRows = Math.max(1, Math.floor((box.height - 2 * pad.y) / lineHeight));
  const rows: { indent: number; bullet: boolean; words: Word[] }[] = [];
  for (const line of parseMarkdownLite(annotation.text)) {
    const indent = line.bullet ? BULLET_INDENT : 0;
    const room = box.width - 2 * pad.x - indent;
    let row: Word[] = [];
    let used = 0;
    let first = true;
    for (const word of wordsOf(line.spans)) {
      const w = textWidth((word.space ? ' ' : '') + word.text, size, word.bold);
      if (row.length > 0 && used + w > room) {
        rows.push({ indent, bullet: first && line.bullet, words: row });
        first = false;
        row = [{ ...word, space: false }];
        used = textWidth(word.text, size, word.bold);
      } else {
        row.push(row.length === 0 ? { ...word, space: false } : word);
        used += w;
      }
    }
    rows.push({ indent, bullet: first && line.bullet, words: row });
  }
  const shown = rows.slice(0, maxRows);
  if (rows.length > maxRows && shown.length > 0) {
    const last = shown[shown.length - 1]!;
    shown[shown.length - 1] = { ...last, words: [...last.words, { text: '…', space: false }] };
  }
  return shown
    .map((row, i) => {
      const y = round(box.y + pad.y + size + i * lineHeight);
      const x = box.x + pad.x + row.indent;
      const bullet = row.bullet
        ? `<text x="${box.x + pad.x + 2}" y="${y}" font-size="${size}" fill="${ink}">•</text>`
        : '';
      const spans = row.words.map(tspan).join('');
      return `${bullet}<text x="${x}" y="${y}" font-size="${size}" fill="${ink}" xml:space="preserve">${spans}</text>`;
    })
    .join('');
}

function tspan(word: Word): string {
  const text = escapeXml((word.space ? ' ' : '') + word.text);
  if (word.bold) return `<tspan font-weight="700">${text}</tspan>`;
  if (word.italic) return `<tspan font-style="italic">${text}</tspan>`;
  if (word.code) return `<tspan font-family="monospace">${text}</tspan>`;
  return `<tspan>${text}</tspan>`;
}

/** The spans of a line cut into words, each keeping its marks. */
function wordsOf(spans: readonly Span[]): Word[] {
  const words: Word[] = [];
  let pendingSpace = false;
  for (const span of spans) {
    const parts = span.text.split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        pendingSpace = true;
        continue;
      }
      words.push({ ...span, text: part, space: pendingSpace && words.length > 0 });
      pendingSpace = false;
    }
  }
  return words;
}

const plainTitle = (text: string): string =>
  parseMarkdownLite(text)
    .map((line) => line.spans.map((s) => s.text).join(''))
    .join(' ')
    .trim();

const round = (value: number) => Math.round(value * 100) / 100;
