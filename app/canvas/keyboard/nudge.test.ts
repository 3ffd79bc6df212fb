import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { history, useEditor } from '../../store/store.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { nudgeLayout } from './nudge.ts';
import { BURST_GAP_MS, dispatchNudge } from './nudge-burst.ts';

const files = import.meta.glob<{ document: unknown }>('../../../public/examples/01-*.json', { eager: true });
const example = Object.values(files)[0]!.document as VpcLabDocument;

describe('keyboard nudges', () => {
  it('moves a resource one grid cell; a container carries what is inside', () => {
    const diagram = deriveDiagram(example);
    const web = diagram.placements.get('web-1')!.box;
    const move = nudgeLayout(diagram, ['web-1'], 'right');
    expect(move).toEqual({ ok: true, layout: { 'web-1': { x: web.x + 10, y: web.y } } });
    const vpc = nudgeLayout(diagram, ['vpc-main'], 'down');
    expect(vpc.ok && vpc.layout['web-1']).toEqual({ x: web.x, y: web.y + 10 });
  });

  it('refuses to push a resource out of its subnet', () => {
    let document = example;
    for (let i = 0; i < 60; i++) {
      const diagram = deriveDiagram(document);
      const nudge = nudgeLayout(diagram, ['web-1'], 'left');
      if (!nudge.ok) {
        expect(nudge).toEqual({ ok: false, blocked: 'web-1', container: 'public-a' });
        return;
      }
      document = { ...document, layout: { ...document.layout, ...nudge.layout } };
    }
    throw new Error('web-1 left its subnet');
  });

  it('makes a burst of nudges one Undo step, and a pause starts another', () => {
    useEditor.getState().replaceDocument(example);
    const start = useEditor.getState().document;
    const nudge = (at: number) => {
      const result = nudgeLayout(deriveDiagram(useEditor.getState().document), ['web-1'], 'right');
      if (!result.ok) throw new Error('refused');
      dispatchNudge(['web-1'], result.layout, at);
    };
    nudge(1000);
    nudge(1100);
    nudge(1200);
    const afterBurst = useEditor.getState().document;
    nudge(1200 + BURST_GAP_MS + 1);
    history().undo();
    expect(useEditor.getState().document).toBe(afterBurst);
    history().undo();
    expect(useEditor.getState().document).toBe(start);
  });
});
