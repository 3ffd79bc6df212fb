import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { gridLayout } from '../../src/layout/grid-layout.ts';
import { AnalysisSession } from '../../src/worker/session.ts';
import type { TraceQuery } from '../analysis/trace-store.ts';
import { deriveDiagram } from './derive-diagram.ts';
import type { Box } from './diagram-types.ts';
import { pictureWords } from './export-image.ts';
import { diagramSvg } from './export/diagram-svg.ts';
import { allElements, parseXml } from './export/xml-tree.ts';
import { moveLayout } from './move-layout.ts';
import { intentLines } from './overlay/intent-lines.ts';
import { nodeIdOf } from './overlay/node-ids.ts';
import { traceDrawing } from './overlay/trace-lines.ts';

// The golden cases, read through Vite so that this test needs no Node types.
const cases = import.meta.glob<{ document: VpcLabDocument }>('../../cases/eni-*.json', { eager: true });
const golden = (name: string) => Object.entries(cases).find(([path]) => path.endsWith(`/${name}.json`))![1].document;
const dualHomed = golden('eni-dual-homed');
const appliance = golden('eni-firewall-appliance');

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function traced(document: VpcLabDocument, query: TraceQuery) {
  const session = new AnalysisSession();
  session.analyse(document, 1);
  const reply = session.trace(1, query);
  if (!reply.ok) throw new Error(reply.error);
  return traceDrawing({ revision: 1, document, query, result: reply.result });
}

