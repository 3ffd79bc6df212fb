/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { lintDocument, LINT_CODES, type Finding } from '../../lint/index.ts';
import { indexDocument, validateDocument, type VpcLabDocument } from '../../model/index.ts';
import { CATALOGUES } from '../catalogues.ts';
import { findingText, quotedList } from './finding.ts';
import { expectFilled, expectJapanese } from './test-support/wording.ts';

const documents = import.meta.glob<{ document?: unknown }>('../../../public/examples/[0-9]*.json', { eager: true });

/** One finding per lint code, with params of the shape its rule writes. */
const REPRESENTATIVE: readonly Pick<Finding, 'code' | 'params'>[] = [
  { code: 'SG_ADMIN_PORT_OPEN_TO_WORLD', params: { group: 'sg-web', ports: [22], cidr: '0.0.0.0/0', rule: 2 } },
  { code: 'ALB_SINGLE_AZ', params: { balancer: 'alb', az: 'a' } },
  { code: 'DB_PUBLICLY_ACCESSIBLE', params: { database: 'db' } },
  { code: 'DB_SUBNET_GROUP_SINGLE_AZ', params: { database: 'db', az: 'a' } },
  { code: 'NACL_DENIES_ALL', params: { nacl: 'acl', closed: ['inbound', 'outbound'], subnets: ['s1'] } },
  { code: 'NAT_GATEWAY_IN_PRIVATE_SUBNET', params: { nat: 'nat', subnet: 'private-a', table: 'rt-private' } },
  { code: 'NAT_INSTANCE_SOURCE_DEST_CHECK', params: { instance: 'nat-i', tables: ['rt-a', 'rt-b'] } },
  { code: 'PUBLIC_SUBNET_WITHOUT_IGW_ROUTE', params: { subnet: 'public-a', table: 'rt-main' } },
  { code: 'SG_UNUSED', params: { group: 'sg-old' } },
  {
    code: 'VPC_CIDR_OVERLAP_UNPEERED',
    params: { vpc: 'vpc-b', block: '10.0.0.0/16', other: 'vpc-a', otherBlock: '10.0.0.0/16' },
  },
  {
    code: 'VPC_CIDR_OVERLAP',
    params: { tgw: 'tgw', vpc: 'vpc-a', block: '10.0.0.0/16', other: 'vpc-b', otherBlock: '10.0.0.0/20' },
  },
];

function allFindings(): Finding[] {
  const findings: Finding[] = [];
  for (const file of Object.values(documents)) {
    const doc = validateDocument(file.document ?? file).document as VpcLabDocument | undefined;
    if (doc) findings.push(...lintDocument(doc, indexDocument(doc)));
  }
  return findings;
}

describe('findings', () => {
  it('have words in both languages for every lint code, and for nothing else', () => {
    expect(Object.keys(CATALOGUES.en.findings.code).sort()).toEqual([...LINT_CODES].sort());
    expect(REPRESENTATIVE.map((f) => f.code).sort()).toEqual([...LINT_CODES].sort());
    for (const finding of REPRESENTATIVE) {
      const context = finding.code;
      expectFilled(findingText(finding, 'en'), context);
      expect(findingText(finding, 'en'), context).toMatch(/\.$/);
      expectJapanese(findingText(finding, 'ja'), finding.params ?? {}, context);
    }
  });

  it('word every finding of the shared scenarios and lint examples in both languages', () => {
    const findings = allFindings();
    const codes = new Set(findings.map((f) => f.code));
    expect(codes.size, [...codes].join()).toBeGreaterThanOrEqual(3);
    for (const finding of findings) {
      const context = `${finding.code} ${JSON.stringify(finding.params)}`;
      expect(findingText(finding, 'en'), context).toBe(finding.message);
      expectFilled(finding.message, context);
      const ja = findingText(finding, 'ja');
      expectJapanese(ja, finding.params ?? {}, context);
      expect(ja, context).toMatch(/。$/);
    }
  });

  it('quote and join lists by the rules of each language, with plurals', () => {
    expect(quotedList(['a', 'b', 'c'], 'en')).toBe('"a", "b" and "c"');
    expect(quotedList(['a', 'b'], 'ja')).toBe('「a」、「b」');
    const finding = { code: 'NACL_DENIES_ALL', params: { nacl: 'acl', closed: ['inbound'], subnets: ['s1', 's2'] } };
    expect(findingText(finding, 'en')).toContain('lets nothing into subnets "s1" and "s2"');
    expect(findingText({ ...finding, params: { ...finding.params, subnets: ['s1'] } }, 'en')).toContain(
      'into subnet "s1";',
    );
    expect(findingText(finding, 'ja')).toContain('サブネット 「s1」、「s2」 に入る通信');
  });

  it('name the administration ports a group opens', () => {
    const finding = {
      code: 'SG_ADMIN_PORT_OPEN_TO_WORLD',
      params: { group: 'sg-web', ports: [22, 3389], cidr: '0.0.0.0/0', rule: 1 },
    };
    expect(findingText(finding, 'en')).toContain('opens SSH (port 22) and RDP (port 3389) to the whole internet');
    expect(findingText(finding, 'ja')).toContain('SSH (ポート 22)、RDP (ポート 3389) をインターネット全体');
  });

  it('keep the message of a warning the catalogue does not know', () => {
    expect(findingText({ code: 'SOMETHING_ELSE', message: 'As it came.', params: {} }, 'ja')).toBe('As it came.');
  });
});
