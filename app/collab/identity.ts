/**
 * Who this person is in live sessions: the name they gave (asked once, remembered in this
 * browser) and a colour. Names are kept as plain text and only ever rendered as text.
 */

const NAME_KEY = 'vpclab:person-name';

/** Long enough for a full name, short enough for a pointer's label. */
export const NAME_MAX_LENGTH = 40;

/**
 * Colours for people, distinct from the overlay's allowed/blocked hues and from each other
 * (no two of one hue family), readable on both themes (each has at least 3:1 contrast on white
 * and on the dark canvas).
 */
export const PERSON_COLOURS = [
  '#7c3aed', // violet
  '#0891b2', // cyan
  '#db2777', // pink
  '#ca8a04', // amber
  '#2563eb', // blue
  '#64748b', // slate grey
  '#65a30d', // lime
  '#ea580c', // orange
] as const;

/** The colour of the person with this Yjs client id (stable for the page's life). */
export function colourOf(clientId: number): string {
  return PERSON_COLOURS[clientId % PERSON_COLOURS.length]!;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * Invisible characters that change how the text AROUND a name reads: bidirectional embeddings,
 * overrides and isolates (a name ending in U+202E would show the words after it backwards,
 * "Ana is editing" as "gnitide si anA"), directional marks and zero-width spaces. The zero-width
 * joiner stays: emoji sequences need it.
 */
const INVISIBLE_FORMATTING = /[\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/**
 * A name as the session keeps it: control characters become spaces, invisible formatting goes,
 * spaces collapse, length capped (in characters, never splitting one).
 */
export function cleanName(raw: string): string {
  const text = raw.replace(CONTROL_CHARACTERS, ' ').replace(INVISIBLE_FORMATTING, '').replace(/\s+/g, ' ').trim();
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
