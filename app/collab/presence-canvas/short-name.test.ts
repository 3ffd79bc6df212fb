import { describe, expect, it } from 'vitest';
import { NAME_MAX_LENGTH } from '../identity.ts';
import { initialOf, shortName } from './short-name.ts';

describe('shortName', () => {
  it('keeps a name that fits as it is', () => {
    expect(shortName('Ana')).toBe('Ana');
    expect(shortName('Ana María López', 18)).toBe('Ana María López');
    expect(shortName('x'.repeat(18), 18)).toBe('x'.repeat(18));
  });

  it('cuts a long name with an ellipsis, within the width', () => {
    const short = shortName('Bartholomew Fitzgerald-Whitaker', 18);
    expect(short).toBe('Bartholomew Fitzg…');
    expect([...short]).toHaveLength(18);
    expect(shortName('x'.repeat(19), 18)).toBe(`${'x'.repeat(17)}…`);
  });

  it('drops a space left before the ellipsis', () => {
    expect(shortName('Ana Maria Lopez Garcia', 10)).toBe('Ana Maria…');
  });

  it('counts Japanese characters as two columns', () => {
    expect(shortName('山田太郎', 18)).toBe('山田太郎');
    expect(shortName('寿限無寿限無五劫の擦り切れ', 18)).toBe('寿限無寿限無五劫…');
    expect(shortName('ｶﾀｶﾅ', 4)).toBe('ｶﾀｶﾅ'); // half-width kana stay one column
  });

  it('never splits a character made of two UTF-16 units', () => {
    const short = shortName('🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊', 8);
    expect(short).toBe('🦊🦊🦊…');
    // A lone surrogate would make this throw.
    expect(() => encodeURIComponent(short)).not.toThrow();
  });

  it('shortens the longest name a session keeps', () => {
    expect([...shortName('W'.repeat(NAME_MAX_LENGTH))].length).toBeLessThanOrEqual(18);
  });
});

describe('initialOf', () => {
  it('is the first letter as a reader sees it', () => {
    expect(initialOf('ana')).toBe('A');
    expect(initialOf('Élodie')).toBe('É');
    expect(initialOf('E\u0301lodie')).toBe('E\u0301');
    expect(initialOf('山田 花子')).toBe('山');
    expect(initialOf('👩‍💻 Dev')).toBe('👩‍💻');
  });
});
