/** Small helpers that keep finding messages uniform. */

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: ids quoted and joined for running text. */
export function quotedList(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  if (quoted.length <= 1) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `subnet "a"` or `subnets "a" and "b"`. */
export function counted(word: string, ids: readonly string[]): string {
  return `${word}${ids.length === 1 ? '' : 's'} ${quotedList(ids)}`;
}
