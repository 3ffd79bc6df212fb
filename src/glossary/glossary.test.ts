import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPLANATION_CODES } from '../engine/codes.ts';
import { LINT_CODES } from '../lint/index.ts';
import { RESOURCE_TYPES } from '../model/index.ts';
import {
  CODE_TERMS,
  FINDING_TERMS,
  LABEL_TERMS,
  RESOURCE_TERMS,
  TERM_IDS,
  TERMS,
  isTermId,
  searchTerms,
  shortDefinition,
  termOfCode,
  termText,
} from './index.ts';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/**
 * The ids of the lessons the app bundles: public/lessons/index.json once lessons are JSON files,
 * else the catalogue's files (one per lesson, named by its id). Read from disk, not imported, so
 * this test outlives the move from one to the other.
 */
function bundledLessonIds(): string[] {
  if (existsSync(new URL('public/lessons/index.json', root))) {
    return (readJson('public/lessons/index.json') as { lessons: string[] }).lessons;
  }
  return readdirSync(new URL('src/lessons/catalogue/', root))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.test.ts'))
    .map((file) => file.replace(/\.ts$/, ''));
}

const exampleFiles = (readJson('public/examples/index.json') as { file: string }[]).map((entry) => entry.file);

describe('glossary terms', () => {
  it('has at least 36 terms, each once, with the ids the lessons share', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(36);
    expect(TERMS.map((term) => term.id)).toEqual([...TERM_IDS]);
    for (const id of ['vpc', 'reserved-addresses', 'ephemeral-ports', 'intent', 'well-known-ports', 'multi-az'])
      expect(isTermId(id)).toBe(true);
  });

  it('every term has a name and a definition of 2-4 sentences in English and Japanese', () => {
    for (const term of TERMS) {
      for (const language of ['en', 'ja'] as const) {
        const { name, definition } = termText(term.id, language);
        expect(name, `${term.id} ${language}`).not.toContain('terms.');
        const sentences = definition.split(language === 'en' ? /[.!?](?:\s|$)/ : /。/).filter((s) => s.trim());
        expect(sentences.length, `${term.id} ${language}: ${definition}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${term.id} ${language}: ${definition}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('states the facts newcomers get wrong the way AWS documents them', () => {
    expect(termText('reserved-addresses', 'en').definition).toContain('five addresses');
    expect(termText('reserved-addresses', 'ja').definition).toContain('5 つ');
    expect(termText('ephemeral-ports', 'en').definition).toMatch(
      /1024-65535[\s\S]*32768-60999|32768-60999[\s\S]*1024-65535/,
    );
    expect(termText('nat-gateway', 'en').definition).toContain('TCP, UDP and ICMP');
    expect(termText('security-group', 'en').definition).toContain('stateful');
    expect(termText('network-acl', 'en').definition).toMatch(/rule-number order[\s\S]*stateless/);
    expect(termText('peering', 'en').definition).toContain('not transitive');
  });

  it('links only to terms, bundled lessons and bundled examples that exist', () => {
    const lessons = new Set(bundledLessonIds());
    expect(lessons.size).toBeGreaterThanOrEqual(8);
    for (const term of TERMS) {
      for (const lesson of term.lessons) expect(lessons, `${term.id} → lesson ${lesson}`).toContain(lesson);
      for (const file of term.examples) expect(exampleFiles, `${term.id} → example ${file}`).toContain(file);
      for (const related of term.related) {
        expect(isTermId(related), `${term.id} → ${related}`).toBe(true);
        expect(related).not.toBe(term.id);
      }
    }
  });

  it('gives every term a way in: a lesson, an example or a related term', () => {
    for (const term of TERMS)
      expect(term.lessons.length + term.examples.length + term.related.length).toBeGreaterThan(0);
  });
});

describe('what links to the glossary', () => {
  it('every explanation code has a term', () => {
    for (const code of EXPLANATION_CODES) expect(isTermId(CODE_TERMS[code]), code).toBe(true);
  });

  it('every finding the linter emits has a term, and no finding is mapped that does not exist', () => {
    for (const code of LINT_CODES) expect(termOfCode(code), code).toBeDefined();
    for (const code of Object.keys(FINDING_TERMS)) expect(LINT_CODES, code).toContain(code);
  });

  it('every resource type (palette item) has a term', () => {
    for (const type of RESOURCE_TYPES) expect(isTermId(RESOURCE_TERMS[type]), type).toBe(true);
  });

  it('inspector labels map to existing terms', () => {
    for (const [label, id] of Object.entries(LABEL_TERMS)) expect(isTermId(id), label).toBe(true);
  });

  it('unknown codes have no term (no prototype keys either)', () => {
    expect(termOfCode('NOT_A_CODE')).toBeUndefined();
    expect(termOfCode('constructor')).toBeUndefined();
  });
});

describe('searching the glossary', () => {
  const search = (query: string) => searchTerms(query, termText);

  it('finds a term by its name in either language', () => {
    expect(search('ephemeral')).toContain('ephemeral-ports');
    expect(search('エフェメラル')[0]).toBe('ephemeral-ports');
    expect(search('セキュリティグループ')[0]).toBe('security-group');
  });

  it('finds a term by an alias', () => {
    expect(search('IGW')[0]).toBe('internet-gateway');
    expect(search('nacl')[0]).toBe('network-acl');
    expect(search('ネットワークACL')[0]).toBe('network-acl');
    expect(search('ネットワーク ACL')[0]).toBe('network-acl');
    expect(search('インターネットゲートウェイ')).toContain('internet-gateway');
  });

  it('finds a term by a word of its definition, after the terms that are named so', () => {
    const found = search('broadcast');
    expect(found).toContain('reserved-addresses');
    expect(search('rule-number order')).toContain('network-acl');
    expect(search('同期')).toContain('multi-az');
  });

  it('ignores case and width, and finds katakana from hiragana as typed', () => {
    expect(search('ＶＰＣ')[0]).toBe('vpc');
    expect(search('ｖｐｃ')[0]).toBe('vpc');
    expect(search('Vpc')[0]).toBe('vpc');
    expect(search('ｴﾌｪﾒﾗﾙ')[0]).toBe('ephemeral-ports');
    expect(search('えふぇめらる')[0]).toBe('ephemeral-ports');
  });

  it('needs every word of the query; nothing matches nonsense; empty shows all', () => {
    expect(search('nat instance')[0]).toBe('nat-instance');
    expect(search('zzqx')).toEqual([]);
    expect(search('  ')).toHaveLength(TERMS.length);
  });
});

describe('short definition', () => {
  it('is the first sentence, in both languages', () => {
    expect(shortDefinition(termText('vpc', 'en').definition)).toBe(
      'A virtual private cloud: your own logically isolated network in one AWS Region.',
    );
    expect(shortDefinition(termText('stateless', 'ja').definition)).toBe(
      'ステートレスなフィルターは何も覚えず、パケットを 1 つずつ判定します。',
    );
    expect(shortDefinition('No stop here')).toBe('No stop here');
  });
});
