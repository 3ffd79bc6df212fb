import { describe, expect, it } from 'vitest';
import { PERSON_COLOURS } from '../identity.ts';
import { contrast, DARK_INK, inkOn, LIGHT_INK, luminanceOf } from './label-ink.ts';

describe('inkOn', () => {
  it('gives every person’s colour a text colour readable as small text (WCAG AA, 4.5:1)', () => {
    for (const colour of PERSON_COLOURS) {
      const ratio = contrast(luminanceOf(colour)!, luminanceOf(inkOn(colour))!);
      expect(ratio, colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes dark on light fills and white on dark ones', () => {
    expect(inkOn('#ca8a04')).toBe(DARK_INK); // amber
    expect(inkOn('#7c3aed')).toBe(LIGHT_INK); // violet
    expect(inkOn('#FFFFFF')).toBe(DARK_INK);
    expect(inkOn('#000000')).toBe(LIGHT_INK);
  });

  it('falls back to white for what is not a #rrggbb colour', () => {
    expect(luminanceOf('red')).toBeNull();
    expect(inkOn('url(javascript:1)')).toBe(LIGHT_INK);
  });
});
