import { describe, expect, it } from 'vitest';
import { firstWords, parseMarkdownLite, plainText } from './markdown-lite.ts';

describe('Markdown-lite', () => {
  it('reads bold, italic, code and links shown as text', () => {
    expect(parseMarkdownLite('Keep **db** *private*, see `sg-db` and [docs](https://aws.amazon.com)')).toEqual([
      {
        bullet: false,
        spans: [
          { text: 'Keep ' },
          { text: 'db', bold: true },
          { text: ' ' },
          { text: 'private', italic: true },
          { text: ', see ' },
          { text: 'sg-db', code: true },
          { text: ' and docs' },
        ],
      },
    ]);
  });

  it('turns "- " lines into bullets and keeps unclosed marks as typed', () => {
    const lines = parseMarkdownLite('Why:\n- two AZs\n- no **public db');
    expect(lines.map((l) => l.bullet)).toEqual([false, true, true]);
    expect(lines[2]!.spans).toEqual([{ text: 'no **public db' }]);
  });

  it('gives plain text and the first words for accessible names', () => {
    expect(plainText('**NAT** per AZ\n- cost')).toBe('NAT per AZ\ncost');
    expect(firstWords('one two three four five six seven')).toBe('one two three four five six…');
    expect(firstWords('日本語 のメモ')).toBe('日本語 のメモ');
  });
});
