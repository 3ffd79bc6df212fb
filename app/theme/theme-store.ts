import { create } from 'zustand';

/** The page's two colour themes. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'vpclab.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeState {
  /** What the person chose with the toggle, or null to follow the system's preference. */
  readonly choice: Theme | null;
  /** What the system prefers (`prefers-color-scheme`), followed live. */
  readonly system: Theme;
  choose(theme: Theme): void;
}

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/** Local storage is untrusted (and may be unavailable): anything but a theme means "follow the system". */
function savedChoice(): Theme | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isTheme(saved) ? saved : null;
  } catch {
    return null;
  }
}

function darkQuery(): MediaQueryList | null {
  // Unit tests run without a page.
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

/** The theme in effect: the person's choice, else the system's preference. */
export function resolvedTheme(state: Pick<ThemeState, 'choice' | 'system'>): Theme {
  return state.choice ?? state.system;
}

/**
 * The colour theme. The choice is kept in this browser and wins over the system preference;
 * `<html data-theme>` always holds the theme in effect, which the style sheets read.
 */
export const useThemeStore = create<ThemeState>()((set) => ({
  choice: savedChoice(),
  system: darkQuery()?.matches ? 'dark' : 'light',
  choose(theme) {
    set({ choice: theme });
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  },
}));

darkQuery()?.addEventListener('change', (event) =>
  useThemeStore.setState({ system: event.matches ? 'dark' : 'light' }),
);

const selectTheme = (state: ThemeState) => resolvedTheme(state);

/** The theme in effect; the component re-renders when it changes. */
export function useTheme(): Theme {
  return useThemeStore(selectTheme);
}

function applyToPage(theme: Theme): void {
  if (typeof document === 'undefined') return;
  // theme.css reads it, and sets `color-scheme` so that native controls and scroll bars follow.
  document.documentElement.dataset.theme = theme;
}
applyToPage(resolvedTheme(useThemeStore.getState()));
useThemeStore.subscribe((state) => applyToPage(resolvedTheme(state)));
