import { LANGUAGE_NAMES, isLanguage, useLanguage } from './language-store.ts';
import './language.css';
import { useCurrentLanguage } from './use-messages.ts';

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
      {Object.entries(LANGUAGE_NAMES).map(([value, name]) => (
        <option key={value} value={value} lang={value}>
          {name}
        </option>
      ))}
    </select>
  );
}
