import { CATALOGUES } from '../../../src/i18n/catalogues.ts';
import type { Translate } from '../../../src/i18n/i18n.ts';

/**
 * Inspector field labels, table captions and column headers are keyed by their English text,
 * which is also their accessible name in ui.md: forms pass "Name" or "Inbound rules", and the
 * field words it in the page's language from `inspector:labels`.
 */
export type InspectorLabel = keyof (typeof CATALOGUES)['en']['inspector']['labels'];

const LABELS: ReadonlySet<string> = new Set(Object.keys(CATALOGUES.en.inspector.labels));

function isInspectorLabel(text: string): text is InspectorLabel {
  return LABELS.has(text);
}

/** An inspector label in the language of `t`; a label missing from the catalogue stays as given. */
export function inspectorLabel(t: Translate, english: string): string {
  return isInspectorLabel(english) ? t(`inspector:labels.${english}`) : english;
}
