import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import type { Box } from '../diagram-types.ts';
import { MAX_SUBNET_WIDTH, TITLE_FONT } from './box-sizes.ts';
import { gridLayout } from './grid-layout.ts';
import { estimateTextWidth } from './label-width.ts';

const files = import.meta.glob<{ document: unknown }>('../../../../shared/scenarios/*.json', { eager: true });
const scenarios = Object.entries(files)
  .map(([path, module]) => ({ file: path.split('/').pop()!, document: module.document as VpcLabDocument }))
  .sort((a, b) => a.file.localeCompare(b.file));
const scenario = (prefix: string) => scenarios.find((s) => s.file.startsWith(prefix))!.document;

/** The document auto-laid-out, and its diagram drawn from that layout. */
function autoLaidOut(document: VpcLabDocument) {
  const layout = gridLayout(deriveDiagram(document));
  const laidOut = { ...document, layout };
  return { layout, diagram: deriveDiagram(laidOut) };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('gridLayout', () => {
  it('finds the scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(12));

  it('is deterministic and ignores the layout it replaces', () => {
    for (const { file, document } of scenarios) {
      const { layout: _old, ...bare } = document;
      const first = gridLayout(deriveDiagram(document));
      expect(gridLayout(deriveDiagram(document)), file).toEqual(first);
      expect(gridLayout(deriveDiagram(bare as VpcLabDocument)), file).toEqual(first);
    }
  });

  it('keeps every resource in its container, siblings apart, and containers sized for their labels', () => {
    for (const { file, document } of scenarios) {
      const { layout, diagram } = autoLaidOut(document);
      for (const p of diagram.placements.values()) {
        if (!p.resource) continue;
        expect(layout[p.id], `${file}: ${p.id} has an entry`).toBeDefined();
        const parent = p.parent === undefined ? undefined : diagram.placements.get(p.parent);
        const onEdge = ['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway'].includes(p.resource.type);
        if (parent && !onEdge && p.resource.type !== 'vpc-endpoint') {
          expect(inside(p.box, parent.box), `${file}: ${p.id} inside ${parent.id}`).toBe(true);
        }
        // The layout is what is drawn: no container had to grow to hold its children.
        const entry = layout[p.id]!;
        if (entry.width !== undefined) expect(p.box, `${file}: ${p.id}`).toMatchObject(entry);
      }
      const siblings = new Map<string, Box[]>();
      for (const p of diagram.placements.values()) {
        if (p.resource && p.parent !== undefined && diagram.placements.get(p.parent)?.resource?.type === 'vpc') {
          if (p.resource.type !== 'subnet') continue; // gateways straddle the edge
        }
        const key = p.parent ?? '';
        siblings.set(key, [...(siblings.get(key) ?? []), p.box]);
      }
      for (const [parent, boxes] of siblings) {
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i]!, boxes[j]!), `${file}: children of ${parent || 'the canvas'} apart`).toBe(false);
      }
    }
  });

  it('puts VPCs side by side, top-aligned', () => {
    const { diagram } = autoLaidOut(scenario('09'));
    const vpcs = ['vpc-a', 'vpc-b', 'vpc-c'].map((id) => diagram.placements.get(id)!.box);
    expect(vpcs.map((b) => b.y)).toEqual([0, 0, 0]);
    expect(vpcs[0]!.x + vpcs[0]!.width).toBeLessThan(vpcs[1]!.x);
    expect(vpcs[1]!.x + vpcs[1]!.width).toBeLessThan(vpcs[2]!.x);
    // The transit gateway below them, centred under what it joins.
    const tgw = diagram.placements.get('tgw')!.box;
    expect(tgw.y).toBeGreaterThan(Math.max(...vpcs.map((b) => b.y + b.height)));
  });

  it('makes AZs columns and tiers rows: public above private, data subnets last', () => {
    const { diagram } = autoLaidOut(scenario('04'));
    const box = (id: string) => diagram.placements.get(id)!.box;
    // public-a, app-a and db-a share AZ a: one column, in tier order.
    expect(box('public-a').x).toBe(box('app-a').x);
    expect(box('app-a').x).toBe(box('db-a').x);
    expect(box('public-a').y).toBeLessThan(box('app-a').y);
    expect(box('app-a').y).toBeLessThan(box('db-a').y);
    // db-c is in AZ c: the next column, on the data row.
    expect(box('db-c').x).toBeGreaterThan(box('db-a').x);
    expect(box('db-c').y).toBe(box('db-a').y);
  });

  it('sets subnets of one AZ and tier side by side, on their tier row', () => {
    const { diagram } = autoLaidOut(scenario('02'));
    const box = (id: string) => diagram.placements.get(id)!.box;
    const privates = ['private-a', 'private-b', 'internal-a', 'private-c'].map(box);
    expect(new Set(privates.map((b) => b.y)).size).toBe(1);
    expect(privates.map((b) => b.x)).toEqual([...privates.map((b) => b.x)].sort((a, b) => a - b));
    expect(box('public-a').y).toBeLessThan(privates[0]!.y);
  });

  it('sets gateways on the VPC edge they serve and on-premises networks outside, beside their gateway', () => {
    const { diagram } = autoLaidOut(scenario('08'));
    const box = (id: string) => diagram.placements.get(id)!.box;
    const vpc = box('vpc-main');
    const igw = box('igw');
    expect(igw.y + igw.height / 2).toBe(vpc.y);
    const vgw = box('vgw');
    expect(vgw.x + vgw.width / 2).toBe(vpc.x);
    const office = box('office');
    expect(office.x + office.width).toBeLessThan(vgw.x);
    expect(office.y).toBe(vgw.y);
    // The NAT gateway stays in its public subnet, first in it.
    expect(inside(box('nat-a'), box('public-a'))).toBe(true);
  });

  it('widens a subnet for a long name, up to a limit past which the name is shortened', () => {
    const base = scenario('01');
    const named = (name: string): VpcLabDocument => ({
      ...base,
      resources: base.resources.map((r) => (r.id === 'public-a' ? { ...r, name } : r)),
    });
    const long = 'public-subnet-for-the-web-tier';
    const wide = autoLaidOut(named(long)).diagram.placements.get('public-a')!.box;
    expect(wide.width).toBeGreaterThan(estimateTextWidth(long, TITLE_FONT) + 100);
    const huge = autoLaidOut(named('x'.repeat(200))).diagram.placements.get('public-a')!.box;
    expect(huge.width).toBe(MAX_SUBNET_WIDTH);
  });
});
