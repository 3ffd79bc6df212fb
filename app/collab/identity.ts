/**
 * Who this person is in live sessions: the name they gave (asked once, remembered in this
 * browser) and a colour. Names are kept as plain text and only ever rendered as text.
 */

const NAME_KEY = 'vpclab:person-name';

/** Long enough for a full name, short enough for a pointer's label. */
export const NAME_MAX_LENGTH = 40;

/**
 * Colours for people, distinct from the overlay's allowed/blocked hues and readable on both
 * themes (each has at least 3:1 contrast on white and on the dark canvas).
 */
export const PERSON_COLOURS = [
  '#7c3aed', // violet
  '#0891b2', // cyan
  '#db2777', // pink
  '#ca8a04', // amber
  '#2563eb', // blue
  '#9333ea', // purple
  '#0d9488', // teal
  '#ea580c', // orange
] as const;

/** The colour of the person with this Yjs client id (stable for the page's life). */
export function colourOf(clientId: number): string {
  return PERSON_COLOURS[clientId % PERSON_COLOURS.length]!;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A name as the session keeps it: control characters dropped, spaces collapsed, length capped. */
export function cleanName(raw: string): string {
  const text = raw.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return [...text].slice(0, NAME_MAX_LENGTH).join('');
}

export function rememberedName(): string | null {
  try {
    const name = cleanName(localStorage.getItem(NAME_KEY) ?? '');
    return name === '' ? null : name;
  } catch {
    return null;
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, cleanName(name));
  } catch {
    // Private browsing without storage: the name is asked again next time.
  }
}
