import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDocument } from '../migrate.ts';

/**
 * The one way tests and scripts reach the shared contracts folder (docs and scenarios): the
 * `shared` folder beside the repository, or VPCLAB_SHARED for other layouts (CI checkouts).
 * Tests of the page (app/, no Node APIs) read the bundled copies in public/examples instead,
 * which a test keeps equal to these (scripts/build-examples.test.ts).
 */
export const SHARED_DIR =
  process.env['VPCLAB_SHARED'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');

export const SCENARIO_DIR = join(SHARED_DIR, 'scenarios');

/** One case of a scenario file (scenarios/README.md, "Case-file format"). */
export interface ScenarioCase {
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port?: number;
  readonly verdict: 'allowed' | 'blocked';
  readonly code?: string;
  readonly component?: string;
  readonly path?: 'forward' | 'return';
}

export interface Scenario {
  readonly file: string;
  readonly path: string;
  readonly document: Record<string, unknown>;
  readonly cases: readonly ScenarioCase[];
}

/** Every `scenarios/*.json` case file, sorted by name. */
export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(SCENARIO_DIR, file);
      const data = JSON.parse(readFileSync(path, 'utf8')) as Omit<Scenario, 'file' | 'path'>;
      return { file, path, document: migrated(data.document), cases: data.cases };
    });
}

/** The scenario whose file name starts with `prefix` ("01-"). */
export function scenario(prefix: string): Scenario {
  const found = loadScenarios().find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no scenario ${prefix} in ${SCENARIO_DIR}`);
  return found;
}

/** The JSON block under "## Worked example" in docs/format.md. */
export function loadWorkedExample(sharedDir: string = SHARED_DIR): unknown {
  const text = readFileSync(join(sharedDir, 'docs', 'format.md'), 'utf8');
  const match = /```json\n([\s\S]*?)```/.exec(text.slice(text.indexOf('## Worked example')));
  if (!match?.[1]) throw new Error('format.md has no worked example');
  return migrated(JSON.parse(match[1]));
}

/**
 * The shared files are written in format version 1; tests work with the current version, as
 * the page and the CLI do after reading a file (migrate.ts).
 */
function migrated<T>(document: T): T {
  const result = migrateDocument(document);
  return (result.ok ? result.document : document) as T;
}
