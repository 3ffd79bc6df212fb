import * as Y from 'yjs';

/**
 * A VPC Lab document as a Yjs document, for live sessions (docs/collab.md).
 *
 * Lists of things with ids (resources, intents, annotations) become one Y.Map per list keyed by
 * id, holding one Y.Map per item keyed by field, plus a Y.Array of ids for their order (address
 * assignment follows document order, so order is part of the design). Two people editing
 * different fields of one resource both win; the same field resolves last-writer-wins; adding and
 * deleting different items never conflict. Maps keyed by id (layout) hold one entry per id. Every
 * other top-level field (format, version, name, description, meta) is one entry of `fields`.
 * Field values are plain JSON: a route table's routes are one value, edited as a whole.
 *
 * `writeDesign` applies only what differs, so a local edit sends a small update and an unchanged
 * field is never rewritten (which would make it win over a concurrent edit it never saw).
 * `readDesign` never fails: whatever a merge produced is read back as a plain document, which
 * the page then validates and shows, errors and all.
 */

/** Top-level lists whose items carry a string `id`. */
export const KEYED_LISTS = ['resources', 'intents', 'annotations'] as const;
/** Top-level objects keyed by id. */
export const KEYED_MAPS = ['layout'] as const;

type Json = unknown;
type JsonObject = Record<string, Json>;

const FIELDS = 'fields';
const listKey = (name: string) => `list:${name}`;
const orderKey = (name: string) => `order:${name}`;
const mapKey = (name: string) => `map:${name}`;
/** Marks that the document has the list or map at all (absent and empty read back as they were). */
const presentKey = (name: string) => `present:${name}`;

const SPECIAL = new Set<string>([...KEYED_LISTS, ...KEYED_MAPS]);

/** Makes `ydoc` hold `document`, changing only what differs, in one transaction with `origin`. */
export function writeDesign(ydoc: Y.Doc, document: JsonObject, origin: unknown): void {
  ydoc.transact(() => {
    const fields = ydoc.getMap<Json>(FIELDS);
    for (const [key, value] of Object.entries(document)) {
      if (SPECIAL.has(key) || value === undefined) continue;
      if (!sameJson(fields.get(key), value)) fields.set(key, clone(value));
    }
    for (const key of [...fields.keys()]) {
      if (key.startsWith('present:')) continue;
      if (!(key in document) || document[key] === undefined) fields.delete(key);
    }
    for (const name of KEYED_LISTS) writeList(ydoc, fields, name, document[name]);
    for (const name of KEYED_MAPS) writeMap(ydoc, fields, name, document[name]);
  }, origin);
}

/** The plain document `ydoc` holds now. */
export function readDesign(ydoc: Y.Doc): JsonObject {
  const fields = ydoc.getMap<Json>(FIELDS);
  const document: JsonObject = {};
  for (const [key, value] of fields.entries()) {
    if (!key.startsWith('present:')) document[key] = clone(value);
  }
  for (const name of KEYED_LISTS) {
    const items = readList(ydoc, name);
    if (fields.get(presentKey(name)) === true || items.length > 0) document[name] = items;
  }
  for (const name of KEYED_MAPS) {
    const entries = ydoc.getMap<Json>(mapKey(name));
    if (fields.get(presentKey(name)) === true || entries.size > 0) {
      const object: JsonObject = {};
      for (const [id, value] of entries.entries()) defineOwn(object, id, clone(value));
      document[name] = object;
    }
  }
  return document;
}

/**
 * Every shared type a design lives in: the scope of an UndoManager that must see all of a
 * person's edits (creating them is harmless: an empty type reads back as absent).
 */
export function designTypes(ydoc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    ydoc.getMap(FIELDS),
    ...KEYED_LISTS.flatMap((name) => [ydoc.getMap(listKey(name)), ydoc.getArray(orderKey(name))]),
    ...KEYED_MAPS.map((name) => ydoc.getMap(mapKey(name))),
  ] as Y.AbstractType<unknown>[];
}

/** An item of a keyed list this page had added, which an item of the same id added elsewhere replaced. */
export interface LostItem {
  readonly list: (typeof KEYED_LISTS)[number];
  readonly id: string;
}

/**
 * Calls `onLost` for each item this page (`ydoc.clientID`) added that a concurrent addition of
 * the same id elsewhere replaced in a merge: two people, apart, each added `subnet-3`. Yjs keeps
 * one of two concurrent sets of a key; the other is gone from the merged design. Told apart from
 * a deliberate replacement (someone deleted this page's item, then added another with its id)
 * by what the replacing item was written over: a deliberate one names this page's item as its
 * predecessor, a concurrent one never saw it. Returns a function that stops watching.
 */
