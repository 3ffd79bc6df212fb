/** Where a name may break between lines: after a hyphen, underscore, dot, slash or space. */
const BREAK_AFTER = /[-_./ ]/;

/**
 * A name on at most two lines of `width`: whole when it fits; else broken after the last
 * separator that lets the first line fit (never inside a word), the second line shortened with
 * an ellipsis if it must be; a name with no such break is shortened on one line.
 */
export function splitName(text: string, width: number, measure: (s: string) => number): string[] {
  if (measure(text) <= width) return [text];
  let at = -1;
  for (let i = 1; i < text.length; i++) {
    if (BREAK_AFTER.test(text[i - 1]!) && measure(text.slice(0, i).trimEnd()) <= width) at = i;
  }
  if (at < 0) return [shorten(text, width, measure)];
  return [text.slice(0, at).trimEnd(), shorten(text.slice(at), width, measure)];
}

/** The longest prefix that fits with an ellipsis (the whole text when it fits). */
function shorten(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid)}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}
