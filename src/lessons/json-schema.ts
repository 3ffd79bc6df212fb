import '../model/no-eval.ts';
import * as z from 'zod';
import { LessonSchema } from './schema.ts';

/** Where the published JSON Schema of lesson files lives (also its `$id`). */
export const LESSON_SCHEMA_ID = 'https://vpclab.dev/schema/lesson.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a lesson file, generated from the zod schema so the two
 * cannot disagree; `start` and `solution` embed the document schema. Structure only: whether
 * the designs are semantically valid, the start fails and the solution passes is for
 * `vpclab lesson check`.
 */
export function buildLessonJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LessonSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: LESSON_SCHEMA_ID, title, description, ...rest };
}

/** The schema file's exact text: 2-space JSON and a final newline. */
export function lessonJsonSchemaText(): string {
  return `${JSON.stringify(buildLessonJsonSchema(), null, 2)}\n`;
}
