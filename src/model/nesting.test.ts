import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseDocumentText, validateDocument } from './index.ts';
import { BASE_DOCUMENT, type Json } from './test-support/base-document.ts';

/** `{ a: { a: ... { a: {} } } }` with `levels` objects, built without recursion. */
function nestedObjects(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < levels; i += 1) value = { a: value };
  return value;
}

/** The base document with `meta` nested so the whole document is `levels` containers deep. */
function documentOfDepth(levels: number): Record<string, unknown> {
  // The document itself is level 1 and meta level 2.
  return { ...structuredClone(BASE_DOCUMENT), meta: nestedObjects(levels - 1) };
}

describe('nesting depth limit', () => {
  it(`accepts a document exactly ${MAX_NESTING_DEPTH} levels deep`, () => {
    expect(validateDocument(documentOfDepth(MAX_NESTING_DEPTH)).errors).toEqual([]);
  });

  it('refuses one level more with one error naming the path where the limit is crossed', () => {
    const report = validateDocument(documentOfDepth(MAX_NESTING_DEPTH + 1));
    expect(report.valid).toBe(false);
    expect(report.document).toBeNull();
    const crossedAt = `$.meta${'.a'.repeat(MAX_NESTING_DEPTH - 1)}`;
    expect(report.errors).toEqual([
      {
        severity: 'error',
        code: 'NESTING_TOO_DEEP',
        resource: null,
        path: crossedAt,
        message: expect.stringContaining(`deeper than ${MAX_NESTING_DEPTH} levels at ${crossedAt}`),
      },
    ]);
  });

  it('refuses a share-link sized document nested 5,000 deep, and validation does not overflow at 200,000', () => {
    for (const levels of [5_000, 200_000]) {
      const report = validateDocument(documentOfDepth(levels));
      expect(report.errors.map((issue) => issue.code)).toEqual(['NESTING_TOO_DEEP']);
    }
  });

  it('names array indexes in the path, deep inside a resource', () => {
    let list: unknown = [];
    for (let i = 0; i < 100; i += 1) list = [list];
    const document: Json = structuredClone(BASE_DOCUMENT);
    document.resources[0].tags = { deep: list };
    const [issue] = validateDocument(document).errors;
    expect(issue?.code).toBe('NESTING_TOO_DEEP');
    expect(issue?.path).toBe(`$.resources[0].tags.deep${'[0]'.repeat(MAX_NESTING_DEPTH - 4)}`);
  });

  it('parses and refuses 5,000 nested lists in document text', () => {
    const text = `{"format":"vpclab","version":1,"name":"x","resources":[],"meta":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    expect(parseDocumentText(text).errors.map((issue) => issue.code)).toEqual(['NESTING_TOO_DEEP']);
  });
});
