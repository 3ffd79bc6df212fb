/**
 * One rule for every address and port text in a document: whitespace anywhere (a trailing space,
 * a line break pasted from a terminal, a full-width space from a Japanese IME) is refused, never
 * trimmed. AWS refuses `"22 "` as a port and `"10.0.0.0/16 "` as a CIDR alike, and a document
 * that silently trims would export text other tools refuse.
 */
const WHITESPACE = /\s/u;

/**
 * The sentence saying `text` holds whitespace, or undefined when it holds none. The text is
 * shown JSON-escaped (`"22\n"`) so an invisible character is visible in the message.
 * @example whitespaceProblem('22 ') // '"22 " contains whitespace (a space, tab or line break); remove it'
 */
export function whitespaceProblem(text: string): string | undefined {
  if (!WHITESPACE.test(text)) return undefined;
  return `${JSON.stringify(text)} contains whitespace (a space, tab or line break); remove it`;
}
