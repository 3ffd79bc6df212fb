import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { exampleTitle } from '../layout/example-title.ts';
import { PALETTE_ITEMS } from '../panels/palette-items.ts';

/** The page's catalogues against the names ui.md fixes and the files the page ships. */
describe('page catalogues', () => {
  it('keep the English palette names of ui.md (they are accessible names tests rely on)', () => {
    for (const item of PALETTE_ITEMS) expect(translator('en')(`palette:items.${item.type}`)).toBe(item.label);
  });

  it('key inspector labels by their English text, which is their accessible name in ui.md', () => {
    for (const [label, text] of Object.entries(CATALOGUES.en.inspector.labels)) expect(text).toBe(label);
  });

  it('title every bundled example in both languages, the English title being the index’s', () => {
    const [index] = Object.values(
      import.meta.glob<{ default: { file: string; title: string }[] }>('../../public/examples/index.json', {
        eager: true,
      }),
    );
    const entries = index?.default ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(exampleTitle(translator('en'), entry)).toBe(entry.title);
      expect(exampleTitle(translator('ja'), entry), entry.file).not.toBe(entry.title);
    }
  });

  it('words counts with ICU plurals in English and counters in Japanese', () => {
    expect(translator('en')('dialogs:delete.alsoDeletes', { count: 1, listed: 'a' })).toContain('1 other resource:');
    expect(translator('en')('dialogs:delete.alsoDeletes', { count: 9, listed: 'a' })).toContain('9 other resources:');
    expect(translator('ja')('dialogs:delete.titleMany', { count: 3 })).toBe('3 個のリソースを削除しますか?');
    expect(translator('en')('lessonPanel:hintCount', { shown: 0, total: 3 })).toBe('3 hints available');
    expect(translator('en')('lessonPanel:hintCount', { shown: 1, total: 3 })).toBe('Hint 1 of 3');
    expect(translator('en')('lessonPanel:notYet', { failing: 1, total: 3 })).toBe(
      'Not yet: 1 of 3 conditions still fail.',
    );
  });
});
