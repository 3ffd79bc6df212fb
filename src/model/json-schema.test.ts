import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_ID } from './json-schema.ts';
import { BASE_DOCUMENT, mutate, res } from './test-support/base-document.ts';
import { jsonSchemaErrors } from './test-support/mini-json-schema.ts';
import { loadScenarios, loadWorkedExample } from './test-support/shared.ts';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/schema/vpclab-2.json');

describe('public/schema/vpclab-2.json', () => {
  const text = readFileSync(file, 'utf8');
  const schema = JSON.parse(text) as Record<string, unknown>;

  it('is what scripts/generate-schema.ts produces now (run `npm run schema` after changing the schema)', () => {
    expect(text).toBe(jsonSchemaText());
  });

  it('identifies itself', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(SCHEMA_ID);
    expect(schema['title']).toBe('VPC Lab document');
    expect(typeof schema['description']).toBe('string');
  });

  it.each(loadScenarios())('accepts the structure of $file', ({ document }) => {
    expect(jsonSchemaErrors(schema, document)).toEqual([]);
  });

  it('accepts the worked example and the test base document', () => {
    expect(jsonSchemaErrors(schema, loadWorkedExample())).toEqual([]);
    expect(jsonSchemaErrors(schema, BASE_DOCUMENT)).toEqual([]);
  });

  it('rejects unknown fields, bad ids and unknown types', () => {
    expect(
      jsonSchemaErrors(
        schema,
        mutate((d) => (res(d, 'web-1').colour = 'red')),
      ),
    ).not.toEqual([]);
    expect(
      jsonSchemaErrors(
        schema,
        mutate((d) => (res(d, 'web-1').id = 'web/1')),
      ),
    ).not.toEqual([]);
    expect(
      jsonSchemaErrors(
        schema,
        mutate((d) => (res(d, 'web-1').type = 'server')),
      ),
    ).not.toEqual([]);
    expect(
      jsonSchemaErrors(
        schema,
        mutate((d) => (res(d, 'vpce-s3').subnets = [])),
      ),
    ).not.toEqual([]);
  });
});
