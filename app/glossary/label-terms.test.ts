import { describe, expect, it } from 'vitest';
import { LABEL_TERMS, UNEXPLAINED_LABELS, isTermId } from '../../src/glossary/index.ts';
import { CATALOGUES } from '../../src/i18n/catalogues.ts';

/**
 * Every inspector field label, by its English text (its accessible name in ui.md). The same
 * catalogue group words the fields' placeholders and notes ("optional", "none"), which start
 * in lower case and name no field.
 */
const INSPECTOR_LABELS = Object.keys(CATALOGUES.en.inspector.labels).filter((text) => /^[A-Z]/.test(text));
import { PALETTE_ITEMS } from '../panels/palette-items.ts';
import { RESOURCE_TERMS } from '../../src/glossary/index.ts';

describe('Learn more in the inspector and the palette', () => {
  it('every inspector label has a term, or is deliberately one of no networking concept', () => {
    for (const label of INSPECTOR_LABELS) {
      const explained = Object.hasOwn(LABEL_TERMS, label);
      expect(explained || UNEXPLAINED_LABELS.has(label), `inspector label "${label}"`).toBe(true);
      expect(explained && UNEXPLAINED_LABELS.has(label), `"${label}" is both`).toBe(false);
      if (explained) expect(isTermId(LABEL_TERMS[label]!)).toBe(true);
    }
  });

  it('maps no label the inspector does not have', () => {
    const labels = new Set<string>(INSPECTOR_LABELS);
    for (const label of [...Object.keys(LABEL_TERMS), ...UNEXPLAINED_LABELS]) expect(labels, label).toContain(label);
  });

  it('every palette item has a term', () => {
    for (const item of PALETTE_ITEMS) expect(isTermId(RESOURCE_TERMS[item.type]), item.label).toBe(true);
  });
});
