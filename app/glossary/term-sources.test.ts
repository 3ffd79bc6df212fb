import { describe, expect, it } from 'vitest';
import { termById } from '../../src/glossary/index.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import { examplesOfTerm, lessonsOfTerm } from './term-sources.ts';

/** Just what the glossary reads of a lesson: its id, and its topics when it has them. */
const lesson = (id: string, topics?: string[]) =>
  ({ id, title: { en: id, ja: id }, ...(topics ? { topics } : {}) }) as unknown as Lesson;
const LESSONS = ['public-web-server', 'nat-gateway', 'bastion-host', 'database-access'].map((id) => lesson(id));

describe('the lessons and examples a term links to', () => {
  it('lists the lessons the term names, in the lessons’ order', () => {
    const ids = lessonsOfTerm(termById('security-group'), LESSONS).map((lesson) => lesson.id);
    expect(ids).toEqual(['public-web-server', 'bastion-host', 'database-access']);
  });

  it('also lists a lesson that names the term in its topics (lessons added later link themselves)', () => {
    const newer = lesson('transit-gateway-hub', ['transit-gateway']);
    expect(lessonsOfTerm(termById('transit-gateway'), [...LESSONS, newer]).map((l) => l.id)).toEqual([
      'transit-gateway-hub',
    ]);
  });

  it('lists the examples the term names, in the examples’ order, by file', () => {
    const entries = [
      { file: '05-nacl-return-traffic.json', title: 'NACL' },
      { file: '01-public-private-subnets.json', title: 'Subnets' },
    ];
    expect(examplesOfTerm(termById('network-acl'), entries)).toEqual([entries[0]]);
    expect(examplesOfTerm(termById('flow-log'), entries)).toEqual([]);
  });
});
