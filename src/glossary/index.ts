/** The glossary: terms, what links to them, and search (framework-free; texts in the `glossary` catalogues). */
export { TERM_IDS, TERMS, isTermId, termById, type Term, type TermId } from './terms.ts';
export {
  CODE_TERMS,
  FINDING_TERMS,
  LABEL_TERMS,
  RESOURCE_TERMS,
  UNEXPLAINED_LABELS,
  termOfCode,
  termOfLabel,
} from './links.ts';
export { normalizeForSearch, searchTerms, type TermText, type TermTexts } from './search.ts';
export { shortDefinition, termText } from './texts.ts';
