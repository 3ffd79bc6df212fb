import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues.ts';
import { translator } from './i18n.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every message of a namespace as `key.path → ICU string`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The names of a message's arguments ({count}, {port, number}, nested plural branches included). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly unknown[]): void => {
    for (const node of nodes as readonly {
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }[]) {
      if (typeof node.value === 'string' && 'type' in (node as object) && (node as { type: number }).type !== 0)
        names.add(node.value);
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const namespaces = Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[];

describe('message catalogues', () => {
  for (const namespace of namespaces) {
    const english = flatten(CATALOGUES.en[namespace] as Tree);
    const japanese = flatten(CATALOGUES.ja[namespace] as Tree);

    it(`${namespace}: Japanese has exactly the English keys`, () => {
      expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${namespace}: every message parses as ICU and both languages take the same arguments`, () => {
      for (const [key, message] of english) {
        const translated = japanese.get(key);
        if (translated === undefined) continue; // reported by the key test
        expect({ key, args: argumentsOf(translated, 'ja') }).toEqual({ key, args: argumentsOf(message, 'en') });
      }
    });
  }

  it('words plurals and numbers by the rules of each language', () => {
    expect(translator('en')('common:findingCount', { count: 1 })).toBe('1 finding');
    expect(translator('en')('common:findingCount', { count: 1200 })).toBe('1,200 findings');
    expect(translator('ja')('common:findingCount', { count: 1200 })).toBe('1,200 件の指摘');
  });
});
