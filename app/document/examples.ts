import { validateDocument } from '../../src/model/index.ts';
import { fromReport, isScenario, type ReadOutcome } from './import.ts';
import { currentT } from '../i18n/use-t.ts';

/** One bundled example, as listed in `public/examples/index.json`. */
export interface ExampleEntry {
  /** The file name in `public/examples/` (with `.json`); `?example=` takes it without. */
  readonly file: string;
  readonly title: string;
  /** What the example teaches, shown when it is opened; `ja` holds the Japanese. */
  readonly teaches?: string;
  readonly ja?: { readonly teaches?: string };
}

const folder = `${import.meta.env.BASE_URL}examples/`;

/** The bundled examples, in file order; empty when the list cannot be fetched. */
export async function loadExampleIndex(): Promise<ExampleEntry[]> {
  const response = await fetch(`${folder}index.json`);
  if (!response.ok) return [];
  const entries: unknown = await response.json();
  return Array.isArray(entries)
    ? entries.filter(
        (e): e is ExampleEntry =>
          typeof e === 'object' && e !== null && typeof e.file === 'string' && typeof e.title === 'string',
      )
    : [];
}

/** Loads and validates one example by its name (`01-public-private-subnets`, with or without `.json`). */
export async function loadExample(name: string): Promise<ReadOutcome> {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  const t = currentT();
  const source = t('notices:exampleSource', { name: name.replace(/\.json$/, '') });
  const failed = (why: string): ReadOutcome => ({
    ok: false,
    notice: { kind: 'error', text: t('notices:exampleFailed', { source, why }) },
  });
  if (!/^[A-Za-z0-9._-]+$/.test(file)) return failed(t('notices:exampleWhy.notAName'));
  let value: unknown;
  try {
    const response = await fetch(`${folder}${file}`);
    // The preview server answers unknown paths with the page itself, so check what came back.
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    if (!response.ok || !isJson) return failed(t('notices:exampleWhy.noSuchExample'));
    value = await response.json();
  } catch {
    return failed(t('notices:exampleWhy.notLoaded'));
  }
  return fromReport(validateDocument(isScenario(value) ? value.document : value), source);
}
