import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { deriveDiagram } from './derive-diagram.ts';

// The shared scenarios (their layouts are the intended arrangement), read through Vite so this
// test needs no Node types.
const files = import.meta.glob<{ document: unknown }>('../../public/examples/[0-9]*.json', { eager: true });
const scenarios = Object.entries(files)
  .map(([path, module]) => ({ file: path.split('/').pop()!, document: module.document }))
  .sort((a, b) => a.file.localeCompare(b.file));
const scenario = (prefix: string) => scenarios.find((s) => s.file.startsWith(prefix))!.document as VpcLabDocument;
const withoutLayout = (doc: VpcLabDocument): VpcLabDocument => {
  const { layout: _layout, ...rest } = doc;
  return rest;
};

describe('deriveDiagram', () => {
  it('finds the scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(12));

  it('draws each resource once with its accessible name and id, nested VPC > subnet > resource', () => {
    const { nodes } = deriveDiagram(scenario('01'));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('web-1')).toMatchObject({ ariaLabel: 'Instance web-1', parentId: 'public-a', type: 'resource' });
    expect(byId.get('public-a')).toMatchObject({ ariaLabel: 'Subnet public-a', parentId: 'vpc-main' });
    expect(byId.get('igw')).toMatchObject({ ariaLabel: 'Internet gateway igw', parentId: 'vpc-main' });
    expect(byId.get('ext:internet')).toMatchObject({ ariaLabel: 'Internet', data: { resourceId: 'internet' } });
    expect(byId.get('web-1')?.domAttributes).toEqual({ 'data-resource-id': 'web-1' });
    // Route tables and security groups are not boxes.
    expect(byId.has('rt-public')).toBe(false);
    expect(byId.has('sg-web')).toBe(false);
    expect(nodes.map((n) => n.id).sort()).toEqual(
      ['vpc-main', 'igw', 'public-a', 'private-a', 'web-1', 'web-2', 'app-1', 'app-2', 'ext:internet'].sort(),
    );
  });

  it('honours the layout: absolute in the document, relative to the parent on the canvas', () => {
    const { nodes, placements } = deriveDiagram(scenario('01'));
    const web1 = nodes.find((n) => n.id === 'web-1')!;
    expect(web1.position).toEqual({ x: 20, y: 80 }); // (60,160) - public-a (40,80)
    expect(placements.get('web-1')?.box).toMatchObject({ x: 60, y: 160 });
    expect(placements.get('vpc-main')?.box).toMatchObject({ x: 0, y: 0, width: 800, height: 370 });
  });

  it('shows every subnet as public or private from its route table', () => {
    const { facts } = deriveDiagram(scenario('01'));
    expect(facts.get('public-a')?.public).toBe(true);
    expect(facts.get('private-a')?.public).toBe(false);
    expect(facts.get('public-a')?.details).toEqual(['10.0.1.0/24', 'AZ a', 'public']);
    expect(facts.get('private-a')?.details).toEqual(['10.0.2.0/24', 'AZ a', 'private']);
  });

  it('draws peering as an edge that carries the resource, and routes from subnets to gateways', () => {
    const peering = deriveDiagram(scenario('06'));
    expect(peering.edges.find((e) => e.id === 'pcx-ab')).toMatchObject({
      source: 'vpc-a',
      target: 'vpc-b',
      ariaLabel: 'Peering connection pcx-ab',
      domAttributes: { 'data-resource-id': 'pcx-ab' },
    });
    const nat = deriveDiagram(scenario('02'));
    expect(nat.edges.some((e) => e.source === 'private-a' && e.target === 'nat-a')).toBe(true);
    expect(nat.edges.some((e) => e.source === 'igw' && e.target === 'ext:internet')).toBe(true);
  });

  it('draws on-premises with its VPN link, transit gateway attachments and S3 outside', () => {
    const vpn = deriveDiagram(scenario('08'));
    expect(vpn.edges.some((e) => e.source === 'office' && e.target === 'vgw')).toBe(true);
    const tgw = deriveDiagram(scenario('09'));
    expect(tgw.edges.filter((e) => e.target === 'tgw').length).toBeGreaterThanOrEqual(3);
    const s3 = deriveDiagram(scenario('07'));
    expect(s3.nodes.find((n) => n.id === 'ext:s3')).toMatchObject({ ariaLabel: 'S3' });
    expect(s3.nodes.some((n) => n.id === 'ext:internet')).toBe(false);
  });

  it('arranges a document without layout: subnets by AZ inside their VPC, leaves inside subnets', () => {
    const { placements } = deriveDiagram(withoutLayout(scenario('04')));
    const inside = (child: string, parent: string) => {
      const c = placements.get(child)!.box;
      const p = placements.get(parent)!.box;
      return c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width && c.y + c.height <= p.y + p.height;
    };
    for (const subnet of ['public-a', 'app-a', 'db-a', 'db-c']) expect(inside(subnet, 'vpc-main')).toBe(true);
    expect(inside('web-1', 'public-a')).toBe(true);
    expect(inside('orders-db', 'db-a')).toBe(true);
    // AZ a in one column, AZ c in the next.
    expect(placements.get('db-c')!.box.x).toBeGreaterThan(placements.get('db-a')!.box.x);
    expect(placements.get('app-a')!.box.x).toBe(placements.get('db-a')!.box.x);
  });

  it.each(scenarios.map((s) => [s.file, s.document as VpcLabDocument]))(
    '%s: parents come before children',
    (_f, doc) => {
      for (const d of [doc, withoutLayout(doc)]) {
        const seen = new Set<string>();
        for (const node of deriveDiagram(d).nodes) {
          if (node.parentId !== undefined) expect(seen.has(node.parentId)).toBe(true);
          seen.add(node.id);
        }
      }
    },
  );

  it('derives a 500-resource design with every instance inside its subnet', () => {
    const resources: VpcLabDocument['resources'] = [{ id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] }];
    for (let s = 0; s < 50; s++) {
      resources.push({ id: `s${s}`, type: 'subnet', vpc: 'vpc', cidr: `10.0.${s}.0/24`, az: 'abc'[s % 3]! });
      for (let i = 0; i < 9; i++) resources.push({ id: `i${s}-${i}`, type: 'instance', subnet: `s${s}` });
    }
    const { nodes } = deriveDiagram({ format: 'vpclab', version: 2, name: 'big', resources });
    expect(nodes.length).toBe(501);
    for (const node of nodes.filter((n) => n.id.startsWith('i'))) {
      expect(node.parentId).toBe(`s${node.id.slice(1).split('-')[0]}`);
    }
  });
});

