import type { VpcLabDocument } from '../../model/index.ts';
import { DOCUMENT_KEYS, NESTED_KEYS, RESOURCE_KEYS } from './key-order.ts';

type Json = unknown;

/** Copies an object with `order` first, then its other keys as they were. */
function ordered(value: Record<string, Json>, order: readonly string[], child: (key: string, v: Json) => Json) {
  const keys = [...order.filter((key) => key in value), ...Object.keys(value).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, child(key, value[key])]));
}

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Orders a value found under `key`: arrays element by element, records by NESTED_KEYS. */
function nested(key: string, value: Json): Json {
  if (Array.isArray(value)) return value.map((item) => nested(key, item));
  if (!isRecord(value)) return value;
  if (key === 'layout') {
    // Layout is keyed by resource id: keep its entries, order each position's fields.
    return Object.fromEntries(Object.entries(value).map(([id, entry]) => [id, nested('layout-entry', entry)]));
  }
  const order = NESTED_KEYS[key === 'layout-entry' ? 'layout' : key];
  // Free-form records (tags, meta) are kept exactly as they are.
  return order ? ordered(value, order, nested) : value;
}

/**
 * The document as an exported file: pretty JSON (two spaces, final newline) with keys in the
 * order format.md gives them, so the same design always exports to the same text.
 */
export function serializeDocument(document: VpcLabDocument): string {
  const top = ordered(document as unknown as Record<string, Json>, DOCUMENT_KEYS, (key, value) => {
    if (key !== 'resources' || !Array.isArray(value)) return nested(key, value);
    return value.map((resource: Json) =>
      isRecord(resource) ? ordered(resource, RESOURCE_KEYS[String(resource['type'])] ?? [], nested) : resource,
    );
  });
  return `${JSON.stringify(top, null, 2)}\n`;
}

/**
 * `<name>.vpclab.json`, with every character other than letters, digits, `-`, `_` and `.`
 * replaced by `-`, or `untitled` for an empty name (ui.md).
 * @example exportFileName('Web & DB 東京') // 'Web---DB-東京.vpclab.json'
 */
export function exportFileName(name: string): string {
  return `${safeFileBase(name)}.vpclab.json`;
}

/**
 * The most UTF-8 bytes a file name's base may take: file systems allow 255 bytes per name, which
 * leaves room for the longest extension (`.vpclab.json`) and a browser's ` (1)` for a duplicate.
 */
export const FILE_BASE_MAX_BYTES = 200;

/** Letters and digits of any script, with their combining marks (Devanagari vowel signs, kana voicing). */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]/gu;

/**
 * ui.md's rule for downloaded files: every character other than letters (any script), digits,
 * `-`, `_` and `.` becomes `-`; empty is `untitled`. The result is cut, between whole characters
 * as a reader sees them, to FILE_BASE_MAX_BYTES: a browser silently drops a download whose
 * name is too long.
 */
export function safeFileBase(name: string): string {
  // No character is shorter than one byte, so nothing past this prefix can fit.
  const safe = name.slice(0, FILE_BASE_MAX_BYTES + 1).replace(UNSAFE, '-');
  return safe === '' ? 'untitled' : cutToBytes(safe, FILE_BASE_MAX_BYTES);
}

/** UTF-8 length without TextEncoder (src/ is compiled for plain ES2023, not the DOM). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest run of whole graphemes from the start of `text` that fits in `limit` UTF-8 bytes. */
function cutToBytes(text: string, limit: number): string {
  if (utf8Length(text) <= limit) return text;
  let used = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    used += utf8Length(segment);
    if (used > limit) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
