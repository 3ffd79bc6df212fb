import { describe, expect, it } from 'vitest';
import { splitName } from './split-name.ts';

/** One pixel per character. */
const length = (s: string) => s.length;

describe('splitName', () => {
  it('keeps a name that fits on one line', () => expect(splitName('app-a1', 6, length)).toEqual(['app-a1']));

  it('breaks after a separator, never inside a word', () => {
    expect(splitName('app-a1', 4, length)).toEqual(['app-', 'a1']);
    expect(splitName('nat-misplaced', 9, length)).toEqual(['nat-', 'misplaced']);
    expect(splitName('web tier one', 9, length)).toEqual(['web tier', 'one']);
  });

  it('shortens the second line, or a name with no break, with an ellipsis', () => {
    expect(splitName('nat-misplaced', 6, length)).toEqual(['nat-', 'mispl…']);
    expect(splitName('bastionhost', 6, length)).toEqual(['basti…']);
  });
});
