/**
 * A name short enough for a label on the canvas: at most `width` columns, where a wide
 * character (Japanese, Chinese, Korean, full-width forms) takes two, cut with an ellipsis.
 * The full name stays in the People here list and in the label's title.
 */
export function shortName(name: string, width = 18): string {
  const characters = [...name];
  let used = 0;
  for (let i = 0; i < characters.length; i++) {
    used += columnsOf(characters[i]!);
    // Leave a column for the ellipsis when the name goes on.
    if (used > width || (used === width && i < characters.length - 1)) {
      return `${characters.slice(0, i).join('').trimEnd()}…`;
    }
  }
  return name;
}

/** Two columns for East Asian wide and full-width characters, one for the rest. */
function columnsOf(character: string): number {
  const code = character.codePointAt(0)!;
  const wide =
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals, kana, CJK ideographs, Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) || // pictographs and emoji
    (code >= 0x20000 && code <= 0x3fffd); // CJK extensions
  return wide ? 2 : 1;
}

/** The first letter of a name as a reader sees it (a whole emoji or accented letter), for the smallest tags. */
export function initialOf(name: string): string {
  const first =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name)[Symbol.iterator]().next().value
          ?.segment
      : [...name][0];
  return (first ?? '').toLocaleUpperCase();
}
