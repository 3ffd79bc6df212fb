import { error, type ValidationIssue } from './issues.ts';

/**
 * Turns the bytes of a document file into text, the one place that decides which encodings VPC
 * Lab reads, for the page (Import) and the CLI alike: UTF-8 with or without a byte order mark,
 * and UTF-16 (little or big endian) with one, as Windows editors save "Unicode" text. Anything
 * else is refused with a sentence instead of being guessed at: without a mark, UTF-16 cannot be
 * told apart reliably, and decoding Latin-1 or Shift_JIS as UTF-8 would silently put U+FFFD into
 * names and tags.
 */
export type DecodedText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: ValidationIssue };

const SAVE_AS = 'Save it as UTF-8 (or UTF-16 with a byte order mark) and open it again.';

/** TextDecoder is in every runtime VPC Lab runs in (browsers, workers, Node); src/ has no DOM types. */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
const { TextDecoder } = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;
};

/**
 * Decodes a document file's bytes; the byte order mark, if any, is dropped.
 * @example decodeDocumentBytes(Uint8Array.of(0xff, 0xfe, 0x7b, 0, 0x7d, 0)) // { ok: true, text: '{}' }
 */
export function decodeDocumentBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refuse('utf32', `The file is UTF-32 text, which VPC Lab does not read. ${SAVE_AS}`);
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), true);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), false);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  // Checked first: ASCII in UTF-16 is also valid UTF-8, full of NUL characters.
  if (looksLikeUtf16(body))
    return refuse('utf16NoBom', `The file looks like UTF-16 without a byte order mark. ${SAVE_AS}`);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return refuse('notUtf8', `The file is not UTF-8 text (it may be Latin-1, Shift_JIS or binary). ${SAVE_AS}`);
  }
}

function utf16(bytes: Uint8Array, littleEndian: boolean): DecodedText {
  if (bytes.length % 2 !== 0) {
    return refuse(
      'utf16Odd',
      `The file is UTF-16 text with an odd number of bytes, so it is cut short or damaged. ${SAVE_AS}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units: number[] = [];
  let text = '';
  for (let at = 0; at < bytes.length; at += 2) {
    units.push(view.getUint16(at, littleEndian));
    // Flushed in chunks: String.fromCharCode takes its units as arguments, which have a limit.
    if (units.length === 8192) text += String.fromCharCode(...units.splice(0));
  }
  return { ok: true, text: text + String.fromCharCode(...units) };
}

/**
 * JSON in UTF-16 without a mark: ASCII characters leave a zero in every other byte. UTF-8 JSON
 * has no zero bytes at all (a NUL character must be escaped in JSON).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 2 && zeros * 3 >= sample.length;
}

function refuse(reason: string, message: string): DecodedText {
  return { ok: false, issue: error('ENCODING_UNSUPPORTED', null, '$', message, { reason }) };
}
