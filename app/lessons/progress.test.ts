import { describe, expect, it } from 'vitest';
import { nextUnfinished, readProgress } from './progress.ts';

const lessons = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('saved lesson progress', () => {
  it('reads the lessons passed', () => {
    expect([...readProgress('{"completed":["a","c"]}')]).toEqual(['a', 'c']);
  });

  it.each([null, '', 'not json', '7', '{"completed":7}', '["a"]', 'null'])('ignores %j as nothing passed', (text) => {
    expect(readProgress(text).size).toBe(0);
  });

  it('keeps the ids it can use from a partly bad list', () => {
    expect([...readProgress('{"completed":["a",3,null,"b"]}')]).toEqual(['a', 'b']);
  });
});

describe('the next lesson', () => {
  it('is the next one in order not yet passed', () => {
    expect(nextUnfinished(lessons, 'a', new Set(['a', 'b']))?.id).toBe('c');
  });

  it('wraps round to an earlier lesson left unfinished', () => {
    expect(nextUnfinished(lessons, 'd', new Set(['b', 'c', 'd']))?.id).toBe('a');
  });

  it('is none when every other lesson is passed', () => {
    expect(nextUnfinished(lessons, 'b', new Set(['a', 'c', 'd']))).toBeUndefined();
  });
});
