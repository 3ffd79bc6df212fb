/**
 * The packet walk's controls as a pure state machine: which step the packet is at (-1 before it
 * sets out, no marker) and whether it plays. Play advances one step per tick and pauses at the
 * last step or at a blocker; stepping by hand pauses; Stop goes back to the start.
 */
export interface WalkPosition {
  readonly index: number;
  readonly playing: boolean;
}

/** What the stepping needs of the steps: how many, and which stop the packet. */
export interface WalkCourse {
  readonly length: number;
  readonly blockedAt: (index: number) => boolean;
}

export type WalkCommand = 'toggle' | 'tick' | 'next' | 'previous' | 'stop';

export const WALK_START: WalkPosition = { index: -1, playing: false };

/** Whether the packet can go on from `index` (it is not at the end nor stopped by a blocker). */
const canAdvance = (course: WalkCourse, index: number) =>
  index < course.length - 1 && !(index >= 0 && course.blockedAt(index));

/** Arrived at `index`: keep playing only while there is somewhere to go. */
const arrive = (course: WalkCourse, index: number, playing: boolean): WalkPosition => ({
  index,
  playing: playing && canAdvance(course, index),
});

export function stepWalk(position: WalkPosition, command: WalkCommand, course: WalkCourse): WalkPosition {
  if (course.length === 0) return WALK_START;
  const { index, playing } = position;
  switch (command) {
    case 'toggle':
      if (playing) return { index, playing: false };
      // From the start, or again from the start once the walk is over: the packet sets out at once.
      if (index < 0 || !canAdvance(course, index)) return arrive(course, 0, true);
      return { index, playing: true };
    case 'tick':
      if (!playing || !canAdvance(course, index)) return { index, playing: false };
      return arrive(course, index + 1, true);
    case 'next':
      return { index: canAdvance(course, index) ? index + 1 : index, playing: false };
    case 'previous':
      return { index: Math.max(Math.min(index, course.length) - 1, index < 0 ? -1 : 0), playing: false };
    case 'stop':
      return WALK_START;
  }
}
