import type { RangeSet } from '../net/range-set.ts';
import type { Ip } from './address.ts';
import type { CEni, CompiledDocument } from './compiled.ts';
import type { Place } from './places.ts';
import type { Explanation, Hop } from './types.ts';

/**
 * The types of one flow run (flow.ts), shared by the modules the run calls back into (the
 * destination's role, the DNS resolver) and by the analyses that run flows. They live apart
 * from flow.ts so that those modules depend on the types, not on the runner: the runner is
 * handed to them (FlowRunner), which keeps the imports free of cycles. They are not in
 * types.ts, whose types are the public, plain-JSON results; these hold compiled interfaces.
 */
export interface FlowRun {
  /** The flows (flow-space.ts) that pass both ways. */
  readonly passing: RangeSet;
  readonly forward: Hop[];
  readonly back: Hop[];
  readonly blockers: Explanation[];
  readonly legs: LegRun[];
  readonly source: Ip | undefined;
  readonly destination: Ip | undefined;
  readonly sourcePorts: RangeSet;
  /** Where the request arrived and what its source looked like there (path-only runs). */
  readonly arrived?: Arrived | undefined;
}

export interface Arrived {
  readonly eni: CEni;
  /** True when nothing translated the source: the destination sees the sender itself. */
  readonly untranslated: boolean;
  readonly source: Ip;
  readonly sourceEni: CEni | undefined;
}

export interface LegRun {
  readonly target: string;
  readonly port: number;
  readonly run: FlowRun;
}

/** Memo shared across the flows of one analysis (balancer legs repeat for every client). */
export type LegCache = Map<string, FlowRun>;

export interface FlowRequest {
  readonly from: Place;
  readonly to: Place;
  readonly protocol: number;
  readonly version: 4 | 6;
  /** The flows asked about (flow-space.ts): one point for a trace, the whole space for the matrix. */
  readonly space: RangeSet;
  readonly record: boolean;
  /** Only the path: leave out the endpoints' own groups and the destination's role (analyse.ts adds them). */
  readonly pathOnly?: boolean;
}

/** runFlow's signature, for the code it calls that runs flows of its own (a balancer's legs). */
export type FlowRunner = (compiled: CompiledDocument, request: FlowRequest, legs: LegCache) => FlowRun;
