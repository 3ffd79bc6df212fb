import { describe, expect, it } from 'vitest';
import { lintDocument, LINT_CODES, type Finding } from '../../src/lint/index.ts';
import { indexDocument, validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { findingText, JA_FINDINGS } from './findings-ja.ts';

const documents = import.meta.glob<{ document?: unknown }>(
  ['../../public/examples/[0-9]*.json', '../../src/lint/**/*.json'],
  { eager: true },
);

describe('Japanese findings', () => {
  it('have a template for every lint code', () => {
    for (const code of LINT_CODES) expect(JA_FINDINGS[code], code).toBeTypeOf('function');
  });

  it('word the findings of the shared scenarios and examples without leftovers', () => {
    const findings: Finding[] = [];
    for (const file of Object.values(documents)) {
      const doc = validateDocument(file.document ?? file).document as VpcLabDocument | undefined;
      if (doc) findings.push(...lintDocument(doc, indexDocument(doc)));
    }
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.size, [...codes].join()).toBeGreaterThanOrEqual(3);
    for (const finding of findings) {
      expect(finding.params, finding.code).toBeDefined();
      const text = findingText(finding, 'ja');
      expect(text).not.toBe(finding.message);
      expect(text).not.toMatch(/undefined|\$\{|\[object/);
      expect(text).toMatch(/。$/);
    }
    expect(findingText(findings[0] ?? { code: 'X', message: 'm' }, 'en')).toBe(findings[0]?.message ?? 'm');
  });
});
