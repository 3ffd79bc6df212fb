/**
 * Writes public/schema/vpclab-2.json and public/schema/lesson.schema.json from the zod schemas
 * (`npm run schema`). Unit tests fail when a committed file differs from what this produces, so
 * run it after changing a schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessonJsonSchemaText } from '../src/lessons/json-schema.ts';
import { jsonSchemaText } from '../src/model/json-schema.ts';
import { CURRENT_VERSION } from '../src/model/version.ts';

const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../public/schema');
mkdirSync(folder, { recursive: true });
for (const [file, text] of [
  [`vpclab-${CURRENT_VERSION}.json`, jsonSchemaText()],
  ['lesson.schema.json', lessonJsonSchemaText()],
] as const) {
  const target = resolve(folder, file);
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
