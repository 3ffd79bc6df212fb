/**
 * Writes public/schema/vpclab-1.json from the zod schema (`npm run schema`). A unit test fails
 * when the committed file differs from what this produces, so run it after changing the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/model/json-schema.ts';
import { CURRENT_VERSION } from '../src/model/version.ts';

const target = resolve(dirname(fileURLToPath(import.meta.url)), `../public/schema/vpclab-${CURRENT_VERSION}.json`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, jsonSchemaText());
console.log(`Wrote ${target}`);
