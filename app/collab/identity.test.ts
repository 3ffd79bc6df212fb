import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanName, colourOf, NAME_MAX_LENGTH, PERSON_COLOURS, rememberedName, rememberName } from './identity.ts';

describe('a person’s name', () => {
  it('turns control characters and line breaks into single spaces, trimmed', () => {
    expect(cleanName('\u0000Ana\u0007')).toBe('Ana');
    expect(cleanName('Ana\r\n\tSilva')).toBe('Ana Silva');
    expect(cleanName('Ana\u0085\u009bSilva')).toBe('Ana Silva');
    expect(cleanName('Ana\u2028Silva')).toBe('Ana Silva');
    expect(cleanName('  \u0001 \u001f ')).toBe('');
  });

  it('drops invisible characters that would turn or hide the text around the name', () => {
    expect(cleanName('Ana\u202e')).toBe('Ana');
    expect(cleanName('\u2067Ben\u2069')).toBe('Ben');
    expect(cleanName('C\u200bl\ufeffe\u200fo')).toBe('Cleo');
    // The zero-width joiner holds an emoji sequence together: it stays.
    expect(cleanName('Dana 👩‍💻')).toBe('Dana 👩‍💻');
  });

  it('keeps markup as the text it is (the page renders names as text, never as HTML)', () => {
    for (const markup of ['<img src=x onerror=alert(1)>', '<b>Ana</b>', '&lt;Ben&gt;', '"Cleo" & co']) {
      expect(cleanName(markup)).toBe(markup);
    }
  });

  it('keeps Japanese and other scripts as they are', () => {
    expect(cleanName('山田 花子')).toBe('山田 花子');
    expect(cleanName('مريم')).toBe('مريم');
  });

  it('caps the length in characters, never cutting one in half', () => {
    expect(cleanName('a'.repeat(1000))).toBe('a'.repeat(NAME_MAX_LENGTH));
    const emoji = cleanName('😀'.repeat(100));
    expect([...emoji]).toHaveLength(NAME_MAX_LENGTH);
    expect(emoji).toBe('😀'.repeat(NAME_MAX_LENGTH));
  });
});

describe('remembering the name in this browser', () => {
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = new Map();
    globalThis.localStorage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    } as Storage;
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('keeps the cleaned name, and reads nothing back from an empty or blank one', () => {
    expect(rememberedName()).toBeNull();
    rememberName('  Ana\u0000 ');
    expect(rememberedName()).toBe('Ana');
    stored.set('vpclab:person-name', ' \u202e ');
    expect(rememberedName()).toBeNull();
  });

  it('asks again next time when the browser keeps no storage', () => {
    globalThis.localStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => rememberName('Ana')).not.toThrow();
    expect(rememberedName()).toBeNull();
  });
});

describe('a person’s colour', () => {
  it('comes from the palette, stays the same for one client, and differs for neighbours', () => {
    for (const id of [0, 1, 7, 8, 123_456_789, 2 ** 32 - 1]) {
      expect(PERSON_COLOURS).toContain(colourOf(id));
      expect(colourOf(id)).toBe(colourOf(id));
    }
    expect(colourOf(1)).not.toBe(colourOf(2));
  });
});
