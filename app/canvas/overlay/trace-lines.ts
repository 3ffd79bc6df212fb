import type { Explanation, PathKind, Verdict } from '../../../src/engine/index.ts';
import { traceRoutes } from '../../../src/engine/index.ts';
import type { HopPick, TracedFlow } from '../../analysis/trace-store.ts';
import { documentIndex } from '../../store/document-index.ts';
import type { StopLine } from './line-points.ts';
import { nodeIdOf } from './node-ids.ts';

/**
 * How the trace is drawn. Written as SVG attributes as well as classes, so that the lines keep
 * their look wherever the markup goes without the page's CSS (an export); the CSS may restyle.
 * The way back runs beside the way there (`RETURN_OFFSET` to the right of its direction of
 * travel), dashed and thinner, never hidden by it.
 */
export const TRACE_STYLE = {
  forward: { stroke: '#0550ae', width: 5, dash: undefined },
  return: { stroke: '#6639ba', width: 4, dash: '10 6' },
  halo: { stroke: '#ffffff', width: 10 },
} as const;
export const RETURN_OFFSET = 10;

/** One way of the trace as the canvas draws it, in canvas node ids (see `TraceRoute`). */
export interface TraceLine extends StopLine {
  /** "forward", "return", "leg-0-forward", ...: stable while the trace is shown. */
  readonly key: string;
  readonly path: PathKind;
  readonly leg?: number;
  readonly stops: readonly string[];
  /** The node of each hop in the panel's list, undefined where nothing is drawn. */
  readonly hopStops: readonly (string | undefined)[];
  readonly blockedAt?: string;
  readonly code?: string;
  readonly message?: string;
  readonly explanation?: Explanation;
}

/** A ✕ on a node where the trace is blocked, with every code that blocks it there. */
export interface TraceBlock {
  readonly node: string;
  readonly codes: readonly string[];
  readonly messages: readonly string[];
  /** The blockers behind `messages`, for wording them in the page's language. */
  readonly explanations: readonly Explanation[];
}

/**
 * The traced flow as drawing data: what the canvas overlay draws and an export can draw the
 * same way (with `linePoints` over the node boxes). Pure; memoised by the caller on the trace.
 */
export interface TraceDrawing {
  /** "internet → web-1 tcp/443", as the Intents tab writes a flow. */
  readonly flow: string;
  readonly verdict: Verdict;
  /** The accessible name (ui.md): "Trace path: internet → web-1 tcp/443, blocked". */
  readonly label: string;
  readonly lines: readonly TraceLine[];
  readonly blocks: readonly TraceBlock[];
}

export function traceDrawing({ document, query, result }: TracedFlow): TraceDrawing {
  const flow = `${query.from} → ${query.to} ${query.protocol}${query.port === undefined ? '' : `/${query.port}`}`;
  const lines = traceRoutes(documentIndex(document), result).map((route): TraceLine => {
    const stops: string[] = [];
    for (const id of route.stops.map(nodeIdOf)) if (stops[stops.length - 1] !== id) stops.push(id);
    return {
      key: `${route.leg === undefined ? '' : `leg-${route.leg}-`}${route.path}`,
      path: route.path,
      ...(route.leg === undefined ? {} : { leg: route.leg }),
      stops,
      hopStops: route.hopStops.map((id) => (id === undefined ? undefined : nodeIdOf(id))),
      ...(route.blockedAt === undefined ? {} : { blockedAt: nodeIdOf(route.blockedAt) }),
      ...(route.code === undefined ? {} : { code: route.code }),
      ...(route.message === undefined ? {} : { message: route.message }),
      ...(route.explanation === undefined ? {} : { explanation: route.explanation }),
    };
  });
  return {
    flow,
    verdict: result.verdict,
    label: `Trace path: ${flow}, ${result.verdict}`,
    lines,
    blocks: blocksOf(lines),
  };
}

/** The node of the hop picked in the lists, when it is drawn. */
export function pickedNode(drawing: TraceDrawing, hop: HopPick | null): string | undefined {
  if (!hop) return undefined;
  const line = drawing.lines.find((l) => l.path === hop.path && l.leg === hop.leg);
  return line?.hopStops[hop.index];
}

function blocksOf(lines: readonly TraceLine[]): TraceBlock[] {
  const byNode = new Map<string, { codes: string[]; messages: string[]; explanations: Explanation[] }>();
  for (const line of lines) {
    if (line.blockedAt === undefined) continue;
    const block = byNode.get(line.blockedAt) ?? { codes: [], messages: [], explanations: [] };
    byNode.set(line.blockedAt, block);
    if (line.code !== undefined && !block.codes.includes(line.code)) block.codes.push(line.code);
    if (line.message !== undefined && !block.messages.includes(line.message)) {
      block.messages.push(line.message);
      if (line.explanation !== undefined) block.explanations.push(line.explanation);
    }
  }
  return [...byNode].map(([node, block]) => ({ node, ...block }));
}
