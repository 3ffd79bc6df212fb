import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../catalogues.ts';
import { traceProblemText, validationLine, validationText } from './validation.ts';
import { expectJapanese } from './test-support/wording.ts';

const MODEL = join(import.meta.dirname, '../../model');

/** Every issue code the validator can emit, found as the model's sources spell them. */
function emittedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(MODEL).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(join(MODEL, file), 'utf8');
    for (const match of text.matchAll(/(?:error|warn|fail|code:|\?)\(?\s*'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) {
      codes.add(match[1]!);
    }
    for (const match of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) codes.add(match[1]!);
  }
  return [...codes].sort();
}

/** The format's own words a message may quote as written: field names, keywords, encodings. */
const FORMAT_WORDS = [
  'vpclab',
  'format',
  'version',
  'main',
  'default',
  'ipv6',
  'ipv6Cidr',
  'true',
  'false',
  'cidr',
  'prefixList',
  'maxEntries',
  'addressFamily',
  'securityGroup',
  'ipVersion',
  'tcp',
  'udp',
  'icmp',
  'icmpv6',
  'all',
  'blackhole',
  's3',
  'dynamodb',
  'internet',
  'UTF-8',
  'UTF-16',
  'UTF-32',
  'BOM',
  'Latin-1',
  'Shift_JIS',
  'vpc-main',
];

describe('every validation code in Japanese', () => {
  const codes = emittedCodes();
  const about = Object.keys(CATALOGUES.ja.validation.about);

  it('finds the codes the validator emits', () => {
    expect(codes.length).toBeGreaterThan(80);
    expect(codes).toContain('SUBNETS_OVERLAP');
    expect(codes).toContain('JSON_SYNTAX');
  });

  it('has a Japanese message for every code', () => {
    expect(codes.filter((code) => !about.includes(code))).toEqual([]);
  });

  it('words an issue on a resource field in Japanese, naming the resource id and the field', () => {
    for (const code of codes) {
      const issue = { code, message: 'The English sentence.', resource: 'web-1', path: '$.resources[3].privateIp' };
      const ja = validationText(issue, 'ja');
      expectJapanese(ja, { id: 'web-1', field: 'privateIp', words: FORMAT_WORDS }, code);
      const quotesSubject =
        CATALOGUES.ja.validation.about[code as keyof typeof CATALOGUES.ja.validation.about].includes('{subject}');
      if (quotesSubject) {
        expect(ja, code).toContain('「web-1」');
        expect(ja, code).toContain('privateIp');
      }
      expect(validationLine(issue, 'ja'), code).toBe(`web-1: ${ja}`);
      expect(validationText(issue, 'en'), code).toBe('The English sentence.');
    }
  });

  it('words document-level issues without a resource', () => {
    for (const code of codes) {
      const ja = validationText({ code, message: 'x', resource: null, path: '$' }, 'ja');
      expect(ja, code).not.toMatch(/[{}]/);
      expect(ja, code).not.toBe('x');
    }
    const syntax = { code: 'JSON_SYNTAX', message: 'x', resource: null, path: '$' };
    expect(validationText({ ...syntax, params: { reason: 'at', line: 3, column: 5 } }, 'ja')).toContain('3 行 5 列目');
    expect(validationText({ ...syntax, params: { reason: 'empty' } }, 'ja')).toContain('ファイルが空です');
    expect(validationText({ code: 'LIST_EMPTY', message: 'x', resource: 'i1', path: '$.intents[0].ports' }, 'ja')).toBe(
      '「i1」の ports が空です。少なくとも 1 つ指定してください。',
    );
  });
});

describe('why a flow could not be traced, in Japanese', () => {
  const codes = [
    'ENDPOINT_INVALID_ADDRESS',
    'ENDPOINT_NOT_PUBLIC',
    'ENDPOINT_NOT_TRAFFIC_CAPABLE',
    'ENDPOINT_UNKNOWN',
    'PLACE_NOT_CONNECTED',
    'PLACE_NO_INTERFACE',
    'PROTOCOL_INVALID',
    'PORT_REQUIRED',
  ];

  it('names the field and the text as written, and keeps the engine’s English', () => {
    for (const code of codes) {
      const result = { error: 'from: English.', problem: { field: 'from' as const, code, text: 'web-9' } };
      const ja = traceProblemText(result, 'ja');
      expectJapanese(ja, { text: 'web-9', words: FORMAT_WORDS }, code);
      expect(ja, code).toMatch(/^送信元: /);
      if (code !== 'PORT_REQUIRED') expect(ja, code).toContain('web-9');
      expect(traceProblemText(result, 'en')).toBe('from: English.');
    }
    expect(traceProblemText({ error: 'old' }, 'ja')).toBe('old');
  });
});
