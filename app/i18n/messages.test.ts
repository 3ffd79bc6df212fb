import { describe, expect, it } from 'vitest';
import { PALETTE_ITEMS } from '../panels/palette-items.ts';
import { JA_EXAMPLE_TITLES } from './example-titles.ts';
import { ja } from './ja.ts';
import { en, type Messages } from './messages.ts';

/** Sample arguments of the functions that take a word rather than a count or a name. */
const WORD_ARGUMENTS: Readonly<Record<string, readonly unknown[]>> = {
  'reachability.verdict': ['blocked'],
  'reachability.path': ['return'],
  'reachability.direction': ['egress'],
  'reachability.action': ['drop'],
  'reachability.flowLabel': ['tcp', 443],
  'reachability.reachHeading': ['in', 'db', 'TCP port 443'],
  'intents.expectWord': ['allowed'],
  'intents.got': ['blocked'],
  'lessons.shouldBe': ['allowed'],
};

/** Every string of a catalogue with its key path; functions are called with sample arguments. */
function strings(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function')
      out.set(path, String((value as (...a: unknown[]) => unknown)(...(WORD_ARGUMENTS[path] ?? [2, 3, 4]))));
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
    // Product names (VPC, NAT gateway's "NAT", Elastic IP) may stay; whole sentences must not.
    const productNames = new Set(['IPv6 CIDR', 'Elastic IP']);
    const untranslated = [...english].filter(
      ([key, text]) => text.includes(' ') && !productNames.has(text) && japanese.get(key) === text,
    );
    expect(untranslated).toEqual([]);
    for (const [key, text] of japanese) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|\[object/);
    }
  });

  it('keep the English inspector labels as their own text (they are the accessible names of ui.md)', () => {
    for (const [label, text] of Object.entries(en.inspector.labels)) expect(text).toBe(label);
  });

  it('give every bundled example a Japanese title', () => {
    const [index] = Object.values(
      import.meta.glob<{ default: { file: string }[] }>('../../public/examples/index.json', { eager: true }),
    );
    const files = (index?.default ?? []).map((entry) => entry.file);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(JA_EXAMPLE_TITLES[file], file).toBeTruthy();
  });
});
