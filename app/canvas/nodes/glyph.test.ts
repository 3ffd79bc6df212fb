import { describe, expect, it } from 'vitest';
import { ICON_PATHS, TONE } from '../icons.tsx';
import { TONE_COLOR, TONE_COLOR_DARK, TONE_VARIABLES, toneVariables } from '../tones.ts';
import { glyphImage } from './glyph.ts';

describe('glyphImage', () => {
  it('has a colour for every tone family the icons use, also given to the canvas as CSS variables', () => {
    for (const tone of new Set(Object.values(TONE))) {
      expect(TONE_COLOR[tone]).toMatch(/^#[0-9a-f]{6}$/);
      expect(TONE_VARIABLES).toHaveProperty(`--tone-${tone}`, TONE_COLOR[tone]);
      expect(TONE_COLOR_DARK[tone]).toMatch(/^#[0-9a-f]{6}$/);
      expect(toneVariables('dark')).toHaveProperty(`--tone-${tone}`, TONE_COLOR_DARK[tone]);
    }
  });

  it('draws in the light tones unless the dark theme is asked for (exports stay light)', () => {
    const svgOf = (image: string) => decodeURIComponent(image.slice('url("data:image/svg+xml,'.length, -2));
    const tone = TONE['nat-gateway'];
    expect(svgOf(glyphImage('nat-gateway'))).toContain(`stroke="${TONE_COLOR[tone]}"`);
    expect(svgOf(glyphImage('nat-gateway', 'dark'))).toContain(`stroke="${TONE_COLOR_DARK[tone]}"`);
    expect(glyphImage('nat-gateway', 'dark')).not.toBe(glyphImage('nat-gateway'));
  });

  it('is an SVG data URL of the type icon, stroked in its tone, and the same string each time', () => {
    const image = glyphImage('nat-gateway');
    expect(image).toMatch(/^url\("data:image\/svg\+xml,/);
    const svg = decodeURIComponent(image.slice('url("data:image/svg+xml,'.length, -2));
    expect(svg).toContain(`stroke="${TONE_COLOR[TONE['nat-gateway']]}"`);
    expect(svg).toContain(ICON_PATHS['nat-gateway']);
    expect(glyphImage('nat-gateway')).toBe(image);
  });
});
