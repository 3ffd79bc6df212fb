import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared contracts folder (docs and scenarios). The repo is /work/main and shared is
 * /work/shared; VPCLAB_SHARED overrides it (CI checkouts, other layouts).
 */
export const SHARED_DIR =
  process.env['VPCLAB_SHARED'] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');

export interface ScenarioFile {
  readonly file: string;
  readonly document: unknown;
}

/** Every `scenarios/*.json` case file, sorted by name. */
export function loadScenarios(): ScenarioFile[] {
  const folder = join(SHARED_DIR, 'scenarios');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      document: (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { document: unknown }).document,
    }));
}

/** The JSON block under "## Worked example" in docs/format.md. */
export function loadWorkedExample(): unknown {
  const text = readFileSync(join(SHARED_DIR, 'docs', 'format.md'), 'utf8');
  const section = text.slice(text.indexOf('## Worked example'));
  const match = /```json\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('format.md has no worked example');
  return JSON.parse(match[1]);
}
