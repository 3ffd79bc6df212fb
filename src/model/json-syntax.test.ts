import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './index.ts';
import { findJsonSyntaxError } from './json-syntax.ts';

describe('findJsonSyntaxError on deeply nested text', () => {
  it.each([
    ['5,000 "["', '['.repeat(5_000), 5_001],
    ['200,000 "["', '['.repeat(200_000), 200_001],
    ['5,000 {"a":', '{"a":'.repeat(5_000), 25_001],
  ])('reports %s as a truncated file instead of overflowing the stack', (_name, text, column) => {
    expect(findJsonSyntaxError(text)).toEqual({
      offset: column - 1,
      line: 1,
      column,
      message: 'Unexpected end of file: a value is missing',
    });
  });

  it('finds the error after deep valid nesting closes', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)},`;
    expect(findJsonSyntaxError(text)?.message).toBe('Unexpected character "," after the end of the document');
    expect(findJsonSyntaxError(text.slice(0, -1))).toBeNull();
  });

  it('parseDocumentText turns 5,000 "[" into one JSON_SYNTAX error with line and column', () => {
    const report = parseDocumentText('['.repeat(5_000));
    expect(report.errors.map((issue) => [issue.code, issue.message])).toEqual([
      ['JSON_SYNTAX', expect.stringMatching(/^Line 1, column 5001: Unexpected end of file/)],
    ]);
  });
});

describe('findJsonSyntaxError agrees with JSON.parse', () => {
  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  // Valid JSON, then the same text cut short or with one character changed: both kinds of
  // text a person hands the editor.
  const texts = fc.oneof(
    fc.json(),
    fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '[', '{', "'", 'x', ' '))
      .map(
        ([json, at, char]) => json.slice(0, at % (json.length + 1)) + char + json.slice((at % (json.length + 1)) + 1),
      ),
  );

  it('finds an error exactly when JSON.parse throws', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { seed: 16, numRuns: 2_000 },
    );
  });
});