export function watchLostItems(ydoc: Y.Doc, onLost: (lost: LostItem, transaction: Y.Transaction) => void): () => void {
  const stops = KEYED_LISTS.map((list) => {
    const byId = ydoc.getMap<Y.Map<Json>>(listKey(list));
    const observer = (event: Y.YMapEvent<Y.Map<Json>>) => {
      if (event.transaction.local) return;
      for (const [id, change] of event.changes.keys) {
        if (change.action !== 'update') continue;
        const old = (change.oldValue as Y.Map<Json> | undefined)?._item;
        const now = byId.get(id)?._item;
        if (!old || !now || old.id.client !== ydoc.clientID) continue;
        const replacedKnowingly = now.origin !== null && Y.compareIDs(now.origin, old.id);
        if (!replacedKnowingly) onLost({ list, id }, event.transaction);
      }
    };
    byId.observe(observer);
    return () => byId.unobserve(observer);
  });
  return () => stops.forEach((stop) => stop());
}

/** Whether the Yjs document holds a design yet (a new room is empty until its creator writes). */
export function hasDesign(ydoc: Y.Doc): boolean {
  return ydoc.getMap(FIELDS).has('format');
}

function writeList(ydoc: Y.Doc, fields: Y.Map<Json>, name: string, value: Json): void {
  const items = Array.isArray(value) ? (value as JsonObject[]) : [];
  const present = Array.isArray(value);
  if (fields.get(presentKey(name)) !== present) fields.set(presentKey(name), present);
  const byId = ydoc.getMap<Y.Map<Json>>(listKey(name));
  const order = ydoc.getArray<string>(orderKey(name));
  const wanted = new Map<string, JsonObject>();
  for (const item of items) if (typeof item?.['id'] === 'string') wanted.set(item['id'], item);

  for (const id of [...byId.keys()]) if (!wanted.has(id)) byId.delete(id);
  for (const [id, item] of wanted) {
    let entry = byId.get(id);
    if (!entry) {
      entry = new Y.Map<Json>();
      byId.set(id, entry);
    }
    for (const [field, fieldValue] of Object.entries(item)) {
      if (fieldValue !== undefined && !sameJson(entry.get(field), fieldValue)) entry.set(field, clone(fieldValue));
    }
    for (const field of [...entry.keys()]) if (!(field in item) || item[field] === undefined) entry.delete(field);
  }
  writeOrder(order, [...wanted.keys()]);
}

/**
 * Brings the order array to `ids` with few operations: removes ids no longer wanted, appends new
 * ones, and rewrites the whole array only when existing ids changed places.
 */
function writeOrder(order: Y.Array<string>, ids: readonly string[]): void {
  const wanted = new Set(ids);
  const seen = new Set<string>();
  for (let index = order.length - 1; index >= 0; index -= 1) {
    const id = order.get(index);
    if (!wanted.has(id)) order.delete(index, 1);
  }
  const current = order.toArray().filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  const kept = ids.filter((id) => seen.has(id));
  if (current.length !== order.length || !kept.every((id, index) => current[index] === id)) {
    order.delete(0, order.length);
    order.push([...ids]);
    return;
  }
  const added = ids.filter((id) => !seen.has(id));
  const orderedAsWanted = ids.slice(0, kept.length).every((id, index) => kept[index] === id);
  if (orderedAsWanted) {
    if (added.length > 0) order.push(added);
  } else {
    order.delete(0, order.length);
    order.push([...ids]);
  }
}

function readList(ydoc: Y.Doc, name: string): JsonObject[] {
  const byId = ydoc.getMap<Y.Map<Json>>(listKey(name));
  const order = ydoc.getArray<string>(orderKey(name)).toArray();
  // A merge can leave an id twice in the order (two people reordering at once) or an item
  // without a place (added while another rewrote the order): first place wins, strays go last.
  const ids: string[] = [];
  const placed = new Set<string>();
  for (const id of order) {
    if (!placed.has(id) && byId.has(id)) {
      placed.add(id);
      ids.push(id);
    }
  }
  for (const id of [...byId.keys()].sort()) if (!placed.has(id)) ids.push(id);
  return ids.map((id) => {
    const item: JsonObject = {};
    for (const [field, value] of byId.get(id)!.entries()) defineOwn(item, field, clone(value));
    return item;
  });
}

function writeMap(ydoc: Y.Doc, fields: Y.Map<Json>, name: string, value: Json): void {
  const present = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (fields.get(presentKey(name)) !== present) fields.set(presentKey(name), present);
  const object = present ? (value as JsonObject) : {};
  const entries = ydoc.getMap<Json>(mapKey(name));
  for (const id of [...entries.keys()]) if (!Object.hasOwn(object, id)) entries.delete(id);
  for (const [id, entry] of Object.entries(object)) {
    if (!sameJson(entries.get(id), entry)) entries.set(id, clone(entry));
  }
}

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as Json[];
    return a.length === other.length && a.every((item, index) => sameJson(item, other[index]));
  }
  const left = Object.keys(a);
  const right = b as JsonObject;
  return (
    left.length === Object.keys(right).length &&
    left.every((key) => Object.hasOwn(right, key) && sameJson((a as JsonObject)[key], right[key]))
  );
}

/** Values go in and out as copies, so neither side can mutate the other's. */
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** `__proto__` is a valid id and key (format.md): keep it an own key. */
function defineOwn(object: JsonObject, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
