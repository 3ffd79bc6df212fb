import type { ResourceType } from '../../../src/model/index.ts';
import type { ExternalId } from '../diagram-types.ts';
import { ICON_PATHS, TONE } from '../icons.tsx';
import type { Theme } from '../../theme/theme-store.ts';
import { toneColours } from '../tones.ts';

const images = new Map<string, string>();

/**
 * The icon of a type as a CSS `background-image` value (an SVG data URL in the type's tone),
 * built once per type and theme (the light one unless asked, as exports want). Canvas tiles paint their icon this way rather than with an inline SVG:
 * each inline SVG is a transform node in Chromium's paint property trees, and with a thousand
 * tiles every repaint spent tens of milliseconds re-layerising them.
 */
export function glyphImage(type: ResourceType | ExternalId, theme: Theme = 'light'): string {
  const key = `${theme}:${type}`;
  let image = images.get(key);
  if (image === undefined) {
    const tones = toneColours(theme);
    const colour = tones[TONE[type]] ?? tones.outside!;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${colour}" ` +
      `stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${ICON_PATHS[type]}"/></svg>`;
    image = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    images.set(key, image);
  }
  return image;
}
