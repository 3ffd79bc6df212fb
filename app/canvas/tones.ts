import type { CSSProperties } from 'react';

/**
 * The colour of each tone family: the canvas and the palette set them as the CSS variables `--tone-*` (see
 * `TONE_VARIABLES`), and the icons' background images, which cannot read CSS variables, bake
 * them in.
 */
export const TONE_COLOR: Readonly<Record<string, string>> = {
  network: '#7c4dff',
  gateway: '#c2185b',
  compute: '#e8710a',
  data: '#1565c0',
  policy: '#9a6700',
  outside: '#455a64',
};

/** `--tone-<family>` custom properties, for the style of the canvas and the palette. */
export const TONE_VARIABLES = Object.fromEntries(
  Object.entries(TONE_COLOR).map(([tone, colour]) => [`--tone-${tone}`, colour]),
) as CSSProperties;
