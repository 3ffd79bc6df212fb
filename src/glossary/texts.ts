import { translator, type Language } from '../i18n/i18n.ts';
import type { TermText } from './search.ts';
import type { TermId } from './terms.ts';

/** A term's name and definition from the glossary catalogue of the language. */
export function termText(id: TermId, language: Language): TermText {
  const t = translator(language);
  return {
    name: t(`glossary:terms.${id}.name`),
    definition: t(`glossary:terms.${id}.definition`),
  };
}

/** The definition's first sentence: what a tooltip shows before "Learn more" opens the rest. */
export function shortDefinition(definition: string): string {
  const end = /[.。](?=\s|$)|。/u.exec(definition);
  return end ? definition.slice(0, end.index + 1) : definition;
}
