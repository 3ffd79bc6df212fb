import { describe, expect, it } from 'vitest';
import type { Json } from '../model/test-support/base-document.ts';
import { parseLesson } from './parse.ts';
import { bundledLessonText } from './test-support/bundled.ts';

const sound = () => JSON.parse(bundledLessonText('public-web-server')) as Json;

function problemsOf(input: unknown) {
  const parsed = parseLesson(input);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

describe('parseLesson', () => {
  it('reads a lesson from its text and from a parsed value alike', () => {
    const text = bundledLessonText('public-web-server');
    const fromText = parseLesson(text);
    const fromValue = parseLesson(JSON.parse(text));
    expect(fromText.ok && fromText.lesson.id).toBe('public-web-server');
    expect(fromValue).toEqual(fromText);
  });

  it('names every problem with its path, not only the first', () => {
    const lesson = sound();
    delete lesson.hints[1].ja;
    lesson.title.en = '  ';
    lesson.id = 'Public Web Server';
    lesson.colour = 'red';
    const problems = problemsOf(lesson);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['hints[1].ja', 'title.en', 'id', 'colour']));
    expect(problems.find((p) => p.path === 'hints[1].ja')?.message).toMatch(/^missing: the Japanese text/);
    expect(problems.find((p) => p.path === 'title.en')?.message).toMatch(/blank/);
    expect(problems.find((p) => p.path === 'colour')?.message).toMatch(/not a field of a lesson/);
  });

  it('validates both designs as documents, their paths under start and solution', () => {
    const lesson = sound();
    const subnet = lesson.start.resources.findIndex((r: { type: string }) => r.type === 'subnet');
    lesson.start.resources[subnet].cidr = '10.0.1.0/33';
    lesson.solution.resources = lesson.solution.resources.filter((r: { type: string }) => r.type !== 'vpc');
    const problems = problemsOf(lesson);
    expect(problems.some((p) => p.path === `start.resources[${subnet}].cidr`)).toBe(true);
    expect(problems.some((p) => p.path.startsWith('solution.resources['))).toBe(true);
    for (const problem of problems) expect(problem.message).not.toMatch(/Invalid input/);
  });

  it('says what is missing: a design, the intents, the format', () => {
    const lesson = sound();
    delete lesson.solution;
    lesson.intents = [];
    lesson.format = 'vpclab';
    const problems = problemsOf(lesson);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'solution', message: 'missing: the solved design, a VPC Lab document.' },
        expect.objectContaining({ path: 'intents', message: expect.stringMatching(/at least 1/) }),
        expect.objectContaining({ path: 'format', message: expect.stringContaining('"vpclab-lesson"') }),
      ]),
    );
  });

  it('reads problems inside an intent as a document’s intent problems', () => {
    const lesson = sound();
    lesson.intents[0].port = 70000;
    lesson.intents[1].id = lesson.intents[0].id;
    const problems = problemsOf(lesson);
    expect(problems.find((p) => p.path === 'intents[0].port')?.message).toMatch(/1 to 65535/);
  });

  it('refuses duplicate intent ids', () => {
    const lesson = sound();
    lesson.intents[1].id = lesson.intents[0].id;
    expect(problemsOf(lesson)).toEqual([{ path: 'intents[1].id', message: expect.stringContaining('earlier intent') }]);
  });

  it('reports JSON syntax with its line and column, and a non-object as not a lesson', () => {
    expect(problemsOf('{\n  "id": }')[0]?.message).toMatch(/^Line 2, column/);
    expect(problemsOf('')[0]?.message).toMatch(/empty/);
    expect(problemsOf([])[0]).toEqual({ path: '$', message: expect.stringContaining('"format": "vpclab-lesson"') });
  });
});