describe('deriveDiagram from an earlier revision', () => {
  const base = scenario('01');
  const replace = (doc: VpcLabDocument, id: string, patch: object): VpcLabDocument => ({
    ...doc,
    resources: doc.resources.map((r) => (r.id === id ? ({ ...r, ...patch } as typeof r) : r)),
  });
  const newNodes = (before: readonly { id: string }[], after: readonly { id: string }[]) =>
    after.filter((n) => !before.includes(n)).map((n) => n.id);

  it('hands back every node object when the document is the same', () => {
    const first = deriveDiagram(base);
    expect(deriveDiagram(base, first).nodes.every((n, i) => n === first.nodes[i])).toBe(true);
  });

  it('rebuilds only the renamed node, and draws the new name', () => {
    const first = deriveDiagram(base);
    const second = deriveDiagram(replace(base, 'web-1', { name: 'Web one' }), first);
    expect(newNodes(first.nodes, second.nodes)).toEqual(['web-1']);
    expect(second.nodes.find((n) => n.id === 'web-1')!.data.title).toBe('Web one');
  });

  it('gives new facts, not a new node, to a subnet whose route table stops reaching the internet', () => {
    const first = deriveDiagram(base);
    const table = base.resources.find((r) => r.id === 'rt-public') as Extract<
      VpcLabDocument['resources'][number],
      { type: 'route-table' }
    >;
    const second = deriveDiagram(
      replace(base, 'rt-public', { routes: table.routes.filter((r) => r.destination !== '0.0.0.0/0') }),
      first,
    );
    expect(newNodes(first.nodes, second.nodes)).toEqual([]);
    const changed = [...second.facts].filter(([id, facts]) => first.facts.get(id) !== facts).map(([id]) => id);
    expect(changed).toEqual(['public-a']);
    expect(second.facts.get('public-a')).toEqual({ details: ['10.0.1.0/24', 'AZ a', 'private'], public: false });
  });

  it('gives new facts to a resource whose shown facts change, and keeps the facts of one replaced by an equal object', () => {
    const first = deriveDiagram(base);
    const web = base.resources.find((r) => r.id === 'web-1') as Extract<
      VpcLabDocument['resources'][number],
      { type: 'instance' }
    >;
    const moved = deriveDiagram(replace(base, 'web-1', { privateIp: '10.0.1.99' }), first);
    expect(moved.facts.get('web-1')!.details[0]).toBe('10.0.1.99');
    expect(moved.facts.get('web-1')).not.toBe(first.facts.get('web-1'));
    expect(newNodes(first.nodes, moved.nodes)).toEqual([]);
    const same = deriveDiagram(replace(base, 'web-1', { privateIp: web.privateIp }), first);
    expect(same.facts.get('web-1')).toBe(first.facts.get('web-1'));
  });

  it('moves a subnet and its children follow without new objects (positions are relative)', () => {
    const first = deriveDiagram(base);
    // As a drag does: the layout is absolute, so the subnet's children move with it.
    const layout = { ...base.layout };
    for (const id of ['public-a', ...(first.children.get('public-a') ?? [])]) {
      const box = first.placements.get(id)!.box;
      layout[id] = { ...layout[id], x: box.x + 40, y: box.y };
    }
    const moved: VpcLabDocument = { ...base, layout };
    const second = deriveDiagram(moved, first);
    expect(second.nodes.find((n) => n.id === 'public-a')!.position.x).toBe(
      first.nodes.find((n) => n.id === 'public-a')!.position.x + 40,
    );
    expect(newNodes(first.nodes, second.nodes)).toContain('public-a');
    expect(newNodes(first.nodes, second.nodes)).not.toContain('web-1');
  });

  it('keeps the node of a resource replaced by an object that draws the same, and renames it on the next edit', () => {
    const first = deriveDiagram(base);
    const edited = replace(base, 'web-1', { sourceDestCheck: false });
    const second = deriveDiagram(edited, first);
    expect(newNodes(first.nodes, second.nodes)).toEqual([]);
    const third = deriveDiagram(replace(edited, 'web-1', { name: 'Web one' }), second);
    expect(newNodes(second.nodes, third.nodes)).toEqual(['web-1']);
    expect(deriveDiagram(edited, third).nodes.find((n) => n.id === 'web-1')!.data.title).toBe('web-1');
  });

  it('matches a derivation from scratch on every shared scenario, edited or not', () => {
    for (const { document } of scenarios) {
      const doc = document as VpcLabDocument;
      const fresh = deriveDiagram(doc);
      const reused = deriveDiagram(doc, deriveDiagram(withoutLayout(doc)));
      expect(reused.nodes).toEqual(fresh.nodes);
      expect(reused.facts).toEqual(fresh.facts);
    }
  });
});
