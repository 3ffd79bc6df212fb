import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, migrateDocument, parseDocumentText, validateDocument, type Migration } from './index.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { BASE_DOCUMENT } from './test-support/base-document.ts';

describe('parseDocumentText', () => {
  it('parses and validates valid text', () => {
    const report = parseDocumentText(JSON.stringify(BASE_DOCUMENT, null, 2));
    expect(report.valid).toBe(true);
    expect(report.document?.resources.length).toBe(BASE_DOCUMENT.resources.length);
  });

  it('accepts a byte order mark', () => {
    expect(parseDocumentText(`\uFEFF${JSON.stringify(BASE_DOCUMENT)}`).valid).toBe(true);
  });

  it.each([
    ['missing comma', '{\n  "format": "vpclab"\n  "version": 1\n}', 3, 3, 'expected "," or "}"'],
    ['trailing comma', '{\n  "format": "vpclab",\n  "version": 1,\n}', 4, 1, 'trailing comma'],
    ['single quotes', "{\n  'format': 1\n}", 2, 3, 'double quotes'],
    ['unterminated string', '{\n  "format": "vpclab\n}', 2, 20, 'inside a string'],
    ['truncated file', '{\n  "resources": [\n', 3, 1, 'end of file'],
    ['bare word', '{ "format": vpclab }', 1, 13, 'expected a value'],
    ['text after the document', '{}\n{}', 2, 1, 'after the end of the document'],
    ['missing colon', '{"format" "vpclab"}', 1, 11, 'expected ":"'],
  ])('reports a %s with line and column', (_name, text, line, column, message) => {
    const report = parseDocumentText(text);
    expect(report.document).toBeNull();
    expect(report.errors).toHaveLength(1);
    const [issue] = report.errors;
    expect(issue?.code).toBe('JSON_SYNTAX');
    expect(issue?.message).toMatch(new RegExp(`^Line ${line}, column ${column}: `));
    expect(issue?.message).toContain(message);
  });

  it('reports an empty file', () => {
    expect(parseDocumentText('  \n').errors[0]?.message).toContain('The file is empty');
  });

  it('agrees with JSON.parse on valid text', () => {
    for (const text of ['{}', '[1, -2.5e3, "a\\u00e9\\n", true, false, null]', JSON.stringify(BASE_DOCUMENT)]) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });
});

describe('format and version', () => {
  it('refuses a newer version with the exact sentence', () => {
    const report = validateDocument({ ...BASE_DOCUMENT, version: 3 });
    expect(report.errors).toEqual([
      {
        severity: 'error',
        code: 'VERSION_TOO_NEW',
        resource: null,
        path: '$.version',
        message:
          'This file uses VPC Lab format version 3, but this version of VPC Lab reads up to version 2. Update VPC Lab to open it.',
      },
    ]);
    expect(report.document).toBeNull();
  });

  it.each([
    [null, 'NOT_AN_OBJECT'],
    [[], 'NOT_AN_OBJECT'],
    ['vpclab', 'NOT_AN_OBJECT'],
    [{ version: 1 }, 'FORMAT_MISSING'],
    [{ format: 'vpc-lab', version: 1 }, 'FORMAT_INVALID'],
    [{ format: 'vpclab' }, 'VERSION_MISSING'],
    [{ format: 'vpclab', version: '1' }, 'VERSION_INVALID'],
    [{ format: 'vpclab', version: 0 }, 'VERSION_INVALID'],
    [{ format: 'vpclab', version: 1.5 }, 'VERSION_INVALID'],
  ])('refuses %j with %s', (input, code) => {
    const report = validateDocument(input);
    expect(report.errors.map((e) => e.code)).toEqual([code]);
  });

  it('is at version 2', () => {
    expect(CURRENT_VERSION).toBe(2);
  });

  it('reads a version 1 document as version 2 with nothing else changed', () => {
    const version1 = { ...BASE_DOCUMENT, version: 1 };
    const report = validateDocument(version1);
    expect(report.errors).toEqual([]);
    expect(report.document).toEqual(BASE_DOCUMENT);
    expect(version1.version).toBe(1);
  });
});

describe('migrateDocument', () => {
  const toV2: Migration = (d) => ({ ...d, title: d['name'] });
  const toV3: Migration = (d) => {
    const { title, ...rest } = d;
    return { ...rest, label: `${String(title)}!` };
  };

  it('leaves a current document unchanged', () => {
    const result = migrateDocument(BASE_DOCUMENT);
    expect(result.ok && result.document).toEqual(BASE_DOCUMENT);
    expect(result.ok && result.fromVersion).toBe(2);
  });

  it('applies each step in order and sets the version', () => {
    const result = migrateDocument(
      { format: 'vpclab', version: 1, name: 'n' },
      { migrations: { 1: toV2, 2: toV3 }, currentVersion: 3 },
    );
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      document: { format: 'vpclab', version: 3, name: 'n', label: 'n!' },
    });
  });

  it('starts from the document version', () => {
    const result = migrateDocument(
      { format: 'vpclab', version: 2, name: 'n', title: 't' },
      { migrations: { 1: toV2, 2: toV3 }, currentVersion: 3 },
    );
    expect(result.ok && result.document).toEqual({ format: 'vpclab', version: 3, name: 'n', label: 't!' });
  });

  it('does not mutate the input', () => {
    const input = { format: 'vpclab', version: 1, name: 'n' };
    migrateDocument(input, { migrations: { 1: toV2 }, currentVersion: 2 });
    expect(input).toEqual({ format: 'vpclab', version: 1, name: 'n' });
  });

  it('reports a missing step', () => {
    const result = migrateDocument({ format: 'vpclab', version: 1 }, { migrations: { 2: toV3 }, currentVersion: 3 });
    expect(!result.ok && result.issue.code).toBe('VERSION_UNSUPPORTED');
  });

  it('reports a step that throws', () => {
    const broken: Migration = () => {
      throw new Error('no resources');
    };
    const result = migrateDocument({ format: 'vpclab', version: 1 }, { migrations: { 1: broken }, currentVersion: 2 });
    expect(!result.ok && result.issue).toMatchObject({ code: 'MIGRATION_FAILED', path: '$' });
    expect(!result.ok && result.issue.message).toContain('from format version 1 to 2 failed (no resources)');
  });
});
