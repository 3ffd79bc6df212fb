/**
 * Writes public/examples/ (`npm run examples`): every shared scenario file as it is (title,
 * teaches, source, document, cases), the worked example of format.md in the same wrapper as
 * `00-worked-example.json`, and `index.json` listing `{ file, title, teaches, ja: { teaches } }`
 * for the Examples menu and the note shown when an example is opened (Japanese from examples-ja.ts).
 * Files are formatted with the repository's prettier settings so `format:check` passes. A unit
 * test fails when public/examples differs from what this produces.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadWorkedExample, SHARED_DIR } from '../src/model/test-support/shared.ts';
import { CURRENT_VERSION } from '../src/model/version.ts';
import { JA_TEACHES } from './examples-ja.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export { SHARED_DIR };

/** Where the page serves the examples from. */
export const EXAMPLES_DIR = join(root, 'public', 'examples');

/** Every file public/examples should hold, by name, with its text. */
export async function buildExamples(sharedDir: string = SHARED_DIR): Promise<Map<string, string>> {
  const options = { ...(await resolveConfig(join(EXAMPLES_DIR, 'index.json'))), parser: 'json' };
  const pretty = (value: unknown) => format(JSON.stringify(value, null, 2), options);
  const files = new Map<string, string>();
  const index: { file: string; title: string; teaches?: string; ja?: { teaches: string } }[] = [];
  const entry = (file: string, title: string, teaches: string | undefined) => ({
    file,
    title,
    ...(teaches === undefined ? {} : { teaches }),
    ...(JA_TEACHES[file] === undefined ? {} : { ja: { teaches: JA_TEACHES[file] } }),
  });
  const WORKED_TEACHES = 'The worked example of the format: a public web server and a database only it can reach.';

  const document = loadWorkedExample(sharedDir) as { name: string };
  files.set(
    '00-worked-example.json',
    await pretty({
      title: document.name,
      teaches: WORKED_TEACHES,
      source: 'docs/format.md, "Worked example".',
      document,
    }),
  );
  index.push(entry('00-worked-example.json', document.name, WORKED_TEACHES));

  const folder = join(sharedDir, 'scenarios');
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    const scenario = JSON.parse(text) as { title: string; teaches?: string };
    // Formatted, not rewritten: the scenario keeps every field and its key order. Only the
    // document's version moves to the current one (migrate.ts: version 2 only adds to version 1).
    files.set(file, await format(atCurrentVersion(text), options));
    index.push(entry(file, scenario.title, scenario.teaches));
  }
  files.set('index.json', await pretty(index));
  return files;
}

/** The scenario's text with its document marked as the current format version. */
function atCurrentVersion(text: string): string {
  return text.replace(/("format":\s*"vpclab",\s*"version":\s*)1\b/, `$1${CURRENT_VERSION}`);
}

async function main(): Promise<void> {
  const files = await buildExamples();
  rmSync(EXAMPLES_DIR, { recursive: true, force: true });
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(EXAMPLES_DIR, file), text);
  console.log(`Wrote ${files.size} files to ${EXAMPLES_DIR}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
