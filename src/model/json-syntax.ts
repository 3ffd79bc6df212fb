/**
 * Finds where JSON text is broken and says what was expected there. JSON.parse messages differ
 * between engines (V8, SpiderMonkey, JavaScriptCore) and some give no position, so a small
 * scanner re-reads the text after JSON.parse has failed and produces one stable sentence.
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Fail {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Returns the first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    const end = skipSpace(text, value(text, skipSpace(text, 0)));
    if (end < text.length) throw new Fail(end, `Unexpected ${describe(text, end)} after the end of the document`);
    return null;
  } catch (caught) {
    if (!(caught instanceof Fail)) throw caught;
    return { ...lineColumn(text, caught.offset), offset: caught.offset, message: caught.message };
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'end of file';
  const char = text[at] ?? '';
  return `character ${JSON.stringify(char)}`;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && ' \t\n\r'.includes(text[at] ?? '')) at += 1;
  return at;
}

/** The containers open around the current position, innermost last. */
type Open = '[' | '{';

/**
 * Scans one JSON value starting at `at` and returns the offset after it. Iterative, with an
 * explicit stack of open containers: text nested thousands deep (`[` 5,000 times) is exactly the
 * kind of input that fails JSON.parse and must not overflow the call stack here.
 */
function value(text: string, at: number): number {
  const open: Open[] = [];
  for (;;) {
    at = startValue(text, at, open);
    // A value ended at `at`: close containers until one expects another element.
    for (;;) {
      const container = open[open.length - 1];
      if (container === undefined) return at;
      at = skipSpace(text, at);
      const close = container === '[' ? ']' : '}';
      if (text[at] === close) {
        open.pop();
        at += 1;
        continue;
      }
      if (text[at] !== ',') {
        throw new Fail(at, `Unexpected ${describe(text, at)}: expected "," or "${close}" (is a comma missing?)`);
      }
      at = skipSpace(text, at + 1);
      if (container === '{') {
        at = member(text, at);
      } else if (text[at] === ']') {
        throw new Fail(at, 'Unexpected "]" after a comma: remove the trailing comma');
      }
      break;
    }
  }
}

/**
 * Reads the start of a value: a whole scalar or empty container (returns the offset after it),
 * or the opening of a container with content (pushes it and returns where its first element's
 * value starts, and the caller scans that value next).
 */
function startValue(text: string, at: number, open: Open[]): number {
  for (;;) {
    const char = text[at];
    if (char === '{') {
      at = skipSpace(text, at + 1);
      if (text[at] === '}') return at + 1;
      open.push('{');
      at = member(text, at);
    } else if (char === '[') {
      at = skipSpace(text, at + 1);
      if (text[at] === ']') return at + 1;
      open.push('[');
    } else {
      return scalar(text, at);
    }
  }
}

/** Reads `"name" :` of an object member and returns where its value starts. */
function member(text: string, at: number): number {
  if (text[at] !== '"') {
    if (text[at] === '}') throw new Fail(at, 'Unexpected "}" after a comma: remove the trailing comma');
    throw new Fail(at, `Unexpected ${describe(text, at)}: expected a property name in double quotes`);
  }
  at = skipSpace(text, string(text, at));
  if (text[at] !== ':') throw new Fail(at, `Unexpected ${describe(text, at)}: expected ":" after the property name`);
  return skipSpace(text, at + 1);
}

function scalar(text: string, at: number): number {
  const char = text[at];
  if (char === '"') return string(text, at);
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length;
  }
  if (at >= text.length) throw new Fail(at, 'Unexpected end of file: a value is missing');
  if (char === "'") throw new Fail(at, 'Unexpected single quote: JSON strings use double quotes');
  throw new Fail(
    at,
    `Unexpected ${describe(text, at)}: expected a value (object, list, text, number, true, false or null)`,
  );
}

function string(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          throw new Fail(i, 'Bad \\u escape: expected four hexadecimal digits');
        i += 5;
      } else if ('"\\/bfnrt'.includes(next) && next !== '') {
        i += 1;
      } else {
        throw new Fail(i, `Bad escape "\\${next}" in a string`);
      }
    } else if (char < ' ') {
      throw new Fail(
        i,
        'Unexpected line break or control character inside a string: close the string with a double quote',
      );
    }
  }
  throw new Fail(at, 'Unterminated string: a closing double quote is missing');
}

function number(text: string, at: number): number {
  const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
  if (!match) throw new Fail(at, `Unexpected ${describe(text, at)}: not a valid number`);
  return at + match[0].length;
}
