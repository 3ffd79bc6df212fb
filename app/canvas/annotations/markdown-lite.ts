/** A run of text with the marks Markdown-lite knows. */
export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
}

/** One line of an annotation: a paragraph line or a bullet ("- " at its start). */
export interface Line {
  readonly bullet: boolean;
  readonly spans: readonly Span[];
}

/**
 * Markdown-lite, as format.md describes it: `**bold**`, `*italic*`, `` `code` ``, lines starting
 * with "- " (or "* ") are bullets, and a link `[text](url)` shows its text (nothing on a canvas
 * note is ever a live link). Anything else is plain text; an unclosed mark stays as typed.
 * Pure, so the canvas and the SVG export draw the same words.
 */
export function parseMarkdownLite(text: string): Line[] {
  return text.split(/\r?\n/).map((raw) => {
    const bullet = /^\s*[-*]\s+/.exec(raw);
    const body = bullet ? raw.slice(bullet[0].length) : raw;
    return { bullet: bullet !== null, spans: parseSpans(body.replace(LINK, '$1')) };
  });
}

const LINK = /\[([^\]]*)\]\([^)\s]*\)/g;
const MARK = /(\*\*[^*]+\*\*|`[^`]+`|\*[^*\s][^*]*\*)/g;

function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const match of text.matchAll(MARK)) {
    const start = match.index;
    if (start > at) spans.push({ text: text.slice(at, start) });
    const token = match[0];
    if (token.startsWith('**')) spans.push({ text: token.slice(2, -2), bold: true });
    else if (token.startsWith('`')) spans.push({ text: token.slice(1, -1), code: true });
    else spans.push({ text: token.slice(1, -1), italic: true });
    at = start + token.length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

/** The text without marks, one line per line: what an accessible name or a search reads. */
export function plainText(text: string): string {
  return parseMarkdownLite(text)
    .map((line) => line.spans.map((span) => span.text).join(''))
    .join('\n');
}

/** The first few words of a text, for an accessible name: "Note Why this subnet…". */
export function firstWords(text: string, count = 6): string {
  const words = plainText(text).split(/\s+/).filter(Boolean);
  const shown = words.slice(0, count).join(' ');
  return words.length > count ? `${shown}…` : shown;
}
