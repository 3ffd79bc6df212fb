import type { Translate } from '../../../src/i18n/i18n.ts';
import { PERSON_COLOURS } from '../identity.ts';
import type { Person } from '../session-store.ts';

/** The words for PERSON_COLOURS, in its order: a colour is never told by the swatch alone. */
const COLOUR_WORDS = ['violet', 'cyan', 'pink', 'amber', 'blue', 'grey', 'lime', 'orange'] as const;

/** "violet", "水色": the colour of a person as a word of the page's language. */
export function colourWord(colour: string, t: Translate): string {
  const index = (PERSON_COLOURS as readonly string[]).indexOf(colour);
  const word = COLOUR_WORDS[index];
  return word ? t(`liveSession:colours.${word}`) : t('liveSession:colours.other');
}

/**
 * Up to two letters for an avatar: the first letters of the first two words ("Ana Lima" is
 * "AL"), or the first two characters of a one-word name ("Ben" is "BE"). A name in a script
 * without capitals (Japanese, Chinese) keeps its first two characters: "佐藤 花子" is "佐藤", the
 * family name, as a Japanese reader expects. Whole characters, so an emoji or a surrogate pair
 * is never cut in half.
 */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '?';
  const cased = /\p{Lu}|\p{Ll}/u.test(firstChar(first));
  const letters = words.length >= 2 && cased ? [firstChar(first), firstChar(words[1]!)] : [...first].slice(0, 2);
  return letters.join('').toLocaleUpperCase();
}

const firstChar = (word: string): string => [...word][0] ?? '';

/** "Ana, violet" or "Ana (you), violet": what a person's entry says to a screen reader. */
export function personEntry(person: Person, t: Translate): string {
  const colour = colourWord(person.colour, t);
  return person.self
    ? t('liveSession:people.entryYou', { name: person.name, colour })
    : t('liveSession:people.entry', { name: person.name, colour });
}

/** White or near-black, whichever reads better on `colour` (a `#rrggbb` of the palette). */
export function initialsColour(colour: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!match) return '#ffffff';
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / 0.0566; // #111418
  return onWhite >= onDark ? '#ffffff' : '#111418';
}
