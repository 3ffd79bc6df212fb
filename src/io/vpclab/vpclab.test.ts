import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../model/test-support/shared.ts';
import type { VpcLabDocument } from '../../model/index.ts';
import { readVpcLabText, serializeDocument } from './index.ts';

describe('the VPC Lab reader and writer, from Node', () => {
  it.each(loadScenarios())('$file reads (wrapped) and writes back to the same document', ({ document }) => {
    const wrapped = readVpcLabText(JSON.stringify({ title: 'x', document }));
    expect(wrapped.errors).toEqual([]);
    const text = serializeDocument(wrapped.document as VpcLabDocument);
    const again = readVpcLabText(text);
    expect(again.errors).toEqual([]);
    expect(again.document).toEqual(wrapped.document);
    expect(serializeDocument(again.document as VpcLabDocument)).toBe(text);
  });

  it('reports a syntax error with its line', () => {
    const report = readVpcLabText('{\n  "format": "vpclab",,\n}');
    expect(report.valid).toBe(false);
    expect(report.errors[0]?.message).toMatch(/Line 2/);
  });
});
