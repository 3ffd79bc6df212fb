import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { AnalysisSession } from '../../../src/worker/session.ts';
import type { TraceQuery } from '../../analysis/trace-store.ts';
import { externalNodeId } from '../derive-boxes.ts';
import { pickedNode, traceDrawing } from './trace-lines.ts';

// Read through Vite, so that this test needs no Node types.
const files = import.meta.glob<{ document: VpcLabDocument }>('../../../../shared/scenarios/*.json', { eager: true });
const scenario = (prefix: string) =>
  Object.entries(files).find(([path]) => path.split('/').pop()!.startsWith(prefix))![1].document;

function drawingOf(prefix: string, query: TraceQuery) {
  const document = scenario(prefix);
  const session = new AnalysisSession();
  session.analyse(document, 1);
  const reply = session.trace(1, query);
  if (!reply.ok) throw new Error(reply.error);
  return traceDrawing({ revision: 1, document, query, result: reply.result });
}

describe('traceDrawing (the drawn trace as data the canvas and an export share)', () => {
  it('names the flow and verdict, and draws the internet as its canvas node', () => {
    const drawing = drawingOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 22 });
    expect(drawing.label).toBe('Trace path: internet → web-1 tcp/22, blocked');
    expect(drawing.lines.map((l) => [l.key, l.stops])).toEqual([
      ['forward', [externalNodeId('internet'), 'igw', 'public-a', 'web-1']],
    ]);
    expect(drawing.blocks).toEqual([
      {
        node: 'web-1',
        codes: ['ENI_SG_RULES_MISMATCH'],
        messages: [expect.stringContaining('sg-web')],
        explanations: [expect.objectContaining({ code: 'ENI_SG_RULES_MISMATCH', params: expect.anything() })],
      },
    ]);
  });

  it('marks a balancer refused by its target once, on the target', () => {
    const drawing = drawingOf('12-', { from: 'internet', to: 'alb-legacy', protocol: 'tcp', port: 443 });
    expect(drawing.lines.map((l) => l.key)).toEqual(['forward', 'leg-0-forward']);
    expect(drawing.blocks.map((b) => [b.node, b.codes])).toEqual([['legacy-1', ['ENI_SG_RULES_MISMATCH']]]);
  });

  it('finds the node of a hop picked in either list, and nothing for no pick', () => {
    const drawing = drawingOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 });
    expect(pickedNode(drawing, { path: 'forward', index: 1 })).toBe('public-a');
    expect(pickedNode(drawing, { path: 'return', index: 2 })).toBe('igw');
    expect(pickedNode(drawing, null)).toBeUndefined();
  });
});
