import { describe, expect, it } from 'vitest';
import { sameOptions } from './OptionList.tsx';

describe('sameOptions', () => {
  const a = [
    { value: 'i-1', label: 'i-1 (Instance)' },
    { value: 'i-2', label: 'i-2 (Instance)' },
  ];

  it('treats rebuilt lists with the same choices as the same', () => {
    expect(
      sameOptions(
        a,
        a.map((o) => ({ ...o })),
      ),
    ).toBe(true);
  });

  it('sees a renamed, added, removed or reordered choice', () => {
    expect(sameOptions(a, [a[0]!, { value: 'i-2', label: 'i-2 (Instance: web)' }])).toBe(false);
    expect(sameOptions(a, [...a, { value: 'i-3', label: 'i-3' }])).toBe(false);
    expect(sameOptions(a, [a[0]!])).toBe(false);
    expect(sameOptions(a, [a[1]!, a[0]!])).toBe(false);
  });
});
