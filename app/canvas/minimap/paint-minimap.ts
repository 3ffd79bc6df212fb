import type { InternalNode } from '@xyflow/react';
import type { Box, DiagramNode } from '../diagram-types.ts';
import { NO_FACTS, type NodeFacts } from '../node-facts.ts';
import { miniMapView, visibleBox, type MiniMapView } from './minimap-view.ts';

/** The map's size in CSS pixels (React Flow's default). */
export const MINIMAP_SIZE = { width: 160, height: 120 } as const;

/** React Flow's default mini-map look (see `--xy-minimap-*` in its stylesheet). */
const BACKGROUND = '#ffffff';
const MASK = 'rgba(240, 240, 240, 0.6)';
const VIEW_OUTLINE = 'rgba(9, 105, 218, 0.55)';

/** The minimap colour of a drawn node: VPCs, public and private subnets, and everything else. */
export function miniMapColour(node: DiagramNode, facts: NodeFacts): string {
  if (node.type === 'vpc') return '#ede7fb';
  if (node.type === 'subnet') return facts.public ? '#dcf3e3' : '#dbe9fb';
  return '#8c959f';
}

/** What the painter reads of React Flow's store. */
export interface MiniMapSource {
  readonly nodeLookup: ReadonlyMap<string, InternalNode<DiagramNode>>;
  readonly transform: readonly [number, number, number];
  readonly width: number;
  readonly height: number;
}

function boxOf(node: InternalNode<DiagramNode>): Box {
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

function contentBounds(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Draws the whole design and the visible part of it on a 2D canvas, and returns the framing
 * (for pan and zoom by dragging on the map). Parents come before children in the node lookup,
 * so containers are drawn under what they hold.
 */
export function paintMiniMap(
  canvas: HTMLCanvasElement,
  source: MiniMapSource,
  pixelRatio: number,
  factsOf: (id: string) => NodeFacts = () => NO_FACTS,
): MiniMapView {
  const { width, height } = MINIMAP_SIZE;
  const pixelWidth = Math.round(width * pixelRatio);
  const pixelHeight = Math.round(height * pixelRatio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const nodes = [...source.nodeLookup.values()].filter((n) => !n.hidden);
  const boxes = nodes.map(boxOf);
  const viewport = visibleBox(source.transform, source.width, source.height);
  const view = miniMapView(contentBounds(boxes), viewport, width, height);
  const context = canvas.getContext('2d');
  if (!context) return view;

  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);

  const scale = view.scale * pixelRatio;
  context.setTransform(scale, 0, 0, scale, view.offsetX * pixelRatio, view.offsetY * pixelRatio);
  nodes.forEach((node, i) => {
    const b = boxes[i]!;
    context.fillStyle = miniMapColour(node.internals.userNode, factsOf(node.id));
    context.fillRect(b.x, b.y, b.width, b.height);
  });

  // Everything outside the visible part is veiled; the visible part is outlined.
  context.beginPath();
  context.rect(view.frame.x, view.frame.y, view.frame.width, view.frame.height);
  context.rect(viewport.x, viewport.y, viewport.width, viewport.height);
  context.fillStyle = MASK;
  context.fill('evenodd');
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.strokeStyle = VIEW_OUTLINE;
  context.lineWidth = 1;
  context.strokeRect(
    view.offsetX + viewport.x * view.scale,
    view.offsetY + viewport.y * view.scale,
    viewport.width * view.scale,
    viewport.height * view.scale,
  );
  return view;
}
