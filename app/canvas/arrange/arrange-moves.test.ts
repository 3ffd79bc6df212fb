import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/model/index.ts';
import type { Placement } from '../derive-boxes.ts';
import { arrangedItems, arrangeLayout } from './arrange-moves.ts';

/** A small drawing: VPC v holding subnets s1 and s2, instances i1 and i2 in s1, i3 in s2, and the Internet outside. */
const place = (id: string, type: string, box: Placement['box'], parent?: string): Placement => ({
  id,
  resource: { id, type } as unknown as Resource,
  box,
  ...(parent === undefined ? {} : { parent }),
});
const placementList: Placement[] = [
  place('v', 'vpc', { x: 0, y: 0, width: 800, height: 400 }),
  place('s1', 'subnet', { x: 20, y: 80, width: 340, height: 190 }, 'v'),
  place('s2', 'subnet', { x: 400, y: 100, width: 340, height: 190 }, 'v'),
  place('i1', 'instance', { x: 40, y: 160, width: 88, height: 64 }, 's1'),
  place('i2', 'instance', { x: 200, y: 180, width: 88, height: 64 }, 's1'),
  place('i3', 'instance', { x: 420, y: 200, width: 88, height: 64 }, 's2'),
  { id: 'ext:internet', resource: null, external: 'internet', box: { x: 300, y: -200, width: 112, height: 64 } },
];
const diagram = {
  placements: new Map(placementList.map((p) => [p.id, p])),
  children: new Map([
    ['v', ['s1', 's2']],
    ['s1', ['i1', 'i2']],
    ['s2', ['i3']],
  ]),
};

describe('arrangedItems', () => {
  it('leaves out what sits inside another selected box, and external nodes', () => {
    expect(arrangedItems(diagram, ['s1', 'i1', 'i3', 'ext:internet']).map((i) => i.id)).toEqual(['s1', 'i3']);
  });
});

describe('arrangeLayout', () => {
  it('aligns tops and moves each subnet’s contents along with it', () => {
    const layout = arrangeLayout(diagram, ['s1', 's2'], { align: 'top' });
    expect(layout['s2']).toEqual({ x: 400, y: 80, width: 340, height: 190 });
    expect(layout['i3']).toEqual({ x: 420, y: 180 });
    // s1 was already at the top: it and its instances are no edit.
    expect(layout['s1']).toBeUndefined();
    expect(layout['i1']).toBeUndefined();
  });

  it('keeps an instance inside its subnet when aligning with one in another subnet', () => {
    const layout = arrangeLayout(diagram, ['i1', 'i3'], { align: 'right' });
    // i3's right edge is at 508; i1 stops at s1's right edge (360 - 88 = 272).
    expect(layout['i1']).toEqual({ x: 272, y: 160 });
    expect(layout['i3']).toBeUndefined();
  });

  it('distributes three instances evenly and writes nothing for fewer than two', () => {
    const layout = arrangeLayout(diagram, ['i1', 'i2', 'i3'], { distribute: 'horizontal' });
    // Span 40..508, widths 264: gaps of 102, so i2 starts at 40 + 88 + 102.
    expect(layout['i2']).toEqual({ x: 230, y: 180 });
    expect(arrangeLayout(diagram, ['i1'], { align: 'left' })).toEqual({});
  });
});
