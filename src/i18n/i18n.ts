import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { CATALOGUES, type Namespace } from './catalogues.ts';

/** The product's languages; English is the source and the fallback. */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

const NAMESPACES = Object.keys(CATALOGUES.en) as Namespace[];

/**
 * One i18next instance for the page, the worker and the CLI, with every catalogue bundled (no
 * loading, so the first render and the CLI's first line are already translated). Messages are
 * ICU: `{count, plural, one {# rule} other {# rules}}`, `{port, number}`, `{kind, select, …}`.
 * Values are plain text: nothing is escaped here because React and the terminal escape or
 * ignore markup themselves.
 */
const instance = i18next.createInstance();
void instance.use(ICU).init({
  resources: CATALOGUES,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<Namespace[]>;

const translators = new Map<Language, Translate>();

/**
 * The translate function of one language: `t('common:findingCount', { count: 3 })`. Keys are
 * `namespace:key.path`; a missing key returns the key itself (and fails `catalogues.test.ts`).
 */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    t = instance.getFixedT(language, NAMESPACES);
    translators.set(language, t);
  }
  return t;
}
