import type { Diagram } from '../derive-diagram.ts';
import { boxesExtent } from '../box-extent.ts';
import type { Box, EdgeKind } from '../diagram-types.ts';
import type { IntentLine } from '../overlay/intent-lines.ts';
import type { TraceDrawing } from '../overlay/trace-lines.ts';
import { annotationExtent, annotationSvg } from './svg-annotations.ts';
import { edgeLabelBox, edgeSvg, MARKERS } from './svg-edges.ts';
import { legendSvg, type KeyWords } from './svg-legend.ts';
import { nodeSvg, type NodeWords } from './svg-nodes.ts';
import { overlayBadgesSvg, overlayExtent, overlayPathsSvg, type OverlayRect } from './svg-overlay.ts';
import { COLOUR, FONT_FAMILY } from './svg-theme.ts';
import { traceExtent, traceSvg } from './svg-trace.ts';
import { escapeXml } from './svg-text.ts';

export interface PictureWords extends NodeWords {
  readonly key: KeyWords;
}

export interface PictureOptions {
  readonly words: PictureWords;
  /** Node ids to draw, with everything inside them; the whole diagram when absent. */
  readonly only?: ReadonlySet<string>;
  /** Intent paths to draw over the diagram (the reachability overlay); none when absent. */
  readonly overlay?: readonly IntentLine[];
  /** The picture's title (the document's name). */
  readonly title?: string;
  /** The trace shown on the canvas, with its chip's words ("Trace: internet → web-1 tcp/443, allowed"). */
  readonly trace?: { readonly drawing: TraceDrawing; readonly chip: string };
}

export interface Picture {
  readonly svg: string;
  /** Size in CSS pixels (the PNG is rendered at twice this). */
  readonly width: number;
  readonly height: number;
}

const MARGIN = 24;
const MIN_WIDTH = 360;

/**
 * The diagram as a standalone vector SVG: one `<g data-resource-id>` per drawn resource (box,
 * icon, `<text>` labels), one `<path>` per edge and per intent path with its stroke, dash and
 * `fill="none"` written out, arrowhead markers, and a key. No stylesheet, no script, no event
 * attribute, no `foreignObject`, no external reference: it reads the same in any renderer.
 * Pure, from the derived diagram: what is exported is what the canvas derives, at its
 * positions. Every text, id and attribute value is escaped.
 */
export function diagramSvg(diagram: Diagram, options: PictureOptions): Picture {
  const included = includedNodes(diagram, options.only);
  const nodes = diagram.nodes.filter((node) => included.has(node.id));
  const boxOf = (id: string) => diagram.placements.get(id)?.box;
  const edges = diagram.edges.filter((edge) => included.has(edge.source) && included.has(edge.target));

  const rects = new Map<string, OverlayRect>();
  for (const node of nodes) {
    const box = boxOf(node.id);
    if (box) rects.set(node.id, { ...box, container: node.type === 'vpc' || node.type === 'subnet' });
  }
  const lines = options.overlay ?? [];

  const extents: Box[] = [...rects.values()];
  for (const edge of edges) {
    const label = edgeLabelBox(edge, boxOf(edge.source)!, boxOf(edge.target)!);
    if (label) extents.push(label);
  }
  extents.push(...overlayExtent(lines, rects));
  const trace = options.trace;
  if (trace) extents.push(...traceExtent(trace.drawing, rects, trace.chip));
  // Annotations go with the whole picture, not with a part of it (`only`).
  const annotations = options.only === undefined ? diagram.annotations : [];
  extents.push(...annotations.map(annotationExtent));
  const bounds = boxesExtent(extents) ?? { x: 0, y: 0, width: 0, height: 0 };

  const containers = nodes.filter((node) => node.type === 'vpc' || node.type === 'subnet');
  const tiles = nodes.filter((node) => node.type !== 'vpc' && node.type !== 'subnet');
  const draw = (node: (typeof nodes)[number]) =>
    nodeSvg(node, boxOf(node.id)!, diagram.facts.get(node.id), options.words);
  const frames = annotations.filter((a) => a.kind === 'frame');
  const notes = annotations.filter((a) => a.kind !== 'frame');
  const body =
    (frames.length > 0 ? `<g data-layer="frames">${frames.map(annotationSvg).join('')}</g>` : '') +
    `<g data-layer="containers">${containers.map(draw).join('')}</g>` +
    `<g data-layer="edges">${edges.map((edge) => edgeSvg(edge, boxOf(edge.source)!, boxOf(edge.target)!)).join('')}</g>` +
    (lines.length > 0 ? `<g data-layer="overlay">${overlayPathsSvg(lines, rects)}</g>` : '') +
    `<g data-layer="resources">${tiles.map(draw).join('')}</g>` +
    (lines.length > 0 ? `<g data-layer="blocked">${overlayBadgesSvg(lines, rects)}</g>` : '') +
    (trace ? `<g data-layer="trace">${traceSvg(trace.drawing, rects, trace.chip)}</g>` : '') +
    (notes.length > 0 ? `<g data-layer="notes">${notes.map(annotationSvg).join('')}</g>` : '');

  const contentWidth = Math.max(MIN_WIDTH, Math.ceil(bounds.width));
  const legend = legendSvg(
    {
      subnets: {
        public: containers.some((node) => node.type === 'subnet' && diagram.facts.get(node.id)?.public === true),
        private: containers.some((node) => node.type === 'subnet' && diagram.facts.get(node.id)?.public !== true),
      },
      edges: new Set<EdgeKind>(edges.map((edge) => edge.data?.kind ?? 'service')),
      verdicts: new Set(lines.filter((line) => line.stops.some((id) => rects.has(id))).map((line) => line.verdict)),
      blockedBadge: lines.some((line) => line.blockedAt !== undefined && rects.has(line.blockedAt)),
    },
    options.words.key,
    { x: bounds.x, y: bounds.y + bounds.height + 20 },
    contentWidth,
  );
  const width = contentWidth + 2 * MARGIN;
  const height = Math.ceil(bounds.height + (legend.height > 0 ? 20 + legend.height : 0)) + 2 * MARGIN;
  const title = (options.title ?? '').slice(0, 500);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(FONT_FAMILY)}" role="img"${title ? ` aria-label="${escapeXml(title)}"` : ''}>` +
    (title ? `<title>${escapeXml(title)}</title>` : '') +
    `<defs>${MARKERS}</defs>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${COLOUR.background}"/>` +
    `<g transform="translate(${round(MARGIN - bounds.x)} ${round(MARGIN - bounds.y)})">${body}${legend.svg}</g>` +
    `</svg>\n`;
  return { svg, width, height };
}

/** The node ids to draw: all, or those given and everything nested in them. */
function includedNodes(diagram: Diagram, only: ReadonlySet<string> | undefined): ReadonlySet<string> {
  if (only === undefined) return new Set(diagram.placements.keys());
  const out = new Set<string>();
  // Placements list parents before their children.
  for (const [id, placement] of diagram.placements) {
    if (only.has(id) || (placement.parent !== undefined && out.has(placement.parent))) out.add(id);
  }
  return out;
}

const round = (value: number) => Math.round(value * 100) / 100;
