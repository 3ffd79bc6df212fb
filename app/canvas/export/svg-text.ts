/**
 * Text in the exported SVG: escaping, and widths estimated without a browser. The export is
 * built in plain TypeScript (unit-tested in Node, rendered by resvg as well as by Chromium), so
 * there is no canvas to measure with; the estimate errs wide, so that a label shortened with it
 * fits its box in any of the generic fonts it may be drawn in.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text or an attribute value made safe for XML: markup characters escaped, and characters XML
 * forbids (controls, lone surrogates, U+FFFE/U+FFFF) dropped, since any one of them would make
 * the whole file unreadable.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const forbidden =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff;
    if (!forbidden) out += ESCAPES[char] ?? char;
  }
  return out;
}

/** True for characters drawn a full em wide: CJK, kana, Hangul, full-width forms, most emoji. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  );
}

/** Width of one character in ems, generous for sans-serif fonts (DejaVu Sans is among the widest). */
function charEm(char: string): number {
  const code = char.codePointAt(0)!;
  if (isWide(code)) return 1;
  if (char === ' ' || char === '.' || char === ',' || char === ':' || char === '|' || char === "'") return 0.34;
  if (char === 'i' || char === 'l' || char === 'j' || char === 'I' || char === '!' || char === '/') return 0.36;
  if (char === 'm' || char === 'w' || char === 'M' || char === 'W' || char === '@') return 0.95;
  if (char >= 'A' && char <= 'Z') return 0.72;
  if (char >= '0' && char <= '9') return 0.64;
  return 0.62;
}

/** Estimated width of `text` in pixels at `size` px; bold text is a little wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * size * (bold ? 1.08 : 1);
}

/**
 * `text` shortened with an ellipsis to fit `width` pixels (by the estimate above); whole when it
 * fits. Cut between characters (code points), never inside a surrogate pair.
 */
export function fitLabel(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const room = width - textWidth('…', size, bold);
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = charEm(char) * size * (bold ? 1.08 : 1);
    if (used + w > room) break;
    used += w;
    out += char;
  }
  return `${out.trimEnd()}…`;
}
