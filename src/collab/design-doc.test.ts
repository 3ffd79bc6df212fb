import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateDocument } from '../model/index.ts';
import { loadScenarios, loadWorkedExample } from '../model/test-support/shared.ts';
import { hasDesign, readDesign, writeDesign } from './design-doc.ts';

type Json = Record<string, unknown>;

const LOCAL = Symbol('local');

const designs: { file: string; document: Json }[] = [
  { file: 'format.md worked example', document: loadWorkedExample() as Json },
  ...loadScenarios().map(({ file, document }) => ({ file, document })),
];

/** Two replicas of one room, exchanging updates only when `sync` is called (offline otherwise). */
function pair(start: Json) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeDesign(a, start, LOCAL);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, sync };
}

const edit = (ydoc: Y.Doc, change: (document: Json) => void) => {
  const document = readDesign(ydoc);
  change(document);
  writeDesign(ydoc, document, LOCAL);
};
const resources = (document: Json) => document['resources'] as Json[];
const resource = (document: Json, id: string) => resources(document).find((r) => r['id'] === id)!;

describe('a design as a Yjs document', () => {
  it.each(designs)('$file reads back exactly as written, order included', ({ document }) => {
    const ydoc = new Y.Doc();
    expect(hasDesign(ydoc)).toBe(false);
    writeDesign(ydoc, document, LOCAL);
    expect(hasDesign(ydoc)).toBe(true);
    const read = readDesign(ydoc);
    expect(read).toEqual(document);
    expect(resources(read).map((r) => r['id'])).toEqual(resources(document).map((r) => r['id']));
  });

  it('writes nothing when nothing changed, and little for one field', () => {
    const { document } = designs[0]!;
    const ydoc = new Y.Doc();
    writeDesign(ydoc, document, LOCAL);
    const updates: Uint8Array[] = [];
    ydoc.on('update', (update: Uint8Array) => updates.push(update));
    writeDesign(ydoc, structuredClone(document), LOCAL);
    expect(updates).toEqual([]);
    edit(ydoc, (d) => (resource(d, 'web-1')['name'] = 'Web server'));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.byteLength).toBeLessThan(100);
  });

  it('keeps both people’s edits of different fields of one resource', () => {
    const { a, b, sync } = pair(designs[0]!.document);
    edit(a, (d) => (resource(d, 'web-1')['name'] = 'Web server'));
    edit(b, (d) => (resource(d, 'web-1')['publicIp'] = false));
    sync();
    for (const replica of [a, b]) {
      expect(resource(readDesign(replica), 'web-1')).toMatchObject({ name: 'Web server', publicIp: false });
    }
  });

  it('resolves the same field to one value on every replica (last writer wins)', () => {
    const { a, b, sync } = pair(designs[0]!.document);
    edit(a, (d) => (resource(d, 'public-a')['cidr'] = '10.0.7.0/24'));
    edit(b, (d) => (resource(d, 'public-a')['cidr'] = '10.0.8.0/24'));
    sync();
    expect(readDesign(a)).toEqual(readDesign(b));
    expect(['10.0.7.0/24', '10.0.8.0/24']).toContain(resource(readDesign(a), 'public-a')['cidr']);
  });

  it('keeps a merge that breaks a rule of the format, for validation to report', () => {
    const { a, b, sync } = pair(designs[0]!.document);
    const subnet = (id: string) => ({ id, type: 'subnet', vpc: 'vpc-main', cidr: '10.0.9.0/24', az: 'a' });
    edit(a, (d) => resources(d).push(subnet('left')));
    edit(b, (d) => resources(d).push(subnet('right')));
    sync();
    const merged = readDesign(a);
    expect(resources(merged).map((r) => r['id'])).toEqual(expect.arrayContaining(['left', 'right']));
    const report = validateDocument(merged);
    expect(report.errors.some((issue) => issue.message.includes('10.0.9.0/24'))).toBe(true);
  });

  it('converges whatever two offline replicas did (random edits of every shared design)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), n: fc.nat(99) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({ kind: fc.constant('reorder' as const) }),
    );
    type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
    const apply = (ydoc: Y.Doc, s: Step) =>
      edit(ydoc, (d) => {
        const list = resources(d);
        const target = list.length > 0 && 'pick' in s ? list[s.pick % list.length]! : undefined;
        if (s.kind === 'rename' && target) target['name'] = s.name;
        if (s.kind === 'delete' && target) list.splice(list.indexOf(target), 1);
        if (s.kind === 'add') list.push({ id: `new-${s.n}`, type: 'vpc', cidrBlocks: [`10.${s.n}.0.0/16`] });
        if (s.kind === 'move' && target) {
          d['layout'] = { ...(d['layout'] as Json | undefined), [String(target['id'])]: { x: s.x, y: 0 } };
        }
        if (s.kind === 'reorder') list.reverse();
      });
    fc.assert(
      fc.property(
        fc.nat(designs.length - 1),
        fc.array(step, { maxLength: 8 }),
        fc.array(step, { maxLength: 8 }),
        (which, left, right) => {
          const { a, b, sync } = pair(designs[which]!.document);
          for (const s of left) apply(a, s);
          for (const s of right) apply(b, s);
          sync();
          const merged = readDesign(a);
          expect(readDesign(b)).toEqual(merged);
          const ids = resources(merged).map((r) => r['id']);
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps __proto__ as an ordinary id and key', () => {
    const ydoc = new Y.Doc();
    const document = JSON.parse(
      '{"format":"vpclab","version":2,"name":"p","resources":[],"layout":{"__proto__":{"x":1,"y":2}}}',
    ) as Json;
    writeDesign(ydoc, document, LOCAL);
    const read = readDesign(ydoc);
    expect(Object.keys(read['layout'] as Json)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read['layout'])).toBe(Object.prototype);
  });
});
