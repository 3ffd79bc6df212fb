import type { DocumentIndex } from '../model/index.ts';
import { blamed, hopPlaces, subnetsByTable } from './hop-places.ts';
import type { Explanation, Hop, PathKind, TraceResult } from './types.ts';

/**
 * One way of a traced flow as the canvas draws it: the forward or return path of the trace, or
 * of one of a load balancer's connections to its targets (`leg`). The page computes it from the
 * `TraceResult` the worker sent (no compiled tables needed).
 */
export interface TraceRoute {
  readonly path: PathKind;
  /** The index in `TraceResult.legs` when this is a load balancer's connection to a target. */
  readonly leg?: number;
  /**
   * Where the packet went, in order, consecutive repeats merged: endpoint ids (`internet`,
   * `internet:<ip>`, `s3`, ...) and resource ids, a route table or NACL hop as the subnet it
   * acted for. It starts where the packet starts and ends where it got to: the far end, or the
   * blocking place when this way is blocked.
   */
  readonly stops: readonly string[];
  /** Where each hop of the panel's list acted (an id as in `stops`), undefined where nothing is drawn. */
  readonly hopStops: readonly (string | undefined)[];
  /** Where this way was blocked (or, for a partial verdict, where some of the traffic was dropped). */
  readonly blockedAt?: string;
  /** The blocker's code and sentence, shown at `blockedAt`. */
  readonly code?: Explanation['code'];
  readonly message?: string;
  /** The blocker itself, which the page words in its language (src/i18n/render/explanation.ts). */
  readonly explanation?: Explanation;
}

/**
 * Whether the request never gets there: then no reply exists, and the engine's return walk (which
 * goes on to find every blocker) describes a reply that is never sent. A partial result (some
 * protocols pass) keeps its return path.
 */
export function forwardBlocked(result: TraceResult): boolean {
  return result.verdict === 'blocked' && result.explanations.some((e) => e.path === 'forward');
}

/**
 * The routes to draw for a trace: its forward path; its return path unless the request never
 * gets there; then the same for each load balancer connection it opened (`legs`).
 * @example traceRoutes(index, trace) // [{ path: 'forward', stops: ['internet', 'igw', 'public-a', 'web-1'], ... }, { path: 'return', ... }]
 */
export function traceRoutes(index: DocumentIndex, result: TraceResult): TraceRoute[] {
  const tables = subnetsByTable(index);
  const routesOf = (trace: TraceResult, leg: number | undefined): TraceRoute[] => {
    const { from, to } = trace.flow;
    // A balancer whose target refuses it drops the request at the balancer too: the leg shows where.
    const blockedInLeg = (trace.legs ?? []).some((l) => l.verdict !== 'allowed');
    const out = [route(index, tables, trace, 'forward', from, to, leg, blockedInLeg ? to : undefined)];
    if (!forwardBlocked(trace) && trace.return.length > 0)
      out.push(route(index, tables, trace, 'return', to, from, leg));
    return out;
  };
  return [...routesOf(result, undefined), ...(result.legs ?? []).flatMap((leg, i) => routesOf(leg, i))];
}

function route(
  index: DocumentIndex,
  tables: ReadonlyMap<string, readonly string[]>,
  trace: TraceResult,
  path: PathKind,
  start: string,
  end: string,
  leg: number | undefined,
  unmarked?: string,
): TraceRoute {
  const hops: readonly Hop[] = path === 'forward' ? trace.forward : trace.return;
  const hopStops = hopPlaces(index, hops, tables);
  const explanation = trace.explanations.find((e) => e.path === path);
  const dropped = hops.findIndex((hop) => hop.action === 'drop');
  const stops = merged([start, ...hopStops]);
  const base = { path, ...(leg === undefined ? {} : { leg }), hopStops };

  if (trace.verdict === 'blocked' && explanation !== undefined) {
    const droppedAt = dropped < 0 ? undefined : hopStops[dropped];
    const at = droppedAt ?? blamed(explanation.component, stops, tables);
    const cut =
      droppedAt !== undefined
        ? merged([start, ...hopStops.slice(0, dropped + 1)])
        : at === undefined
          ? stops
          : [...stops.slice(0, upToIndex(stops, at)), at];
    const marked = at !== undefined && at !== unmarked;
    return {
      ...base,
      stops: cut,
      ...(marked ? { blockedAt: at, code: explanation.code, message: explanation.message, explanation } : {}),
    };
  }
  // Allowed, or partly: the packet gets to the far end; a partial verdict marks where the rest is dropped.
  const at = dropped < 0 ? undefined : hopStops[dropped];
  const why = trace.explanations.find((e) => e.path === path) ?? trace.explanations[0];
  return {
    ...base,
    stops: merged([...stops, end]),
    ...(at === undefined || at === unmarked
      ? {}
      : { blockedAt: at, ...(why ? { code: why.code, message: why.message } : {}) }),
  };
}

/** The index just before the blocking place's first appearance (the whole list when it is not on it). */
function upToIndex(stops: readonly string[], at: string): number {
  const i = stops.indexOf(at);
  return i < 0 ? stops.length : i;
}

/** Drops the undefined places and merges consecutive repeats. */
function merged(places: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const place of places) if (place !== undefined && out[out.length - 1] !== place) out.push(place);
  return out;
}
