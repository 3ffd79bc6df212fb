import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { AnalysisSession } from '../../../src/worker/session.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { pictureWords } from '../export-image.ts';
import { intentLines } from '../overlay/intent-lines.ts';
import { bundledExamples } from './bundled-examples.ts';
import { diagramSvg } from './diagram-svg.ts';
import { allElements, parseXml, type XmlElement } from './xml-tree.ts';

const words = pictureWords(translator('en'));
const examples = bundledExamples();

function overlayOf(document: VpcLabDocument) {
  return intentLines(new AnalysisSession().analyse(document, 1).intents);
}

const groups = (root: XmlElement, attribute: string) =>
  allElements(root).filter((element) => attribute in element.attributes);

describe('diagramSvg: the diagram as a vector picture', () => {
  it('has every bundled example to draw', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples.map((e) => [e.file, e.document] as const))(
    '%s: one group per resource with its texts, one stroked path per edge, no HTML, script or handler',
    (_file, document) => {
      const diagram = deriveDiagram(document);
      const picture = diagramSvg(diagram, { words, overlay: overlayOf(document), title: document.name });
      const root = parseXml(picture.svg);
      expect(root.name).toBe('svg');
      expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes['font-family']).toMatch(/, sans-serif$/);
      expect(Number(root.attributes.width)).toBe(picture.width);

      const elements = allElements(root);
      expect(elements.filter((e) => e.name === 'foreignObject' || e.name === 'script')).toEqual([]);
      for (const element of elements) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name, `${element.name} ${name}`).not.toMatch(/^on/i);
          expect(name).not.toMatch(/href$/);
          if (name !== 'xmlns') expect(value).not.toMatch(/javascript:|https?:/i);
        }
        // Nothing is left to a stylesheet: a path either says fill="none" or fills on purpose.
        if (element.name === 'path') expect(element.attributes.fill, element.attributes.d).toBeDefined();
      }

      const resources = groups(root, 'data-resource-id');
      expect(resources.map((g) => g.attributes['data-resource-id']).sort()).toEqual(
        diagram.nodes.map((node) => node.data.resourceId).sort(),
      );
      for (const group of resources) {
        const texts = group.children.filter((c) => c.name === 'text');
        expect(texts.length, group.attributes['data-resource-id']).toBeGreaterThan(0);
        expect(texts[0]!.text.trim()).not.toBe('');
        expect(group.children.some((c) => c.name === 'rect')).toBe(true);
      }

      const edges = groups(root, 'data-edge-id');
      expect(edges.map((g) => g.attributes['data-edge-id']).sort()).toEqual(diagram.edges.map((e) => e.id).sort());
      for (const edge of edges) {
        const paths = edge.children.filter((c) => c.name === 'path');
        expect(paths).toHaveLength(1);
        expect(paths[0]!.attributes).toMatchObject({ fill: 'none' });
        expect(paths[0]!.attributes.stroke).toMatch(/^#[0-9a-f]{6}$/);
        expect(Number(paths[0]!.attributes['stroke-width'])).toBeGreaterThan(0);
      }
    },
  );

  it('draws each intent as a stroked path over the diagram, blocked ones dashed to a ✕ with the code beside it', () => {
    const example = examples.find((e) => overlayOf(e.document).some((line) => line.verdict === 'blocked'));
    expect(example, 'an example with a blocked intent').toBeDefined();
    const lines = overlayOf(example!.document);
    const root = parseXml(diagramSvg(deriveDiagram(example!.document), { words, overlay: lines }).svg);
    const drawn = groups(root, 'data-intent-id');
    expect(drawn.length).toBeGreaterThan(0);
    for (const group of drawn) {
      const line = group.children.filter((c) => c.name === 'path').at(-1)!;
      expect(line.attributes.fill).toBe('none');
      if (group.attributes['data-verdict'] === 'blocked') expect(line.attributes['stroke-dasharray']).toBeTruthy();
      if (group.attributes['data-verdict'] === 'allowed')
        expect(line.attributes['marker-end']).toBe('url(#arrow-allowed)');
    }
    const blocked = lines.find((line) => line.verdict === 'blocked' && line.code)!;
    const badge = groups(root, 'data-blocked-at').find((g) => g.attributes['data-blocked-at'] === blocked.blockedAt);
    expect(badge?.children.find((c) => c.name === 'text')?.text).toContain(blocked.code);
    expect(groups(root, 'data-legend')[0]!.text).toContain(translator('en')('topBar:exportMenu.blocked'));
  });

  it('leaves the overlay out when not asked for', () => {
    const example = examples.find((e) => overlayOf(e.document).length > 0)!;
    const root = parseXml(diagramSvg(deriveDiagram(example.document), { words }).svg);
    expect(groups(root, 'data-intent-id')).toEqual([]);
    expect(groups(root, 'data-blocked-at')).toEqual([]);
  });

  it('escapes every label: a name holding markup and quotes is text, not markup', () => {
    const hostile = `"><script>alert('x')</script><foreignObject onload="x()">&amp; 東京`;
    const document: VpcLabDocument = {
      format: 'vpclab',
      version: 2,
      name: hostile,
      resources: [
        { id: 'vpc-main', type: 'vpc', name: hostile, cidrBlocks: ['10.0.0.0/16'] },
        { id: 'public-a', type: 'subnet', name: 'a<b', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: `a"'<>` },
        { id: 'web-1', type: 'instance', name: '</text>', subnet: 'public-a' },
      ],
    } as unknown as VpcLabDocument;
    const picture = diagramSvg(deriveDiagram(document), { words, title: hostile });
    const root = parseXml(picture.svg);
    const elements = allElements(root);
    expect(elements.filter((e) => e.name === 'script' || e.name === 'foreignObject')).toEqual([]);
    expect(elements.every((e) => Object.keys(e.attributes).every((name) => !/^on/i.test(name)))).toBe(true);
    expect(root.children.find((c) => c.name === 'title')?.text).toBe(hostile);
    const web = groups(root, 'data-resource-id').find((g) => g.attributes['data-resource-id'] === 'web-1')!;
    expect(web.children.find((c) => c.name === 'text')?.text).toBe('</text>');
  });

  it('draws only the selection and what is inside it, with the edges between them', () => {
    const { document } = examples.find((e) => e.file === '01-public-private-subnets.json')!;
    const diagram = deriveDiagram(document);
    const subnet = diagram.nodes.find((node) => node.type === 'subnet')!;
    const root = parseXml(diagramSvg(diagram, { words, only: new Set([subnet.id]) }).svg);
    const inside = [...diagram.placements.values()].filter((p) => p.id === subnet.id || p.parent === subnet.id);
    expect(
      groups(root, 'data-resource-id')
        .map((g) => g.attributes['data-resource-id'])
        .sort(),
    ).toEqual(inside.map((p) => p.resource?.id ?? p.id).sort());
    const ids = new Set(inside.map((p) => p.id));
    for (const edge of groups(root, 'data-edge-id')) {
      const drawn = diagram.edges.find((e) => e.id === edge.attributes['data-edge-id'])!;
      expect(ids.has(drawn.source) && ids.has(drawn.target)).toBe(true);
    }
  });

  it('shortens a name too long for its box with an ellipsis, whole in the title', () => {
    const long = 'a-very-long-instance-name-that-cannot-fit';
    const document = {
      format: 'vpclab',
      version: 2,
      resources: [
        { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a' },
        { id: 'web-1', type: 'instance', name: long, subnet: 'public-a' },
      ],
    } as unknown as VpcLabDocument;
    const root = parseXml(diagramSvg(deriveDiagram(document), { words }).svg);
    const web = groups(root, 'data-resource-id').find((g) => g.attributes['data-resource-id'] === 'web-1')!;
    const label = web.children.find((c) => c.name === 'text')!.text;
    expect(label).toMatch(/^a-very.*…$/);
    expect(web.children.find((c) => c.name === 'title')!.text).toContain(long);
  });

  it('speaks the page language in its own words (subnet badges and key)', () => {
    const { document } = examples.find((e) => e.file === '01-public-private-subnets.json')!;
    const svg = diagramSvg(deriveDiagram(document), { words: pictureWords(translator('ja')) }).svg;
    expect(svg).toContain(translator('ja')('canvas:subnetAccess.public'));
    expect(svg).toContain(translator('ja')('topBar:exportMenu.key'));
    expect(svg).not.toContain(`>${translator('en')('canvas:subnetAccess.public')}<`);
  });
});
