import { describe, expect, it } from 'vitest';
import { ICON_PATHS, TONE } from '../icons.tsx';
import { TONE_COLOR, TONE_VARIABLES } from '../tones.ts';
import { glyphImage } from './glyph.ts';

describe('glyphImage', () => {
  it('has a colour for every tone family the icons use, also given to the canvas as CSS variables', () => {
    for (const tone of new Set(Object.values(TONE))) {
      expect(TONE_COLOR[tone]).toMatch(/^#[0-9a-f]{6}$/);
      expect(TONE_VARIABLES).toHaveProperty(`--tone-${tone}`, TONE_COLOR[tone]);
    }
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
