import { useEffect, useRef } from 'react';
import { pickHop } from '../../analysis/trace-store.ts';
import type { WalkStep } from '../../analysis/packet-walk.ts';
import { WALK_SPEEDS, walk, type WalkSpeed } from '../../analysis/walk-store.ts';
import { useEditor } from '../../store/store.ts';
import { ruleOwner } from './hop-focus.ts';

/**
 * Follows the packet: rings its hop on the canvas and in the hop lists, and opens the table of
 * the rule that decided it in the inspector with that row highlighted (or selects the component
 * when no rule decided it), as a hop button does but without moving the view under the moving
 * marker, and without taking keyboard focus from the walk's controls.
 */
export function useWalkFocus(step: WalkStep | undefined): void {
  const shown = useRef(false);
  useEffect(() => {
    if (!step) {
      if (shown.current) pickHop(null);
      shown.current = false;
      return;
    }
    shown.current = true;
    pickHop({ path: step.path, ...(step.leg === undefined ? {} : { leg: step.leg }), index: step.index });
    const owner = ruleOwner(step.hop.rule);
    useEditor
      .getState()
      .focus([owner ?? step.hop.component], undefined, owner === undefined ? undefined : step.hop.rule);
  }, [step]);
}

/** While playing, the next hop after the speed's interval. */
export function usePlayClock(playing: boolean, index: number, speed: WalkSpeed): void {
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => walk('tick'), WALK_SPEEDS[speed]);
    return () => window.clearTimeout(timer);
  }, [playing, index, speed]);
}
