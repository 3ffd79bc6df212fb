import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { pictureWords } from '../export-image.ts';
import { diagramSvg } from './diagram-svg.ts';
import { pixelAt, translationOf, type Pixels } from './picture-pixels.ts';
import { allElements, parseXml, type XmlElement } from './xml-tree.ts';

const DESIGN = {
  format: 'vpclab',
  version: 2,
  name: 'Notes',
  resources: [
    { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a' },
    { id: 'web-1', type: 'instance', subnet: 'public-a' },
  ],
  layout: { 'vpc-main': { x: 0, y: 0, width: 400, height: 300 } },
  annotations: [
    { id: 'frame-1', kind: 'frame', text: 'Web tier', x: -40, y: -40, width: 600, height: 420, colour: 'blue' },
    {
      id: 'note-1',
      kind: 'note',
      text: 'Keep **web** public\n- two AZs later\n- 日本語のメモ',
      x: 460,
      y: 40,
      width: 220,
      height: 140,
    },
    { id: 'text-1', kind: 'text', text: 'Why *this* design', x: 460, y: 220 },
  ],
} as unknown as VpcLabDocument;

function picture(document: VpcLabDocument) {
  const { svg } = diagramSvg(deriveDiagram(document), { words: pictureWords(translator('en')) });
  const root = parseXml(svg);
  const shift = translationOf(
    root.children.find((c) => c.name === 'g' && c.attributes.transform)?.attributes.transform,
  );
  return { svg, root, shift };
}

const textOf = (element: XmlElement): string => element.text;

function render(svg: string): Pixels {
  const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
  return { width: image.width, height: image.height, data: image.pixels };
}

describe('annotations in the exported SVG', () => {
  it('draw one group each, frames under the containers and notes over the resources', () => {
    const { root } = picture(DESIGN);
    const layers = allElements(root)
      .filter((e) => e.attributes['data-layer'])
      .map((e) => e.attributes['data-layer']);
    expect(layers.indexOf('frames')).toBeLessThan(layers.indexOf('containers'));
    expect(layers.indexOf('notes')).toBeGreaterThan(layers.indexOf('resources'));
    const groups = allElements(root).filter((e) => 'data-annotation-id' in e.attributes);
    expect(groups.map((g) => [g.attributes['data-annotation-id'], g.attributes['data-kind']])).toEqual([
      ['frame-1', 'frame'],
      ['note-1', 'note'],
      ['text-1', 'text'],
    ]);
    const note = textOf(groups[1]!);
    expect(note).toContain('Keep web public');
    expect(note).toContain('two AZs later');
    expect(note).toContain('日本語のメモ');
    expect(note).not.toContain('**');
    const bold = allElements(groups[1]!).filter((e) => e.name === 'tspan' && e.attributes['font-weight'] === '700');
    expect(bold.map(textOf)).toEqual([' web']);
    expect(textOf(groups[0]!)).toContain('Web tier');
  });

  it('paint the note paper and its words (resvg)', () => {
    const { svg, root, shift } = picture(DESIGN);
    const image = render(svg);
    const paper = allElements(root).find((e) => e.attributes['data-annotation-id'] === 'note-1')!
      .children[0] as XmlElement;
    const x = Number(paper.attributes.x) + shift.x;
    const y = Number(paper.attributes.y) + shift.y;
    // The paper's yellow near its bottom-right corner, where no words reach.
    const [r, g, b] = pixelAt(image, x + 210, y + 130);
    expect([r, g, b]).toEqual([0xff, 0xf4, 0xb3]);
    // Ink on the first line, where "Keep" is written.
    let ink = 0;
    for (let dx = 0; dx < 40; dx++) {
      for (let dy = 0; dy < 14; dy++) {
        const [pr, pg, pb] = pixelAt(image, x + 12 + dx, y + 10 + dy);
        if (pr + pg + pb < 300) ink++;
      }
    }
    expect(ink).toBeGreaterThan(20);
  });

  it('are left out of a picture of part of the design, and absent without any', () => {
    const diagram = deriveDiagram(DESIGN);
    const part = diagramSvg(diagram, { words: pictureWords(translator('en')), only: new Set(['public-a']) });
    expect(part.svg).not.toContain('data-annotation-id');
    const { annotations: _none, ...plain } = DESIGN;
    expect(picture(plain as VpcLabDocument).svg).not.toContain('data-layer="notes"');
  });
});
