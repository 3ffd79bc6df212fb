/**
 * The text colour for a label filled with a person's colour: white or near-black, whichever
 * contrasts more (WCAG relative luminance). Light fills (amber, cyan) get dark text, so every
 * name stays readable whatever colour its person was given.
 */
export const LIGHT_INK = '#ffffff';
export const DARK_INK = '#111827';

export function inkOn(fill: string): string {
  const fillLuminance = luminanceOf(fill);
  if (fillLuminance === null) return LIGHT_INK;
  const light = contrast(fillLuminance, luminanceOf(LIGHT_INK)!);
  const dark = contrast(fillLuminance, luminanceOf(DARK_INK)!);
  return dark > light ? DARK_INK : LIGHT_INK;
}

/** WCAG contrast ratio of two relative luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Relative luminance of a `#rrggbb` colour; null for anything else. */
export function luminanceOf(colour: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
