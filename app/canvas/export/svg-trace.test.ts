import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { AnalysisSession } from '../../../src/worker/session.ts';
import type { TraceQuery } from '../../analysis/trace-store.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { designPicture } from '../export-image.ts';
import { TRACE_STYLE } from '../overlay/trace-lines.ts';
import { bundledExamples } from './bundled-examples.ts';
import { blackShare, pixelAt, segmentOf, translationOf } from './picture-pixels.ts';
import { allElements, parseXml } from './xml-tree.ts';

const example = (prefix: string) =>
  bundledExamples().find((e) => e.file.split('/').pop()!.startsWith(prefix))!.document;

/** The picture Export SVG writes with the overlay, while `query` is the trace on the canvas. */
function pictureWithTrace(prefix: string, query: TraceQuery, overlay = true) {
  const document = example(prefix);
  const session = new AnalysisSession();
  const report = session.analyse(document, 1);
  const reply = session.trace(1, query);
  if (!reply.ok) throw new Error(reply.error);
  const traced = { revision: 1, document, query, result: reply.result };
  return designPicture(document, report, [], { overlay, selectionOnly: false }, translator('en'), traced);
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

describe('the trace in the exported picture', () => {
  it('draws the way there and back with explicit strokes, the chip, and the ✕ with its code', () => {
    const blocked = pictureWithTrace('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 22 });
    const root = parseXml(blocked.svg);
    const elements = allElements(root);
    expect(elements.some((e) => e.name === 'foreignObject')).toBe(false);
    const forward = elements.find((e) => e.attributes['data-trace'] === 'forward')!;
    const stroke = forward.children[1]!.attributes;
    expect(stroke).toMatchObject({ fill: 'none', stroke: TRACE_STYLE.forward.stroke });
    expect(elements.filter((e) => e.attributes['data-trace'] === 'return')).toHaveLength(0);
    expect(blocked.svg).toContain('>ENI_SG_RULES_MISMATCH</text>');
    expect(blocked.svg).toContain('>Trace: internet → web-1 tcp/22, blocked</text>');
    expect(elements.some((e) => e.attributes['data-trace-blocked-at'] === 'web-1')).toBe(true);

    const allowed = parseXml(
      pictureWithTrace('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 }).svg,
    );
    const back = allElements(allowed).find((e) => e.attributes['data-trace'] === 'return')!;
    expect(back.children[1]!.attributes['stroke-dasharray']).toBe(TRACE_STYLE.return.dash);
  });

  it('is left out without the overlay', () => {
    const picture = pictureWithTrace('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 22 }, false);
    expect(picture.svg).not.toContain('data-trace');
  });

  it('renders in resvg: the way there in its colour along its first segment, no black mass', () => {
    const picture = pictureWithTrace('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 });
    const image = new Resvg(picture.svg, { font: { loadSystemFonts: true } }).render();
    const pixels = { width: image.width, height: image.height, data: image.pixels };
    expect(blackShare(pixels)).toBeLessThan(0.001);
    const root = parseXml(picture.svg);
    const shift = translationOf(
      root.children.find((c) => c.name === 'g' && c.attributes.transform)?.attributes.transform,
    );
    const forward = allElements(root).find((e) => e.attributes['data-trace'] === 'forward')!;
    const { from, to } = segmentOf(forward.children[1]!.attributes.d!, shift);
    const colour = hex(TRACE_STYLE.forward.stroke);
    let hits = 0;
    for (let k = 1; k < 10; k++) {
      const [r, g, b] = pixelAt(pixels, from.x + ((to.x - from.x) * k) / 10, from.y + ((to.y - from.y) * k) / 10);
      if (Math.hypot(r - colour[0]!, g - colour[1]!, b - colour[2]!) < 60) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(8);
  });
});
