import type { CSSProperties } from 'react';
import type { Theme } from '../theme/theme-store.ts';

/**
 * The colour of each tone family: the canvas and the palette set them as the CSS variables `--tone-*` (see
 * `toneVariables`), and the icons' background images, which cannot read CSS variables, bake
 * them in. Exports draw in these light colours whatever the page's theme.
 */
export const TONE_COLOR: Readonly<Record<string, string>> = {
  network: '#7c4dff',
  gateway: '#c2185b',
  compute: '#e8710a',
  data: '#1565c0',
  policy: '#9a6700',
  outside: '#455a64',
};

/** The same families for the dark theme: lighter, so they keep their contrast on dark tiles. */
export const TONE_COLOR_DARK: Readonly<Record<keyof typeof TONE_COLOR, string>> = {
  network: '#a78bfa',
  gateway: '#f778ba',
  compute: '#f0883e',
  data: '#58a6ff',
  policy: '#d29922',
  outside: '#9198a1',
};

/** The tone colours of a theme. */
export function toneColours(theme: Theme): Readonly<Record<string, string>> {
  return theme === 'dark' ? TONE_COLOR_DARK : TONE_COLOR;
}

function variables(colours: Readonly<Record<string, string>>): CSSProperties {
  return Object.fromEntries(
    Object.entries(colours).map(([tone, colour]) => [`--tone-${tone}`, colour]),
  ) as CSSProperties;
}

/** `--tone-<family>` custom properties in the light theme (kept for callers that draw light). */
export const TONE_VARIABLES = variables(TONE_COLOR);
const TONE_VARIABLES_DARK = variables(TONE_COLOR_DARK);

/** `--tone-<family>` custom properties of a theme, for the style of the canvas and the palette. */
export function toneVariables(theme: Theme): CSSProperties {
  return theme === 'dark' ? TONE_VARIABLES_DARK : TONE_VARIABLES;
}
