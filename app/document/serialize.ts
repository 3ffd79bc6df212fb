import type { VpcLabDocument } from '../../src/model/index.ts';
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
 * @example exportFileName('Web & DB') // 'Web---DB.vpclab.json'
 */
export function exportFileName(name: string): string {
  return `${safeFileBase(name)}.vpclab.json`;
}

/** ui.md's rule for downloaded files: every character other than letters, digits, `-`, `_` and `.` becomes `-`; empty is `untitled`. */
export function safeFileBase(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '-');
  return safe === '' ? 'untitled' : safe;
}
