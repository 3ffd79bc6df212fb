import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { AnalysisSession } from '../../../src/worker/session.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { pictureWords } from '../export-image.ts';
import { intentLines } from '../overlay/intent-lines.ts';
import { bundledExamples } from './bundled-examples.ts';
import { diagramSvg } from './diagram-svg.ts';
import { blackShare, darkPixels, inkAlong, segmentOf, translationOf, type Pixels } from './picture-pixels.ts';
import { allElements, parseXml } from './xml-tree.ts';

/** resvg, a renderer that knows nothing of browsers or CSS, with the machine's fonts. */
function render(svg: string): Pixels {
  const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
  return { width: image.width, height: image.height, data: image.pixels };
}

function picture(document: VpcLabDocument, t = translator('en')) {
  const overlay = intentLines(new AnalysisSession().analyse(document, 1).intents);
  const diagram = deriveDiagram(document);
  const { svg, width, height } = diagramSvg(diagram, { words: pictureWords(t), overlay });
  const root = parseXml(svg);
  const shift = translationOf(
    root.children.find((c) => c.name === 'g' && c.attributes.transform)?.attributes.transform,
  );
  return { svg, width, height, root, shift, diagram };
}

/** A box over the start of a `<text>`, whichever way it is anchored. */
function nearText(attributes: Readonly<Record<string, string>>, shift: { x: number; y: number }) {
  const x = Number(attributes.x) + shift.x;
  const y = Number(attributes.y) + shift.y;
  const anchor = attributes['text-anchor'] ?? 'start';
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - 12 : x - 24;
  return { x: left, y: y - 11, width: 24, height: 13 };
}

describe('the exported SVG in a non-browser renderer (resvg)', () => {
  it.each(bundledExamples().map((e) => [e.file, e.document] as const))(
    '%s: no black mass, ink along every edge, every resource name drawn',
    (_file, document) => {
      const { svg, width, height, root, shift } = picture(document);
      const image = render(svg);
      expect([image.width, image.height]).toEqual([width, height]);
      expect(blackShare(image)).toBeLessThan(0.001);

      for (const group of allElements(root).filter((e) => 'data-edge-id' in e.attributes)) {
        const path = group.children.find((c) => c.name === 'path')!;
        const { from, to } = segmentOf(path.attributes.d!, shift);
        if (Math.hypot(to.x - from.x, to.y - from.y) < 12) continue;
        expect(inkAlong(image, from, to), group.attributes['data-edge-id']).toBeGreaterThanOrEqual(0.6);
      }

      // Every resource's name: glyphs drawn where its first label is written.
      for (const group of allElements(root).filter((e) => 'data-resource-id' in e.attributes)) {
        const label = group.children.find((c) => c.name === 'text')!;
        expect(
          darkPixels(image, nearText(label.attributes, shift)),
          group.attributes['data-resource-id'],
        ).toBeGreaterThan(12);
      }
    },
  );

  it('draws Japanese names and words legibly (CJK glyphs, not empty boxes)', () => {
    const document = {
      format: 'vpclab',
      version: 2,
      name: '東京の設計',
      resources: [
        { id: 'vpc-main', type: 'vpc', name: '本番環境', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'public-a', type: 'subnet', name: '公開サブネット', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a' },
        { id: 'web-1', type: 'instance', name: 'ウェブ', subnet: 'public-a' },
      ],
    } as unknown as VpcLabDocument;
    const { svg, shift, root } = picture(document, translator('ja'));
    const image = render(svg);
    // A font without the glyphs draws nothing (resvg skips them): the names' ink is the proof.
    for (const group of allElements(root).filter((e) => 'data-resource-id' in e.attributes)) {
      const label = group.children.find((c) => c.name === 'text')!;
      expect(label.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(darkPixels(image, nearText(label.attributes, shift)), label.text).toBeGreaterThan(12);
    }
  });
});
