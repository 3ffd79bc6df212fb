import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { CATALOGUES } from '../catalogues.ts';
import { validationLine, validationText } from './validation.ts';
import { expectJapanese } from './test-support/wording.ts';

/** A design with one mistake of every catalogued kind. */
const BROKEN = {
  format: 'vpclab',
  version: 2,
  name: 'broken',
  resources: [
    { type: 'vpc', id: 'vpc-main', cidrBlocks: ['10.0.0.5/16'] },
    { type: 'subnet', id: 'web', vpc: 'vpc-missing', cidr: 'ten-dot-zero', az: 'a' },
    { type: 'subnet', id: 'app', vpc: 'web', cidr: '10.0.2.0/24', az: 'a' },
    { type: 'subnet', id: 'app', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'a' },
  ],
};

describe('validation errors in Japanese', () => {
  const errors = validateDocument(BROKEN).errors;
  const worded = Object.keys(CATALOGUES.en.validation.code);

  it('word every catalogued code, naming the resource id and the field', () => {
    const codes = new Set(errors.map((e) => e.code));
    for (const code of worded) expect(codes, code).toContain(code);
    for (const issue of errors.filter((e) => worded.includes(e.code))) {
      expect(issue.params, issue.code).toBeDefined();
      const ja = validationText(issue, 'ja');
      expectJapanese(ja, issue.params!, issue.code);
      expect(ja, issue.code).toContain(String(issue.params!['id']));
      expect(ja, issue.code).toContain(String(issue.params!['field']));
      expect(ja, issue.code).toMatch(/。$/);
    }
  });

  it('read as Japanese: the resource by its Japanese type name, the field and the value', () => {
    const missing = errors.find((e) => e.code === 'REFERENCE_MISSING')!;
    expect(validationText(missing, 'ja')).toBe(
      'サブネット「web」: vpc の「vpc-missing」は存在しません。既存のリソースを選ぶか、ID を直してください。',
    );
    const hostBits = errors.find((e) => e.code === 'CIDR_HOST_BITS')!;
    expect(validationText(hostBits, 'ja')).toContain('VPC「vpc-main」: cidrBlocks[0] の 10.0.0.5/16 にはホストビット');
    const wrongType = errors.find((e) => e.code === 'REFERENCE_WRONG_TYPE')!;
    expect(validationText(wrongType, 'ja')).toContain('「web」はサブネットなので');
  });

  it('keep the validator’s English, and English for a code not worded yet', () => {
    for (const issue of errors) expect(validationText(issue, 'en')).toBe(issue.message);
    expect(validationText({ code: 'SOMETHING_NEW', message: 'As written.', params: { id: 'x' } }, 'ja')).toBe(
      'As written.',
    );
    expect(validationLine({ code: 'X', message: 'm', resource: null }, 'ja')).toBe('ドキュメント: m');
  });
});
