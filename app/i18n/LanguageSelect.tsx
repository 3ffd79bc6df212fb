import { LESSON_LANGUAGES } from '../../src/lessons/types.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { isLanguage, useCurrentLanguage, useLanguage } from './language-store.ts';
import './language.css';

/**
 * The "Language" combobox. Its name stays "Language" in every language, and each option is
 * written in its own language, so a person can find their way back from a language they cannot read.
 */
export function LanguageSelect() {
  const language = useCurrentLanguage();
  return (
    <select
      className="language-select"
      aria-label="Language"
      title="Language"
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) useLanguage.getState().setLanguage(event.target.value);
      }}
    >
      {LESSON_LANGUAGES.map((value) => (
        <option key={value} value={value} lang={value}>
          {translator(value)('common:languageName')}
        </option>
      ))}
    </select>
  );
}
