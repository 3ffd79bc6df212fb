import type { Locator } from '@playwright/test';

/** A text drawn with too little contrast: what it says, its colour and the colour behind it. */
export interface LowContrast {
  readonly text: string;
  readonly colour: string;
  readonly background: string;
  readonly ratio: number;
}

/**
 * Every visible, enabled piece of text inside `container` whose contrast against its effective
 * background (its own and its ancestors' background colours, blended) is below `minimum`
 * (WCAG AA: 4.5 for normal text). Colours are read back through a 2D canvas, so any CSS colour
 * syntax the browser computes (rgb, color-mix results, oklab) is measured alike.
 */
export function lowContrastTexts(container: Locator, minimum = 4.5): Promise<LowContrast[]> {
  return lowContrast(container, 'text', minimum);
}

/**
 * Every visible, opaque stroke of an SVG path inside `container` (edges, overlay lines, icons)
 * whose contrast against the background behind it is below `minimum` (WCAG AA: 3 for the
 * graphics a reader needs). Translucent strokes (the halo under an overlay line) are left out:
 * they are there to part a line from what it crosses, not to be seen.
 */
export function lowContrastStrokes(container: Locator, minimum = 3): Promise<LowContrast[]> {
  return lowContrast(container, 'stroke', minimum);
}

function lowContrast(container: Locator, what: 'text' | 'stroke', minimum: number): Promise<LowContrast[]> {
  return container.evaluate(
    (root, [kind, min]) => {
      // The e2e code is compiled without the DOM library: the page's globals come through the element.
      const document = root.ownerDocument;
      const getComputedStyle = document.defaultView!.getComputedStyle.bind(document.defaultView);
      type Element = typeof root;
      const TEXT_NODE = 3;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      type Rgba = [number, number, number, number];
      const rgba = (css: string): Rgba => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = '#000';
        context.fillStyle = css;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
        return [r!, g!, b!, a! / 255];
      };
      const over = (top: Rgba, under: Rgba): Rgba => {
        const a = top[3];
        return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
      };
      const luminance = ([r, g, b]: Rgba) => {
        const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const backgroundOf = (element: Element): Rgba => {
        const layers: Rgba[] = [];
        for (let at: Element | null = element; at; at = at.parentElement) {
          const layer = rgba(getComputedStyle(at).backgroundColor);
          if (layer[3] > 0) layers.push(layer);
          if (layer[3] >= 1) break;
        }
        // Under everything, the browser's canvas: white in a light scheme, near black in a dark one.
        const page = getComputedStyle(document.documentElement).colorScheme === 'dark' ? rgba('#121212') : rgba('#fff');
        return layers.reduceRight((under, top) => over(top, under), page);
      };
      const show = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
      const failures: { text: string; colour: string; background: string; ratio: number }[] = [];
      const measure = (element: Element, label: string, css: string) => {
        const background = backgroundOf(element);
        const colour = over(rgba(css), background);
        const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a) as [number, number];
        const ratio = (light + 0.05) / (dark + 0.05);
        if (ratio < min)
          failures.push({
            text: label.slice(0, 60),
            colour: show(colour),
            background: show(background),
            ratio: Math.round(ratio * 100) / 100,
          });
      };
      const visible = (element: Element) =>
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        !element.closest('[aria-busy="true"]'); // the overlay is hidden while the worker runs
      if (kind === 'stroke') {
        for (const path of root.querySelectorAll('path')) {
          const stroke = getComputedStyle(path).stroke;
          if (stroke === 'none' || rgba(stroke)[3] < 1 || !visible(path)) continue;
          const owner = path.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
          measure(path, `${path.getAttribute('class') ?? 'path'} ${owner}`, stroke);
        }
        return failures;
      }
      for (const element of [root, ...(root.querySelectorAll('*') as Iterable<Element>)]) {
        const text = [...element.childNodes]
          .filter((n) => n.nodeType === TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (text === '' || element.closest('option, [hidden], [aria-hidden="true"]')) continue;
        if (element.closest(':disabled, [aria-disabled="true"]')) continue; // WCAG exempts inactive controls
        if (!visible(element)) continue;
        measure(element, text, getComputedStyle(element).color);
      }
      return failures;
    },
    [what, minimum] as const,
  );
}

/** The relative luminance (0 black to 1 white) of an element's own computed background or text colour. */
export function luminanceOf(element: Locator, property: 'backgroundColor' | 'color'): Promise<number> {
  return element.evaluate((node, which) => {
    const document = node.ownerDocument;
    const getComputedStyle = document.defaultView!.getComputedStyle.bind(document.defaultView);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.fillStyle = getComputedStyle(node)[which];
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  }, property);
}
