import { create } from 'zustand';
import type { PathKind, TraceResult } from '../../src/engine/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { useEditor } from '../store/store.ts';

/** The flow traced last from the Reachability tab: the panel lists it, the canvas draws it. */
export interface TracedFlow {
  /** The revision traced, and its document: the trace holds while the resources stay the same. */
  readonly revision: number;
  readonly document: VpcLabDocument;
  readonly query: TraceQuery;
  readonly result: TraceResult;
}

/** What the Reachability tab asks: an intent can be made of it as it is. */
export interface TraceQuery {
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp' | 'all';
  readonly port?: number;
}

/** A hop the person clicked in the lists: which way (of which balancer leg) and its position. */
export interface HopPick {
  readonly path: PathKind;
  readonly leg?: number;
  readonly index: number;
}

export interface TraceState {
  readonly traced: TracedFlow | null;
  readonly hop: HopPick | null;
}

/**
 * The trace slice: never undone, never saved. A new trace replaces the last one, "Clear trace"
 * removes it, and an edit that can change what it says drops it: moves, resizes, auto layout,
 * intents and renaming the design keep it (its lines follow the boxes), any change to a
 * resource removes it from the panel and the canvas alike rather than leave a stale picture up.
 */
export const useTrace = create<TraceState>()(() => ({ traced: null, hop: null }));

export function showTrace(traced: TracedFlow): void {
  useTrace.setState({ traced, hop: null });
}

export function clearTrace(): void {
  useTrace.setState({ traced: null, hop: null });
}

/** Highlights a hop of the trace on the canvas (a hop button was clicked, or the packet walk is there); null for none. */
export function pickHop(hop: HopPick | null): void {
  useTrace.setState({ hop });
}

/**
 * Whether a trace of `traced` still says what `document` would: a trace reads only the
 * resources, and edits share what they leave alone, so the same array means the same answer.
 */
export function traceHolds(traced: Pick<TracedFlow, 'document'>, document: VpcLabDocument): boolean {
  return traced.document.resources === document.resources;
}

useEditor.subscribe((state, previous) => {
  if (state.document === previous.document) return;
  const { traced } = useTrace.getState();
  if (traced && !traceHolds(traced, state.document)) clearTrace();
});
