import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../src/lessons/check.ts';
import { parseLesson } from '../../../src/lessons/parse.ts';
import { proveLesson } from '../../../src/lessons/prove.ts';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { checkProblems, draftProblems, fileOfDraft, lessonId, type LessonDraft } from './draft.ts';
import { lessonLink, MAX_LESSON_LINK, readLessonLink } from './lesson-link.ts';

const solution: VpcLabDocument = {
  format: 'vpclab',
  version: 2,
  name: 'Tiny web',
  resources: [
    { id: 'vpc-1', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc-1' },
    { id: 'rt', type: 'route-table', vpc: 'vpc-1', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
    { id: 'public-a', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt' },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc-1',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
  ],
  intents: [{ id: 'web-https', from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' }],
} as VpcLabDocument;

const broken = {
  ...solution,
  resources: solution.resources.map((r) => (r.id === 'rt' ? { ...r, routes: [] } : r)),
} as VpcLabDocument;

const complete: LessonDraft = {
  title: { en: 'Route the web server out', ja: 'Web サーバーの経路' },
  goal: { en: 'Reach web-1 on 443.', ja: 'web-1 に 443 で届くようにします。' },
  hints: [{ en: 'Look at rt.', ja: 'rt を見てください。' }],
  solution,
  start: broken,
};

const checks = (draft: LessonDraft) =>
  checkProblems(
    draft,
    checkLesson(draft.solution, draft.solution.intents ?? []),
    draft.start ? checkLesson(draft.start, draft.solution.intents ?? []) : null,
  );

describe('a lesson draft', () => {
  it('names each missing text by field and language', () => {
    const problems = draftProblems({ ...complete, title: { en: 'T', ja: ' ' }, hints: [{ en: '', ja: 'ヒント' }] });
    expect(problems).toEqual([
      { key: 'missingText', field: 'title', language: 'ja' },
      { key: 'missingText', field: 'hint', n: 1, language: 'en' },
    ]);
  });

  it('needs an intent and a captured start', () => {
    const keys = draftProblems({ ...complete, solution: { ...solution, intents: [] }, start: null }).map((p) => p.key);
    expect(keys).toEqual(['needsIntent', 'needsStart']);
  });

  it('says which intent the solution fails, and when the start passes them all', () => {
    expect(checks({ ...complete, solution: broken, start: solution })).toEqual([
      { key: 'solutionFails', flow: 'internet → web-1 tcp/443' },
      { key: 'startPasses' },
    ]);
    expect(checks(complete)).toEqual([]);
  });

  it('becomes a lesson file that the lesson loader reads and that proves sound, without intents in its start', () => {
    const file = fileOfDraft(complete, lessonId(complete.title.en, new Set()));
    expect(file.id).toBe('route-the-web-server-out');
    expect(file.start.intents).toBeUndefined();
    const parsed = parseLesson(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    expect(proveLesson(file).sound).toBe(true);
  });

  it('travels in a link and comes back whole', () => {
    const file = fileOfDraft(complete, 'tiny');
    const link = lessonLink(file, 'https://example.test/');
    expect(link.startsWith('https://example.test/#lesson=')).toBe(true);
    expect(readLessonLink(link.slice(link.indexOf('#')))).toEqual(file);
    expect(readLessonLink('#lesson=yA')).toBeUndefined();
  });

  it('is not decompressed when longer than any lesson needs (lz-string can expand a crafted link quadratically)', () => {
    const bundledSized = lessonLink(fileOfDraft(complete, 'tiny'), '');
    expect(bundledSized.length).toBeLessThan(MAX_LESSON_LINK);
    expect(readLessonLink(`#lesson=${'A'.repeat(MAX_LESSON_LINK)}`)).toBeUndefined();
  });
});

describe('lesson ids', () => {
  it('are URL-safe and unique among those taken', () => {
    expect(lessonId('Öffne: the Web — server!', new Set())).toBe('offne-the-web-server');
    expect(lessonId('Tiny', new Set(['tiny', 'tiny-2']))).toBe('tiny-3');
    expect(lessonId('日本語だけ', new Set())).toBe('lesson');
  });
});
