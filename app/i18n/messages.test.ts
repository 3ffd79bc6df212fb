import { describe, expect, it } from 'vitest';
import { PALETTE_ITEMS } from '../panels/palette-items.ts';
import { ja } from './ja.ts';
import { en, type Messages } from './messages.ts';

/** Every string of a catalogue with its key path; functions are called with sample arguments. */
function strings(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: unknown[]) => unknown)(2, 3)));
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(messages, '');
  return out;
}

describe('message catalogues', () => {
  it('keep the English palette names of ui.md (they are accessible names tests rely on)', () => {
    for (const item of PALETTE_ITEMS) expect(en.palette.items[item.type]).toBe(item.label);
  });

  it('translate every English string into Japanese', () => {
    const english = strings(en);
    const japanese = strings(ja);
    expect([...japanese.keys()]).toEqual([...english.keys()]);
    // Product names (VPC, NAT gateway's "NAT") may stay; whole sentences must not.
    const untranslated = [...english].filter(([key, text]) => text.includes(' ') && japanese.get(key) === text);
    expect(untranslated).toEqual([]);
    for (const text of japanese.values()) expect(text.trim()).not.toBe('');
  });
});