describe('secondary network interfaces on the canvas', () => {
  it('draws a dual-homed instance’s second interface in ITS subnet, named for assistive tech, with its address', () => {
    const diagram = deriveDiagram(dualHomed);
    const node = diagram.nodes.find((n) => n.id === 'app/eni-1');
    expect(node).toMatchObject({
      type: 'interface',
      parentId: 'mgmt-a',
      ariaLabel: 'Network interface eni-1 of app',
      domAttributes: { 'data-resource-id': 'app/eni-1' },
      data: {
        resourceId: 'app/eni-1',
        title: 'eni-1',
        networkInterface: { instance: 'app', name: 'eni-1', position: 0 },
      },
    });
    expect(diagram.facts.get('app/eni-1')?.details).toEqual(['10.0.2.10']);
    // The instance itself stays in its primary's subnet; the interface sits wholly inside its own.
    expect(diagram.nodes.find((n) => n.id === 'app')?.parentId).toBe('front-a');
    const box = diagram.placements.get('app/eni-1')!.box;
    expect(inside(box, diagram.placements.get('mgmt-a')!.box)).toBe(true);
    expect(overlaps(box, diagram.placements.get('admin-1')!.box)).toBe(false);
    // The primary is the instance: no node of its own.
    expect(diagram.placements.has('app/eni-0')).toBe(false);
  });

  it('joins each interface to its instance by an "attached" edge, apart from traffic edges', () => {
    const { edges } = deriveDiagram(dualHomed);
    expect(edges.find((e) => e.id === 'eni:app/eni-1')).toMatchObject({
      source: 'app',
      target: 'app/eni-1',
      data: { kind: 'interface' },
      className: 'edge-interface',
      ariaLabel: 'Network interface eni-1 attached to app',
      selectable: false,
    });
  });

  it('firewall appliance: both appliances’ interfaces side by side in the data subnet, routes to fw/eni-0 drawn to the instance', () => {
    const diagram = deriveDiagram(appliance);
    const data = diagram.placements.get('data-a')!.box;
    const boxes = ['fw/eni-1', 'fw-checked/eni-1', 'db-1'].map((id) => diagram.placements.get(id)!.box);
    for (const box of boxes) expect(inside(box, data)).toBe(true);
    expect(overlaps(boxes[0]!, boxes[1]!) || overlaps(boxes[0]!, boxes[2]!) || overlaps(boxes[1]!, boxes[2]!)).toBe(
      false,
    );
    const names = diagram.nodes.filter((n) => n.type === 'interface').map((n) => n.ariaLabel);
    expect(names.sort()).toEqual(['Network interface eni-1 of fw', 'Network interface eni-1 of fw-checked']);
    // Neither secondary has a privateIp: each shows the address assigned to it, as the engine uses it.
    const addresses = ['fw/eni-1', 'fw-checked/eni-1'].map((id) => diagram.facts.get(id)?.details[0]);
    expect(addresses.every((a) => a !== undefined && a.startsWith('10.0.2.'))).toBe(true);
    expect(new Set(addresses).size).toBe(2);
    // A route to an interface: the primary is drawn as the instance, with its destination.
    expect(diagram.edges.find((e) => e.id === 'route:app-a->fw/eni-0')).toMatchObject({
      source: 'app-a',
      target: 'fw',
      data: { kind: 'route', label: '10.0.2.0/24' },
    });
    expect(diagram.edges.filter((e) => e.data?.kind === 'interface').map((e) => [e.source, e.target])).toEqual([
      ['fw', 'fw/eni-1'],
      ['fw-checked', 'fw-checked/eni-1'],
    ]);
  });

  it('a route naming a secondary interface is drawn to the interface’s node', () => {
    const document: VpcLabDocument = {
      ...appliance,
      resources: appliance.resources.map((r) =>
        r.id === 'rt-app' && r.type === 'route-table'
          ? { ...r, routes: [{ destination: '10.0.3.0/24', target: 'fw/eni-1' }] }
          : r,
      ),
    };
    const edge = deriveDiagram(document).edges.find((e) => e.id === 'route:app-a->fw/eni-1');
    expect(edge).toMatchObject({ source: 'app-a', target: 'fw/eni-1' });
  });

  it('keeps a moved interface where it was put (layout under its endpoint)', () => {
    const diagram = deriveDiagram(dualHomed);
    const box = diagram.placements.get('app/eni-1')!.box;
    const layout = moveLayout(diagram, [{ id: 'app/eni-1', x: box.x + 100, y: box.y }]);
    expect(layout).toEqual({ 'app/eni-1': { x: box.x + 100, y: box.y } });
    const moved = deriveDiagram({ ...dualHomed, layout });
    expect(moved.placements.get('app/eni-1')!.box).toMatchObject({ x: box.x + 100, y: box.y });
  });

  it('auto layout places the interfaces inside their subnets, after the resources there', () => {
    const diagram = deriveDiagram(appliance);
    const layout = gridLayout(diagram);
    for (const id of ['fw/eni-1', 'fw-checked/eni-1']) {
      const entry = layout[id]!;
      const data = layout['data-a']!;
      expect(entry).toBeDefined();
      expect(inside({ ...entry, width: 88, height: 50 }, { ...data, width: data.width!, height: data.height! })).toBe(
        true,
      );
    }
    const laidOut = deriveDiagram({ ...appliance, layout });
    expect(overlaps(laidOut.placements.get('fw/eni-1')!.box, laidOut.placements.get('db-1')!.box)).toBe(false);
  });

  it('a trace to the secondary address ends at the interface, and the appliance’s path goes out by its interface', () => {
    const toInterface = traced(dualHomed, { from: 'admin-1', to: 'app/eni-1', protocol: 'tcp', port: 9000 });
    expect(toInterface.verdict).toBe('allowed');
    expect(toInterface.lines[0]!.stops).toEqual(['admin-1', 'mgmt-a', 'app/eni-1']);
    expect(toInterface.lines[1]!.stops[0]).toBe('app/eni-1');

    const toPrimary = traced(dualHomed, { from: 'user-1', to: 'app', protocol: 'tcp', port: 443 });
    expect(toPrimary.lines[0]!.stops.at(-1)).toBe('app');

    const through = traced(appliance, { from: 'app-1', to: 'db-1', protocol: 'tcp', port: 5432 });
    expect(through.lines[0]!.stops).toEqual(['app-1', 'app-a', 'fw', 'fw/eni-1', 'data-a', 'db-1']);
  });

  it('intents naming an interface end at its node; the primary’s endpoint is the instance', () => {
    expect(nodeIdOf('app/eni-1')).toBe('app/eni-1');
    expect(nodeIdOf('fw/eni-0')).toBe('fw');
    const document: VpcLabDocument = {
      ...dualHomed,
      intents: [{ id: 'mgmt', from: 'admin-1', to: 'app/eni-1', protocol: 'tcp', port: 9000, expect: 'allowed' }],
    };
    const [line] = intentLines(new AnalysisSession().analyse(document, 1).intents);
    expect(line?.stops.at(-1)).toBe('app/eni-1');
    expect(line?.stops).not.toContain('app');
  });

  it('exports the interface node and its dashed edge in the SVG, with a key entry', () => {
    const picture = diagramSvg(deriveDiagram(dualHomed), { words: pictureWords(translator('en')) });
    const root = parseXml(picture.svg);
    const elements = allElements(root);
    const node = elements.find((e) => e.attributes['data-resource-id'] === 'app/eni-1');
    expect(node?.attributes['data-kind']).toBe('interface');
    const edge = elements.find((e) => e.attributes['data-edge-id'] === 'eni:app/eni-1');
    expect(edge?.attributes['data-kind']).toBe('interface');
    expect(picture.svg).toContain('stroke-dasharray="5 4"');
    expect(picture.svg).toContain('Network interface attached');
    expect(picture.svg).toContain('10.0.2.10');
  });
});
