/**
 * Text shortened with an ellipsis to fit a width, measured with a canvas 2D context. Canvas
 * tiles shorten their labels this way instead of CSS `text-overflow`, which needs an overflow
 * clip on every label: a thousand clips made every repaint of a large design slow (see
 * `glyphImage`). Without a DOM (unit tests) the text comes back whole.
 */
export function fitText(text: string, font: string, maxWidth: number): string {
  const key = `${font}\n${maxWidth}\n${text}`;
  const cached = fitted.get(key);
  if (cached !== undefined) return cached;
  const context = measuringContext();
  let result = text;
  if (context) {
    context.font = font;
    const fits = (s: string) => context.measureText(s).width <= maxWidth;
    if (!fits(text)) {
      // The longest prefix that fits with its ellipsis, by bisection.
      let low = 0;
      let high = text.length;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(`${text.slice(0, mid)}…`)) low = mid;
        else high = mid - 1;
      }
      result = `${text.slice(0, low)}…`;
    }
  }
  if (fitted.size > 5000) fitted.clear();
  fitted.set(key, result);
  return result;
}

/**
 * A label's drawn width in the page's font, for auto layout to size boxes; `sans-serif` in
 * `font` stands for the page's family. Without a DOM, undefined.
 */
export function measureText(text: string, font: string): number | undefined {
  const context = measuringContext();
  if (!context) return undefined;
  context.font = font.replace('sans-serif', pageFontFamily());
  return context.measureText(text).width;
}

const fitted = new Map<string, string>();
let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return context;
}

/** The page's font family, as the tiles inherit it, for `fitText`'s font strings. */
export function pageFontFamily(): string {
  if (typeof document === 'undefined') return 'sans-serif';
  pageFont ??= getComputedStyle(document.body).fontFamily || 'sans-serif';
  return pageFont;
}

let pageFont: string | undefined;
