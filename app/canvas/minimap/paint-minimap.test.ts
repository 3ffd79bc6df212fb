import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../diagram-types.ts';
import type { NodeFacts } from '../node-facts.ts';
import { MINIMAP_SIZE, miniMapColour, paintMiniMap } from './paint-minimap.ts';

/** A 2D context that records the filled rectangles and their colours. */
function recordingCanvas() {
  const fills: { colour: string; rect: number[] }[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    setTransform: () => undefined,
    fillRect(...rect: number[]) {
      fills.push({ colour: String(this.fillStyle), rect });
    },
    beginPath: () => undefined,
    rect: () => undefined,
    fill: () => undefined,
    strokeRect: () => undefined,
  };
  const canvas = { width: 0, height: 0, getContext: () => context } as unknown as HTMLCanvasElement;
  return { canvas, fills };
}

function internal(
  id: string,
  type: DiagramNode['type'],
  at: [number, number],
  size: [number, number],
  extra: Partial<DiagramNode> = {},
): InternalNode<DiagramNode> {
  const node = {
    id,
    type,
    position: { x: at[0], y: at[1] },
    data: { resourceId: id, type: 'instance', title: id },
    ...extra,
  } as DiagramNode;
  return {
    ...node,
    measured: { width: size[0], height: size[1] },
    internals: { positionAbsolute: { x: at[0], y: at[1] }, z: 0, userNode: node },
  } as unknown as InternalNode<DiagramNode>;
}

describe('paintMiniMap', () => {
  const nodeLookup = new Map([
    ['vpc', internal('vpc', 'vpc', [0, 0], [800, 400])],
    ['subnet-public', internal('subnet-public', 'subnet', [20, 80], [340, 190])],
    ['web', internal('web', 'resource', [40, 120], [88, 64])],
    ['gone', internal('gone', 'resource', [5000, 5000], [88, 64], { hidden: true })],
  ]);

  const factsOf = (id: string): NodeFacts => ({ details: [], public: id.includes('public') });

  it('draws every shown node in order, containers under what they hold, in its colour', () => {
    const { canvas, fills } = recordingCanvas();
    paintMiniMap(canvas, { nodeLookup, transform: [0, 0, 1], width: 800, height: 400 }, 2, factsOf);
    const nodeFills = fills.slice(1); // the first fill is the background
    expect(nodeFills.map((f) => f.rect)).toEqual([
      [0, 0, 800, 400],
      [20, 80, 340, 190],
      [40, 120, 88, 64],
    ]);
    expect(nodeFills.map((f) => f.colour)).toEqual(
      ['vpc', 'subnet-public', 'web'].map((id) => miniMapColour(nodeLookup.get(id)!.internals.userNode, factsOf(id))),
    );
    // A public subnet and a private one differ; everything else keeps its colour.
    const subnet = nodeLookup.get('subnet-public')!.internals.userNode;
    expect(miniMapColour(subnet, { details: [], public: true })).not.toBe(
      miniMapColour(subnet, { details: [], public: false }),
    );
    // Sharp on a high-density screen: the backing store has the device's pixels.
    expect([canvas.width, canvas.height]).toEqual([MINIMAP_SIZE.width * 2, MINIMAP_SIZE.height * 2]);
  });

  it('paints in the dark theme colours when asked, and in the light ones by default', () => {
    const light = recordingCanvas();
    const dark = recordingCanvas();
    const source = { nodeLookup, transform: [0, 0, 1] as const, width: 800, height: 400 };
    paintMiniMap(light.canvas, source, 1, factsOf);
    paintMiniMap(dark.canvas, source, 1, factsOf, 'dark');
    expect(light.fills[0]!.colour).toBe('#ffffff');
    expect(dark.fills[0]!.colour).not.toBe('#ffffff');
    const vpc = nodeLookup.get('vpc')!.internals.userNode;
    expect(dark.fills[1]!.colour).toBe(miniMapColour(vpc, factsOf('vpc'), 'dark'));
    expect(miniMapColour(vpc, factsOf('vpc'), 'dark')).not.toBe(miniMapColour(vpc, factsOf('vpc')));
  });

  it('frames the design without the hidden node', () => {
    const { canvas } = recordingCanvas();
    const view = paintMiniMap(canvas, { nodeLookup, transform: [0, 0, 1], width: 800, height: 400 }, 1);
    expect(view.frame.x + view.frame.width).toBeLessThan(1000);
  });
});
