import type { ResourceType } from '../../../src/model/index.ts';
import type { ExternalId } from '../diagram-types.ts';
import { ICON_PATHS, TONE } from '../icons.tsx';
import { TONE_COLOR } from '../tones.ts';

const images = new Map<string, string>();

/**
 * The icon of a type as a CSS `background-image` value (an SVG data URL in the type's tone),
 * built once per type. Canvas tiles paint their icon this way rather than with an inline SVG:
 * each inline SVG is a transform node in Chromium's paint property trees, and with a thousand
 * tiles every repaint spent tens of milliseconds re-layerising them.
 */
export function glyphImage(type: ResourceType | ExternalId): string {
  let image = images.get(type);
  if (image === undefined) {
    const colour = TONE_COLOR[TONE[type]] ?? TONE_COLOR.outside!;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${colour}" ` +
      `stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${ICON_PATHS[type]}"/></svg>`;
    image = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    images.set(type, image);
  }
  return image;
}
