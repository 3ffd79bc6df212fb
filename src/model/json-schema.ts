import './no-eval.ts';
import * as z from 'zod';
import { DocumentSchema } from './schema.ts';
import { CURRENT_VERSION } from './version.ts';

/** Where the published JSON Schema of current format version lives (also its `$id`). */
export const SCHEMA_ID = `https://vpclab.dev/schema/vpclab-${CURRENT_VERSION}.json`;

/**
 * The JSON Schema (draft 2020-12) of the document, generated from the zod schema so the two
 * cannot disagree. It covers structure only; semantic rules (CIDR math, references) are
 * checked by `validateDocument`. Editors use it for completion and inline checks.
 */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  // Put the identifying keys first so the file reads well; the rest keeps zod's order.
  const { $schema, title, description, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title, description, ...rest };
}

/** The schema file's exact text: 2-space JSON and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
