import { MESSAGES, useLanguage, type Language } from './language-store.ts';
import type { Messages } from './messages.ts';

const selectLanguage = (state: { language: Language }) => state.language;

/** The messages of the current language; the component re-renders when the language changes. */
export function useMessages(): Messages {
  return MESSAGES[useLanguage(selectLanguage)];
}

/** The current language, for texts written per language (lessons). */
export function useCurrentLanguage(): Language {
  return useLanguage(selectLanguage);
}

/** The messages of the current language, for code outside components (notices). */
export function currentMessages(): Messages {
  return MESSAGES[useLanguage.getState().language];
}

/** Words an inspector label (its English accessible name) in the current language; unknown labels stay as given. */
export function useInspectorLabel(): (english: string) => string {
  const labels: Readonly<Record<string, string>> = useMessages().inspector.labels;
  return (english) => labels[english] ?? english;
}
