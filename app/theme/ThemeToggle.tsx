import { useMessages } from '../i18n/use-messages.ts';
import { useTheme, useThemeStore } from './theme-store.ts';

/** The "Dark mode" toggle: pressed while the page is dark, whether by choice or by the system's preference. */
export function ThemeToggle() {
  const t = useMessages();
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      title={t.theme.darkModeTitle}
      onClick={() => useThemeStore.getState().choose(dark ? 'light' : 'dark')}
    >
      {t.theme.darkMode}
    </button>
  );
}
