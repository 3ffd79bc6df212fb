import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VpcLabDocument } from '../../../model/index.ts';
import { loadScenarios } from '../../../model/test-support/shared.ts';

const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../public/examples');
const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../cases');

/** Every shared scenario's document, every bundled example and every golden case, for the round-trip tests. */
export function roundTripDocuments(): { file: string; document: VpcLabDocument }[] {
  const scenarios = loadScenarios().map(({ file, document }) => ({
    file: `scenarios/${file}`,
    document: document as unknown as VpcLabDocument,
  }));
  const examples = readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => ({
      file: `examples/${file}`,
      document: (JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as { document: VpcLabDocument }).document,
    }));
  // Our golden cases (cases/README.md) carry the constructs format version 2 added.
  const cases = readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file: `cases/${file}`,
      document: (JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as { document: VpcLabDocument }).document,
    }));
  return [...scenarios, ...examples, ...cases];
}

/**
 * What the IaC formats do not store, removed before comparing: `layout` holds canvas
 * positions, which are not infrastructure (a reader lays out what it imports).
 */
export function withoutLayout(document: VpcLabDocument): VpcLabDocument {
  const { layout: _layout, ...rest } = document;
  return rest;
}
