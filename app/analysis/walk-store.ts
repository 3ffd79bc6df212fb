import { create } from 'zustand';
import type { TraceResult } from '../../src/engine/index.ts';
import { walkSteps, type WalkStep } from './packet-walk.ts';
import { useTrace } from './trace-store.ts';
import { stepWalk, WALK_START, type WalkCommand, type WalkPosition } from './walk-stepping.ts';

/** How long the packet stays at a hop while playing: normal is Packet Tracer's pace, slow enough to read. */
export const WALK_SPEEDS = { slow: 2400, normal: 1200, fast: 600 } as const;
export type WalkSpeed = keyof typeof WALK_SPEEDS;

export interface WalkState extends WalkPosition {
  readonly speed: WalkSpeed;
}

/**
 * The packet walk slice: where the packet is on the trace shown and whether it plays. Never
 * saved; a new trace, "Clear trace" or an edit that drops the trace puts the packet back at
 * the start.
 */
export const useWalk = create<WalkState>()(() => ({ ...WALK_START, speed: 'normal' }));

export function setWalkSpeed(speed: WalkSpeed): void {
  useWalk.setState({ speed });
}

const stepsCache = new WeakMap<TraceResult, readonly WalkStep[]>();

/** The steps of a trace, computed once per result (the panel and the canvas ask for the same). */
export function stepsOf(result: TraceResult | undefined): readonly WalkStep[] {
  if (!result) return [];
  let steps = stepsCache.get(result);
  if (!steps) {
    steps = walkSteps(result);
    stepsCache.set(result, steps);
  }
  return steps;
}

/** Play/Pause, a tick of the clock, Next hop, Previous hop or Stop, on the trace shown. */
export function walk(command: WalkCommand): void {
  const steps = stepsOf(useTrace.getState().traced?.result);
  const course = { length: steps.length, blockedAt: (i: number) => steps[i]?.blocked ?? false };
  useWalk.setState(stepWalk(useWalk.getState(), command, course));
}

/** The step the packet is at, or undefined before it sets out. */
export function useWalkStep(): { step: WalkStep | undefined; index: number; count: number } {
  const result = useTrace((state) => state.traced?.result);
  const index = useWalk((state) => state.index);
  const steps = stepsOf(result);
  return { step: steps[index], index, count: steps.length };
}

useTrace.subscribe((state, previous) => {
  if (state.traced !== previous.traced) {
    useWalk.setState(WALK_START);
    return;
  }
  // A hop button clicked in the lists: the packet goes there (paused), when the walk reaches it.
  const { hop } = state;
  if (!hop || hop === previous.hop) return;
  const steps = stepsOf(state.traced?.result);
  const at = steps.findIndex((s) => s.path === hop.path && s.leg === hop.leg && s.index === hop.index);
  if (at >= 0 && at !== useWalk.getState().index) useWalk.setState({ index: at, playing: false });
});
