import { readFileSync } from 'node:fs';
import type { Json } from '../model/test-support/base-document.ts';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaErrors } from '../model/test-support/mini-json-schema.ts';
import { LESSON_SCHEMA_ID, lessonJsonSchemaText } from './json-schema.ts';
import { bundledLessonIds, bundledLessonText } from './test-support/bundled.ts';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/schema/lesson.schema.json');

describe('public/schema/lesson.schema.json', () => {
  const text = readFileSync(file, 'utf8');
  const schema = JSON.parse(text) as Record<string, unknown>;

  it('is what scripts/generate-schema.ts produces now (run `npm run schema` after changing the schema)', () => {
    expect(text).toBe(lessonJsonSchemaText());
  });

  it('identifies itself', () => {
    expect(schema['$id']).toBe(LESSON_SCHEMA_ID);
    expect(schema['title']).toBe('VPC Lab lesson');
  });

  it.each(bundledLessonIds())('accepts the bundled lesson %s', (id) => {
    expect(jsonSchemaErrors(schema, JSON.parse(bundledLessonText(id)))).toEqual([]);
  });

  it('rejects a text without its Japanese, an unknown field and a bad design', () => {
    const lesson = () => JSON.parse(bundledLessonText('nat-gateway')) as Json;
    const noJa = lesson();
    delete noJa.goal.ja;
    expect(jsonSchemaErrors(schema, noJa)).not.toEqual([]);
    const extra = lesson();
    extra.answer = 'x';
    expect(jsonSchemaErrors(schema, extra)).not.toEqual([]);
    const badDesign = lesson();
    badDesign.solution.resources[0].type = 'server';
    expect(jsonSchemaErrors(schema, badDesign)).not.toEqual([]);
  });
});
