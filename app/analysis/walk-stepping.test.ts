import { describe, expect, it } from 'vitest';
import { stepWalk, WALK_START, type WalkCommand, type WalkCourse, type WalkPosition } from './walk-stepping.ts';

const course = (length: number, blocker?: number): WalkCourse => ({ length, blockedAt: (i) => i === blocker });
const run = (c: WalkCourse, commands: readonly WalkCommand[], from: WalkPosition = WALK_START) =>
  commands.reduce((position, command) => stepWalk(position, command, c), from);

describe('stepWalk (Play, Previous hop, Next hop, Stop)', () => {
  it('sets out on Play at the first hop and advances one hop per tick', () => {
    const c = course(4);
    expect(run(c, ['toggle'])).toEqual({ index: 0, playing: true });
    expect(run(c, ['toggle', 'tick', 'tick'])).toEqual({ index: 2, playing: true });
  });

  it('pauses at the last hop, and Play then starts again from the first', () => {
    const c = course(3);
    const end = run(c, ['toggle', 'tick', 'tick']);
    expect(end).toEqual({ index: 2, playing: false });
    expect(stepWalk(end, 'tick', c)).toEqual(end);
    expect(stepWalk(end, 'toggle', c)).toEqual({ index: 0, playing: true });
  });

  it('stops at a blocker and goes no further, even by Next hop', () => {
    const c = course(5, 2);
    const atBlocker = run(c, ['toggle', 'tick', 'tick', 'tick']);
    expect(atBlocker).toEqual({ index: 2, playing: false });
    expect(stepWalk(atBlocker, 'next', c).index).toBe(2);
  });

  it('pauses and resumes where it was', () => {
    const c = course(4);
    const paused = run(c, ['toggle', 'tick', 'toggle']);
    expect(paused).toEqual({ index: 1, playing: false });
    expect(stepWalk(paused, 'tick', c)).toEqual(paused);
    expect(run(c, ['toggle', 'tick'], paused)).toEqual({ index: 2, playing: true });
  });

  it('steps by hand both ways, pausing, within the course', () => {
    const c = course(3);
    expect(run(c, ['next'])).toEqual({ index: 0, playing: false });
    expect(run(c, ['next', 'next', 'next', 'next'])).toEqual({ index: 2, playing: false });
    expect(run(c, ['next', 'next', 'previous'])).toEqual({ index: 0, playing: false });
    expect(run(c, ['next', 'previous', 'previous'])).toEqual({ index: 0, playing: false });
    expect(run(c, ['previous'])).toEqual(WALK_START);
    expect(run(c, ['toggle', 'tick', 'next'])).toEqual({ index: 2, playing: false });
  });

  it('Stop returns to the start with no marker; an empty course never moves', () => {
    expect(run(course(3), ['toggle', 'tick', 'stop'])).toEqual(WALK_START);
    expect(run(course(0), ['toggle', 'next'])).toEqual(WALK_START);
  });
});
