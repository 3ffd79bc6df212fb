import { useLanguage } from './language-store.ts';
import { translator, type Translate } from '../../src/i18n/i18n.ts';

/**
 * The translate function of the page's language (`t('inspector:labels.cidr')`); the component
 * re-renders when the language changes. Messages live in `src/i18n/locales/<lang>/<ns>.json`.
 */
export function useT(): Translate {
  return translator(useLanguage((state) => state.language));
}

/** The same, for code outside components (notices, exports). */
export function currentT(): Translate {
  return translator(useLanguage.getState().language);
}
