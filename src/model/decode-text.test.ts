import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes } from './decode-text.ts';

const TEXT = '{"name":"Web と DB 🚀"}';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeDocumentBytes', () => {
  it.each([
    ['UTF-8', utf8(TEXT)],
    ['UTF-8 with a byte order mark', join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(TEXT))],
    ['UTF-16 LE with a byte order mark', join(Uint8Array.of(0xff, 0xfe), utf16(TEXT, true))],
    ['UTF-16 BE with a byte order mark', join(Uint8Array.of(0xfe, 0xff), utf16(TEXT, false))],
  ])('reads %s, without the mark', (_name, bytes) => {
    expect(decodeDocumentBytes(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ['UTF-16 LE without a byte order mark', utf16(TEXT, true), 'UTF-16 without a byte order mark'],
    ['UTF-16 BE without a byte order mark', utf16(TEXT, false), 'UTF-16 without a byte order mark'],
    ['ASCII-only UTF-16 LE without a mark', utf16('{"name":"web"}', true), 'UTF-16 without a byte order mark'],
    ['UTF-32 LE', Uint8Array.of(0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0), 'UTF-32'],
    ['UTF-32 BE', Uint8Array.of(0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b), 'UTF-32'],
    ['Latin-1', Uint8Array.of(0x7b, 0x22, 0xe9, 0x22, 0x7d), 'not UTF-8'],
    ['Shift_JIS', Uint8Array.of(0x22, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x22), 'not UTF-8'],
    ['UTF-16 cut in the middle of a character', Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x7d), 'odd number of bytes'],
  ])('refuses %s with a sentence saying which encodings work', (_name, bytes, reason) => {
    const decoded = decodeDocumentBytes(bytes);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.issue).toMatchObject({ severity: 'error', code: 'ENCODING_UNSUPPORTED', path: '$' });
    expect(decoded.issue.message).toContain(reason);
    expect(decoded.issue.message).toContain('Save it as UTF-8');
  });
});
