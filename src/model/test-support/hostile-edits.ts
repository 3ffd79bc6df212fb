import fc from 'fast-check';
import type { VpcLabDocument } from '../index.ts';

/**
 * Mutations of a valid document for fuzzing the readers: each edit picks a place in the JSON
 * (any object key or list element, at any depth) and breaks it the way people and attackers do:
 * a wrong type, a stray space, a reference to the wrong resource, a `__proto__` key, script
 * text, deep nesting, a missing or duplicated part.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Slot = { readonly parent: Json[] | { [key: string]: Json }; readonly key: string | number };

/** One edit: what to do, where (an index into the document's slots) and with which value. */
export interface HostileEdit {
  /** `replace` keeps the value's JSON type (so the edit reaches the semantic checks and the engine), `retype` does not. */
  readonly kind: 'replace' | 'retype' | 'remove' | 'duplicate' | 'rename';
  readonly where: number;
  readonly pick: number;
}

const DEEP = (() => {
  let value: Json = [];
  for (let i = 0; i < 100; i += 1) value = [value];
  return value;
})();

/** Values that break assumptions; functions draw from the document itself (its ids, CIDRs). */
const VALUES: readonly (Json | ((ids: readonly string[]) => Json))[] = [
  null,
  0,
  -1,
  1.5,
  65_536,
  1e308,
  true,
  '',
  ' ',
  '22 ',
  '22\n',
  '22\u3000',
  ' 10.0.0.0/16',
  '10.0.0.5/16',
  '0.0.0.0/0',
  '::/0',
  '__proto__',
  'constructor',
  'blackhole',
  'internet:10.0.0.1',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(300),
  [],
  {},
  [null],
  JSON.parse('{"__proto__": {"polluted": true}}') as Json,
  DEEP,
  (ids) => ids[0] ?? 'a',
  (ids) => ids[ids.length - 1] ?? 'b',
  (ids) => `${ids[1] ?? 'vpc'}/default`,
  (ids) => [ids[2] ?? 'c', ids[2] ?? 'c'],
];

const KEYS = ['__proto__', 'constructor', 'id', 'type', 'extra'];

/** fast-check arbitrary of edit lists. */
export const hostileEdits = fc.array(
  fc.record({
    // Mostly type-preserving edits: they get past the structural checks to the semantic ones and the engine.
    kind: fc.oneof(
      { weight: 12, arbitrary: fc.constant<HostileEdit['kind']>('replace') },
      fc.constantFrom<HostileEdit['kind']>('retype', 'remove', 'duplicate', 'rename'),
    ),
    where: fc.nat(),
    pick: fc.nat(),
  }),
  { minLength: 1, maxLength: 3 },
);

/** Applies the edits to a copy of `document` (JSON.parse keeps `__proto__` keys as own keys). */
export function applyHostileEdits(document: VpcLabDocument, edits: readonly HostileEdit[]): Json {
  const root = JSON.parse(JSON.stringify(document)) as Json;
  const ids = document.resources.map((resource) => resource.id);
  for (const edit of edits) {
    const slots = slotsOf(root);
    const strings = slots.map(({ parent, key }) => (parent as Record<string | number, Json>)[key] as Json);
    const slot = slots[edit.where % slots.length];
    if (slot) apply(slot, edit, ids, [...new Set(strings.filter((value) => typeof value === 'string'))]);
  }
  return root;
}

function apply({ parent, key }: Slot, edit: HostileEdit, ids: readonly string[], strings: readonly Json[]): void {
  const current = (parent as Record<string | number, Json>)[key] as Json;
  if (edit.kind === 'replace' || edit.kind === 'retype') {
    const values = VALUES.map((value) => (typeof value === 'function' ? value(ids) : structuredClone(value)));
    const sameType = values.filter((value) => jsonType(value) === jsonType(current));
    // Half the string replacements swap in another string of the document (an id, a CIDR, a
    // port): well-formed, so they test the semantic rules (references, overlaps, placement).
    const own = typeof current === 'string' && edit.pick % 2 === 0 ? strings : [];
    const pool = edit.kind === 'retype' || sameType.length === 0 ? values : own.length > 0 ? own : sameType;
    const index = own.length > 0 ? Math.floor(edit.pick / 2) : edit.pick;
    define(parent, key, pool[index % pool.length]!);
  } else if (edit.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (edit.kind === 'duplicate') {
    if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
    else define(parent, `${key}2`, structuredClone(current));
  } else if (!Array.isArray(parent)) {
    delete parent[key];
    define(parent, KEYS[edit.pick % KEYS.length]!, current);
  }
}

function jsonType(value: Json): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
}

/** Sets an own property, even `__proto__`, without going through a setter. */
function define(parent: Slot['parent'], key: string | number, value: Json): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every key and element of the document, in document order, found without recursion. */
function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  const stack: Json[] = [root];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      slots.push({ parent: value, key });
      stack.push((value as Record<string | number, Json>)[key] as Json);
    }
  }
  return slots;
}
