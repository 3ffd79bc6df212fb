import type { ResourceType } from '../../../src/model/index.ts';
import type { ExternalId } from '../diagram-types.ts';
import { ICON_PATHS, TONE } from '../icons.tsx';
import { NETWORK_INTERFACE_PATH } from '../icon-paths.ts';
import type { Theme } from '../../theme/theme-store.ts';
import { toneColours } from '../tones.ts';

const images = new Map<string, string>();

/**
 * The icon of a type as a CSS `background-image` value (an SVG data URL in the type's tone),
 * built once per type and theme (the light one unless asked, as exports want). Canvas tiles paint their icon this way rather than with an inline SVG:
 * each inline SVG is a transform node in Chromium's paint property trees, and with a thousand
 * tiles every repaint spent tens of milliseconds re-layerising them.
 */
export function glyphImage(type: ResourceType | ExternalId | 'network-interface', theme: Theme = 'light'): string {
  const key = `${theme}:${type}`;
  let image = images.get(key);
  if (image === undefined) {
    const tones = toneColours(theme);
    // A network interface takes its instance's tone.
    const colour = tones[TONE[type === 'network-interface' ? 'instance' : type]] ?? tones.outside!;
    const path = type === 'network-interface' ? NETWORK_INTERFACE_PATH : ICON_PATHS[type];
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="${colour}" ` +
      `stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></svg>`;
    image = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    images.set(key, image);
  }
  return image;
}
