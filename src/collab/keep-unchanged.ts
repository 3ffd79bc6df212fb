import { KEYED_LISTS, sameJson } from './design-doc.ts';

type JsonObject = Record<string, unknown>;

/**
 * `next` (a design just read from a live session) with every list item and top-level value
 * that equals its counterpart in `previous` replaced by that counterpart, so a change to one
 * resource hands the page one new object, and the canvas and the inspector redraw only it.
 */
export function keepUnchanged<T extends object>(previous: T, next: T): T {
  const before = previous as JsonObject;
  const after = next as JsonObject;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if ((KEYED_LISTS as readonly string[]).includes(key) && Array.isArray(value) && Array.isArray(old)) {
      result[key] = keepItems(old as JsonObject[], value as JsonObject[]);
    } else {
      result[key] = sameJson(old, value) ? old : value;
    }
  }
  return result as T;
}

function keepItems(previous: readonly JsonObject[], next: readonly JsonObject[]): readonly JsonObject[] {
  const byId = new Map<unknown, JsonObject>(previous.map((item) => [item['id'], item]));
  let same = previous.length === next.length;
  const items = next.map((item, index) => {
    const old = byId.get(item['id']);
    const kept = old !== undefined && sameJson(old, item) ? old : item;
    if (kept !== previous[index]) same = false;
    return kept;
  });
  return same ? previous : items;
}
