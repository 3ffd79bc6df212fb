import type { Language } from '../i18n/i18n.ts';
import { TERMS, type Term, type TermId } from './terms.ts';

/** A term's words in one language (from the glossary catalogue). */
export interface TermText {
  readonly name: string;
  readonly definition: string;
}

export type TermTexts = (id: TermId, language: Language) => TermText;

const LANGUAGES: readonly Language[] = ['en', 'ja'];

/**
 * Folds what people type into one form: full-width and half-width forms alike (ＶＰＣ, ｖｐｃ,
 * ﾈｯﾄﾜｰｸ), case, and hiragana to katakana (えふぇめらる finds エフェメラル), so kana match as
 * typed whichever script the person's input method produced.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

interface Haystack {
  readonly term: Term;
  /** Names, aliases and the id: a hit here ranks before a hit in a definition. */
  readonly names: string;
  readonly definitions: string;
}

/** The folded texts per source of texts: built once, not on every keystroke. */
const folded = new WeakMap<TermTexts, readonly Haystack[]>();

function haystacks(texts: TermTexts): readonly Haystack[] {
  let built = folded.get(texts);
  if (!built) {
    built = buildHaystacks(texts);
    folded.set(texts, built);
  }
  return built;
}

function buildHaystacks(texts: TermTexts): Haystack[] {
  return TERMS.map((term) => {
    const names = [term.id.replace(/-/g, ' '), ...term.aliases, ...LANGUAGES.map((l) => texts(term.id, l).name)];
    const definitions = LANGUAGES.map((l) => texts(term.id, l).definition);
    // Each text also without spaces, so "ネットワークACL" finds "ネットワーク ACL".
    const fold = (parts: readonly string[]) =>
      parts
        .map((part) => normalizeForSearch(part))
        .flatMap((part) => [part, part.replace(/ /g, '')])
        .join('\n');
    return { term, names: fold(names), definitions: fold(definitions) };
  });
}

/**
 * The terms matching a query, in both languages at once: every word of the query must occur
 * in the term's name, an alias or its definition. Terms whose name or alias matches come
 * first, then those found only in a definition, each group in glossary order. An empty query
 * matches every term.
 */
export function searchTerms(query: string, texts: TermTexts): TermId[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  const all = haystacks(texts);
  if (words.length === 0) return all.map((entry) => entry.term.id);
  const byName: TermId[] = [];
  const byDefinition: TermId[] = [];
  for (const { term, names, definitions } of all) {
    if (words.every((word) => names.includes(word))) byName.push(term.id);
    else if (words.every((word) => names.includes(word) || definitions.includes(word))) byDefinition.push(term.id);
  }
  return [...byName, ...byDefinition];
}
