import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VpcLabDocument } from '../../../model/index.ts';
import { loadScenarios } from '../../../model/test-support/shared.ts';

const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../public/examples');

/** Every shared scenario's document and every bundled example, for the round-trip tests. */
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
  return [...scenarios, ...examples];
}

/**
 * What the IaC formats do not store, removed before comparing: `layout` holds canvas
 * positions, which are not infrastructure (a reader lays out what it imports).
 */
export function withoutLayout(document: VpcLabDocument): VpcLabDocument {
  const { layout: _layout, ...rest } = document;
  return rest;
}
