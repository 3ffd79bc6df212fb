import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_PORTS } from '../engine/ephemeral.ts';
import { formatPorts } from '../net/index.ts';
import { checkLesson } from './check.ts';
import { parseLesson } from './parse.ts';
import { proveLesson } from './prove.ts';
import { bundledLessonIds, bundledLessonText, LESSONS_DIR } from './test-support/bundled.ts';
import { explanationSentence } from '../i18n/render/explanation.ts';
import type { Lesson } from './types.ts';

/** The ids lesson-format.md promises: links and saved progress name them. */
const PROMISED_IDS = [
  'public-web-server',
  'nat-gateway',
  'bastion-host',
  'nacl-return-traffic',
  'database-access',
  'peering-not-transitive',
  's3-endpoint',
  'office-vpn',
];

function load(id: string): Lesson {
  const parsed = parseLesson(bundledLessonText(id));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.lesson;
}

const ids = bundledLessonIds();
const lessons = ids.map(load);

describe('the bundled lessons (public/lessons/index.json)', () => {
  it('list every lesson file once, with the promised ids, under their own file names', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(PROMISED_IDS));
    const files = readdirSync(LESSONS_DIR).filter((f) => f !== 'index.json');
    expect(files.sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    lessons.forEach((lesson, i) => expect(lesson.id).toBe(ids[i]));
  });

  it('have distinct titles in both languages', () => {
    for (const language of ['en', 'ja'] as const) {
      expect(new Set(lessons.map((l) => l.title[language])).size).toBe(lessons.length);
    }
  });

  describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s', (_, lesson) => {
    it('is sound: its start fails at least one intent and its solution passes every one', () => {
      const proof = proveLesson(lesson);
      expect(proof.faults).toEqual([]);
      expect(proof.sound).toBe(true);
      // A failing "allowed" intent says why, with the engine's code and sentence.
      for (const result of proof.start.results.filter((r) => !r.pass && r.condition.expect === 'allowed')) {
        expect(result.blockers[0]?.code).toMatch(/^[A-Z_]+$/);
        expect(result.blockers[0]?.params.kind).toBeTypeOf('string');
      }
    });

    it('teaches with a goal, two to four hints, and both an allowed and a blocked intent', () => {
      expect(lesson.hints.length).toBeGreaterThanOrEqual(2);
      expect(lesson.hints.length).toBeLessThanOrEqual(4);
      const expects = new Set(lesson.intents.map((intent) => intent.expect));
      expect(expects).toEqual(new Set(['allowed', 'blocked']));
      expect(lesson.topics?.length).toBeGreaterThan(0);
    });

    it('gives its designs the lesson’s title as their name and a layout for every resource', () => {
      for (const design of [lesson.start, lesson.solution]) {
        expect(design.name).toBe(lesson.title.en);
        for (const resource of design.resources) {
          if (resource.type === 'security-group' || resource.type === 'route-table' || resource.type === 'network-acl')
            continue;
          if (resource.type === 'peering-connection') continue;
          expect(design.layout?.[resource.id], `${resource.id} has no position`).toBeDefined();
        }
      }
    });

    it('names, in its hints, only the client port range the engine uses (src/engine/ephemeral.ts)', () => {
      // JSON cannot import EXTERNAL_PORTS, so this is what keeps the hints and the blockers in step.
      const engineRange = formatPorts(EXTERNAL_PORTS);
      for (const hint of lesson.hints) {
        for (const text of [hint.en, hint.ja]) {
          const ranges = text.match(/\b\d{4,5}\s*[-–~〜]\s*\d{4,5}\b/g) ?? [];
          for (const range of ranges) expect(range.replace(/\s*[–~〜]\s*|\s+/g, '-')).toBe(engineRange);
        }
      }
    });
  });

  it('nacl-return-traffic: the range its hints name is the one its blocker names', () => {
    const lesson = lessons.find((l) => l.id === 'nacl-return-traffic')!;
    const blocked = proveLesson(lesson).start.results.find((r) => !r.pass);
    const blocker = blocked?.blockers.find((b) => b.code === 'SUBNET_ACL_RESTRICTION');
    const message = blocker ? explanationSentence(blocker, 'en').message : '';
    const range = /the reply \(TCP ports? ([\d-]+), the client[’']s ephemeral ports\)/.exec(message)?.[1];
    expect(range).toBe(formatPorts(EXTERNAL_PORTS));
    for (const hint of lesson.hints.slice(1)) {
      expect(hint.en).toContain(range);
      expect(hint.ja).toContain(range);
    }
  });
});

describe('checkLesson', () => {
  it('reports an invalid design as failing every intent, not as a crash', () => {
    const lesson = lessons[0]!;
    const check = checkLesson({ format: 'vpclab', version: 2, name: 'x', resources: 'none' }, lesson.intents);
    expect(check.passed).toBe(false);
    expect(check.errors.length).toBeGreaterThan(0);
    expect(check.results.every((r) => !r.pass && r.untraced === true)).toBe(true);
  });

  it('crosses the worker boundary as plain JSON', () => {
    const lesson = lessons[0]!;
    const check = checkLesson(lesson.start, lesson.intents);
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
});
