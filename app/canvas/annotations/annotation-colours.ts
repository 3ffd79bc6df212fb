import type { Annotation, AnnotationColour } from '../../../src/model/index.ts';
import type { Theme } from '../../theme/theme-store.ts';

/** How an annotation colour is drawn: a note's paper, its edge, and the ink on it. */
export interface AnnotationShades {
  readonly fill: string;
  readonly border: string;
  readonly ink: string;
}

/**
 * The named colours of format.md in both themes. Light: pastel paper with dark ink; dark: deep,
 * muted paper with light ink, so a note never glares on the dark canvas. Each ink keeps at least
 * 4.5:1 against its paper. Exports draw in the light shades, like the rest of the picture.
 */
export const ANNOTATION_SHADES: Readonly<Record<Theme, Readonly<Record<AnnotationColour, AnnotationShades>>>> = {
  light: {
    yellow: { fill: '#fff4b3', border: '#d4a72c', ink: '#3d2e00' },
    orange: { fill: '#ffe2c6', border: '#e8710a', ink: '#4a2300' },
    green: { fill: '#d6f5dd', border: '#2da44e', ink: '#0f3d1c' },
    blue: { fill: '#d8e9ff', border: '#4a8fe0', ink: '#0a2f5c' },
    purple: { fill: '#ebe1ff', border: '#8250df', ink: '#2e1566' },
    pink: { fill: '#ffdcee', border: '#d6478f', ink: '#5c0f36' },
    grey: { fill: '#eef1f4', border: '#8c959f', ink: '#1f2328' },
  },
  dark: {
    yellow: { fill: '#4a3f12', border: '#d4a72c', ink: '#fff4c2' },
    orange: { fill: '#4d2f14', border: '#f0883e', ink: '#ffe2c6' },
    green: { fill: '#173a24', border: '#3fb950', ink: '#d6f5dd' },
    blue: { fill: '#16304f', border: '#58a6ff', ink: '#d8e9ff' },
    purple: { fill: '#2e2352', border: '#a78bfa', ink: '#ebe1ff' },
    pink: { fill: '#4a1c35', border: '#f778ba', ink: '#ffdcee' },
    grey: { fill: '#262c34', border: '#8b949e', ink: '#e6edf3' },
  },
};

/** The colour an annotation shows: its own, else yellow for a note and grey for text and frames. */
export const colourOf = (annotation: Pick<Annotation, 'kind' | 'colour'>): AnnotationColour =>
  annotation.colour ?? (annotation.kind === 'note' ? 'yellow' : 'grey');

/** The shades of an annotation in a theme. */
export const shadesOf = (annotation: Pick<Annotation, 'kind' | 'colour'>, theme: Theme): AnnotationShades =>
  ANNOTATION_SHADES[theme][colourOf(annotation)];
