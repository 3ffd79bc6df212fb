import { describe, expect, it } from 'vitest';
import type { Resource, VpcLabDocument } from '../../src/model/index.ts';
import { deriveDiagram } from './derive-diagram.ts';
import { EDGE_KEYS, NODE_KEYS, sameEdge, sameNode, shareUnchanged } from './share-unchanged.ts';

/** Deep equality of JSON-like values (derived nodes and edges hold nothing else): the oracle for `sameNode` and `sameEdge`. */
function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!plainEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const files = import.meta.glob<{ document: unknown }>('../../public/examples/01-*.json', { eager: true });
const scenario = Object.values(files)[0]!.document as VpcLabDocument;

const update = (doc: VpcLabDocument, id: string, patch: Partial<Resource>): VpcLabDocument => ({
  ...doc,
  resources: doc.resources.map((r) => (r.id === id ? ({ ...r, ...patch } as Resource) : r)),
});

describe('shareUnchanged', () => {
  it('hands back the previous diagram when nothing drawn changed', () => {
    const first = deriveDiagram(scenario);
    expect(shareUnchanged(first, deriveDiagram(scenario))).toBe(first);
  });

  it('makes only the renamed resource a new node object; every other node and edge is the old object', () => {
    const first = deriveDiagram(scenario);
    const second = shareUnchanged(first, deriveDiagram(update(scenario, 'web-1', { name: 'Web one' })));
    expect(second).not.toBe(first);
    const changed = second.nodes.filter((n) => !first.nodes.includes(n)).map((n) => n.id);
    expect(changed).toEqual(['web-1']);
    expect(second.nodes.find((n) => n.id === 'web-1')?.data.title).toBe('Web one');
    expect(second.edges.every((e) => first.edges.includes(e))).toBe(true);
  });

  it('gives new facts to a subnet that turns private when its internet route goes, and the route edge disappears', () => {
    const first = deriveDiagram(scenario);
    const table = scenario.resources.find((r) => r.id === 'rt-public') as Extract<Resource, { type: 'route-table' }>;
    const withoutInternet = update(scenario, 'rt-public', {
      routes: table.routes.filter((r) => r.destination !== '0.0.0.0/0'),
    } as Partial<Resource>);
    const second = shareUnchanged(first, deriveDiagram(withoutInternet));
    expect(second.facts.get('public-a')!.public).toBe(false);
    expect(second.edges.length).toBeLessThan(first.edges.length);
    // The node is unchanged (its facts go to the node by another way): React Flow is not touched.
    expect(second.nodes).toBe(first.nodes);
    const changed = [...second.facts].filter(([id, facts]) => first.facts.get(id) !== facts).map(([id]) => id);
    expect(changed).toEqual(['public-a']);
  });

  it('keeps a new diagram object when only a drawn resource object changed, so drops see fresh resources', () => {
    const first = deriveDiagram(scenario);
    const doc = update(scenario, 'web-1', { sourceDestCheck: false } as Partial<Resource>);
    const second = shareUnchanged(first, deriveDiagram(doc));
    expect(second).not.toBe(first);
    expect(second.nodes).toBe(first.nodes);
    expect(second.placements.get('web-1')?.resource).toBe(doc.resources.find((r) => r.id === 'web-1'));
  });
});

describe('sameNode', () => {
  const nodes = deriveDiagram(scenario).nodes;

  it('compares every key a derived node can have, and the data keys', () => {
    const seen = new Set(nodes.flatMap((n) => Object.keys(n)));
    for (const key of seen) expect(NODE_KEYS).toContain(key);
    for (const n of nodes) expect(Object.keys(n.domAttributes ?? {})).toEqual(['data-resource-id']);
    const dataKeys = new Set(nodes.flatMap((n) => Object.keys(n.data)));
    expect([...dataKeys].sort()).toEqual(['resourceId', 'title', 'type']);
  });

  it('agrees with deep equality on changed and unchanged nodes', () => {
    for (const node of nodes) {
      expect(sameNode(node, structuredClone(node))).toBe(true);
      const moved = { ...node, position: { ...node.position, x: node.position.x + 10 } };
      expect(sameNode(node, moved)).toBe(plainEqual(node, moved));
      const renamed = { ...node, data: { ...node.data, title: `${node.data.title} x` } };
      expect(sameNode(node, renamed)).toBe(false);
    }
  });
});

describe('sameEdge', () => {
  // Scenarios with peering, a transit gateway, VPN and endpoints: every kind of edge.
  const all = import.meta.glob<{ document: unknown }>('../../public/examples/[0-9]*.json', { eager: true });
  const edges = Object.values(all).flatMap((m) => deriveDiagram(m.document as VpcLabDocument).edges);

  it('compares every key a derived edge can have', () => {
    expect(new Set(edges.map((e) => e.data?.kind))).toEqual(
      new Set(['peering', 'attachment', 'vpn', 'route', 'service']),
    );
    for (const key of new Set(edges.flatMap((e) => Object.keys(e)))) expect(EDGE_KEYS).toContain(key);
    for (const e of edges)
      expect(Object.keys(e.domAttributes ?? {})).toEqual(e.domAttributes ? ['data-resource-id'] : []);
    for (const key of new Set(edges.flatMap((e) => Object.keys(e.data ?? {}))))
      expect(['kind', 'label']).toContain(key);
  });

  it('agrees with deep equality', () => {
    for (const edge of edges) {
      expect(sameEdge(edge, structuredClone(edge))).toBe(true);
      const relabelled = { ...edge, data: { kind: edge.data!.kind, label: 'other' } };
      expect(sameEdge(edge, relabelled)).toBe(plainEqual(edge, relabelled));
    }
  });
});

describe('plainEqual', () => {
  it('compares JSON-like values deeply', () => {
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(plainEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(plainEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(plainEqual([1], { 0: 1 })).toBe(false);
    expect(plainEqual({ a: undefined }, {})).toBe(false);
  });
});
