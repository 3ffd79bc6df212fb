import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import type { Translate } from '../../src/i18n/i18n.ts';
import type { ExampleEntry } from '../document/examples.ts';

type TitledExample = keyof (typeof CATALOGUES)['en']['examples']['titles'];

const TITLED: ReadonlySet<string> = new Set(Object.keys(CATALOGUES.en.examples.titles));

/**
 * An example's title in the language of `t`, from `examples:titles.<file name without .json>`
 * (public/examples/index.json holds the English titles, and a test keeps both in step). An
 * example the catalogue does not know keeps its own title.
 */
export function exampleTitle(t: Translate, entry: Pick<ExampleEntry, 'file' | 'title'>): string {
  const stem = entry.file.replace(/\.json$/, '');
  return TITLED.has(stem) ? t(`examples:titles.${stem as TitledExample}`) : entry.title;
}
