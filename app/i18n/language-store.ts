import { create } from 'zustand';
import { LESSON_LANGUAGES, type LessonLanguage } from '../../src/lessons/types.ts';

/** The page's languages: the same as the lessons are written in. */
export type Language = LessonLanguage;

const STORAGE_KEY = 'vpclab.language';

interface LanguageState {
  readonly language: Language;
  setLanguage(language: Language): void;
}

export function isLanguage(value: unknown): value is Language {
  return LESSON_LANGUAGES.some((language) => language === value);
}

/** Local storage is untrusted (and may be unavailable): anything but a known language means English. */
function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'en';
  } catch {
    return 'en';
  }
}

/**
 * A language the address asks for (`?lang=ja`: a teacher's link opens in the class's language),
 * or null. It then becomes the remembered choice, as if picked from the menu.
 */
function addressLanguage(): Language | null {
  if (typeof location === 'undefined') return null;
  const asked = new URLSearchParams(location.search).get('lang');
  return isLanguage(asked) ? asked : null;
}

/** The current language, kept across reloads; `<html lang>` follows it for screen readers and fonts. */
export const useLanguage = create<LanguageState>()((set) => ({
  language: addressLanguage() ?? savedLanguage(),
  setLanguage(language) {
    set({ language });
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  },
}));

function applyToPage(language: Language): void {
  // Unit tests of modules that word messages run without a page.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyToPage(useLanguage.getState().language);
const asked = addressLanguage();
if (asked !== null) useLanguage.getState().setLanguage(asked);
useLanguage.subscribe((state) => applyToPage(state.language));

const selectLanguage = (state: LanguageState) => state.language;

/** The current language, for texts written per language (lessons, examples' own words). */
export function useCurrentLanguage(): Language {
  return useLanguage(selectLanguage);
}
