import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the store module, read with `saved` in local storage (or with storage refused). */
async function storeWith(saved: string | null | Error) {
  vi.resetModules();
  const items = new Map<string, string>();
  if (typeof saved === 'string') items.set('vpclab.theme', saved);
  vi.stubGlobal('localStorage', {
    getItem(key: string) {
      if (saved instanceof Error) throw saved;
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      items.set(key, value);
    },
  });
  return { ...(await import('./theme-store.ts')), items };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('theme store', () => {
  it('follows the system until the person chooses, and then keeps the choice', async () => {
    const { resolvedTheme } = await storeWith(null);
    expect(resolvedTheme({ choice: null, system: 'dark' })).toBe('dark');
    expect(resolvedTheme({ choice: null, system: 'light' })).toBe('light');
    expect(resolvedTheme({ choice: 'light', system: 'dark' })).toBe('light');
    expect(resolvedTheme({ choice: 'dark', system: 'light' })).toBe('dark');
  });

  it('starts from the choice saved in this browser and saves a new one', async () => {
    const { useThemeStore, items } = await storeWith('dark');
    expect(useThemeStore.getState().choice).toBe('dark');
    useThemeStore.getState().choose('light');
    expect(items.get('vpclab.theme')).toBe('light');
  });

  it('treats anything else in storage, or storage refused, as no choice', async () => {
    expect((await storeWith('purple')).useThemeStore.getState().choice).toBeNull();
    expect((await storeWith(new Error('denied'))).useThemeStore.getState().choice).toBeNull();
  });
});
