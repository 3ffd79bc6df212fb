import { useT } from '../i18n/use-t.ts';
import { useTheme, useThemeStore } from './theme-store.ts';
import './theme-toggle.css';

/**
 * The "Dark mode" toggle: pressed while the page is dark, whether by choice or by the system's
 * preference. A moon, with its name for screen readers and in its tooltip: the top bar must fit
 * at 1024 px in every language, and a word here would cost it the width of one more button.
 */
export function ThemeToggle() {
  const t = useT();
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      title={t('topBar:theme.darkModeTitle')}
      onClick={() => useThemeStore.getState().choose(dark ? 'light' : 'dark')}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          d="M13.5 10.2A6 6 0 0 1 5.8 2.5a6 6 0 1 0 7.7 7.7Z"
          fill={dark ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
      </svg>
      <span className="visually-hidden">{t('topBar:theme.darkMode')}</span>
    </button>
  );
}
