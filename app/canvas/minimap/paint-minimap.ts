import type { InternalNode } from '@xyflow/react';
import { boxesExtent } from '../box-extent.ts';
import type { Box, DiagramNode } from '../diagram-types.ts';
import type { Theme } from '../../theme/theme-store.ts';
import { ANNOTATION_SHADES, colourOf } from '../annotations/annotation-colours.ts';
import { NO_FACTS, type NodeFacts } from '../node-facts.ts';
import { miniMapView, visibleBox, type MiniMapView } from './minimap-view.ts';

/** The map's size in CSS pixels (React Flow's default). */
export const MINIMAP_SIZE = { width: 160, height: 120 } as const;

/** The colours the map paints with: a 2D canvas cannot read CSS variables, so each theme has its own. */
interface MiniMapColours {
  readonly background: string;
  readonly mask: string;
  readonly viewOutline: string;
  readonly vpc: string;
  readonly publicSubnet: string;
  readonly privateSubnet: string;
  readonly resource: string;
}

const COLOURS: Readonly<Record<Theme, MiniMapColours>> = {
  // React Flow's default mini-map look (see `--xy-minimap-*` in its stylesheet).
  light: {
    background: '#ffffff',
    mask: 'rgba(240, 240, 240, 0.6)',
    viewOutline: 'rgba(9, 105, 218, 0.55)',
    vpc: '#ede7fb',
    publicSubnet: '#dcf3e3',
    privateSubnet: '#dbe9fb',
    resource: '#8c959f',
  },
  // The same hues, darkened, on theme.css's dark panel.
  dark: {
    background: '#161b22',
    mask: 'rgba(1, 4, 9, 0.55)',
    viewOutline: 'rgba(88, 166, 255, 0.8)',
    vpc: '#2a2245',
    publicSubnet: '#173a24',
    privateSubnet: '#16304f',
    resource: '#8b949e',
  },
};

/** The minimap colour of a drawn node: VPCs, public and private subnets, and everything else. */
export function miniMapColour(node: DiagramNode, facts: NodeFacts, theme: Theme = 'light'): string {
  const colours = COLOURS[theme];
  if (node.type === 'annotation' && node.data.annotation) {
    // A frame as its pale area (drawn first, under everything); a note as a solid mark.
    const shades = ANNOTATION_SHADES[theme][colourOf(node.data.annotation)];
    return node.data.annotation.kind === 'frame' ? shades.fill : shades.border;
  }
  if (node.type === 'vpc') return colours.vpc;
  if (node.type === 'subnet') return facts.public ? colours.publicSubnet : colours.privateSubnet;
  return colours.resource;
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
  theme: Theme = 'light',
): MiniMapView {
  const colours = COLOURS[theme];
  const { width, height } = MINIMAP_SIZE;
  const pixelWidth = Math.round(width * pixelRatio);
  const pixelHeight = Math.round(height * pixelRatio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const nodes = [...source.nodeLookup.values()].filter((n) => !n.hidden);
  const boxes = nodes.map(boxOf);
  const viewport = visibleBox(source.transform, source.width, source.height);
  const view = miniMapView(boxesExtent(boxes), viewport, width, height);
  const context = canvas.getContext('2d');
  if (!context) return view;

  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, width, height);

  const scale = view.scale * pixelRatio;
  context.setTransform(scale, 0, 0, scale, view.offsetX * pixelRatio, view.offsetY * pixelRatio);
  nodes.forEach((node, i) => {
    const b = boxes[i]!;
    context.fillStyle = miniMapColour(node.internals.userNode, factsOf(node.id), theme);
    context.fillRect(b.x, b.y, b.width, b.height);
  });

  // Everything outside the visible part is veiled; the visible part is outlined.
  context.beginPath();
  context.rect(view.frame.x, view.frame.y, view.frame.width, view.frame.height);
  context.rect(viewport.x, viewport.y, viewport.width, viewport.height);
  context.fillStyle = colours.mask;
  context.fill('evenodd');
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.strokeStyle = colours.viewOutline;
  context.lineWidth = 1;
  context.strokeRect(
    view.offsetX + viewport.x * view.scale,
    view.offsetY + viewport.y * view.scale,
    viewport.width * view.scale,
    viewport.height * view.scale,
  );
  return view;
}
