import { describe, expect, it } from 'vitest';
import { pointerPacer, POINTER_INTERVAL_MS, type PacerClocks } from './pointer-pacer.ts';

/** Frames every 16 ms and timers, on a clock the test moves. */
function fakeClocks() {
  let time = 0;
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; run: () => void }>();
  const clocks: PacerClocks = {
    now: () => time,
    requestFrame: (run) => {
      frames.set(next, run);
      return next++;
    },
    cancelFrame: (handle) => frames.delete(handle),
    setTimer: (run, ms) => {
      timers.set(next, { at: time + ms, run });
      return next++;
    },
    clearTimer: (handle) => timers.delete(handle),
  };
  /** Moves time on by `ms`, running due timers, and then a frame. */
  const advance = (ms: number) => {
    time += ms;
    for (const [handle, timer] of [...timers]) {
      if (timer.at <= time) {
        timers.delete(handle);
        timer.run();
      }
    }
    const due = [...frames.values()];
    frames.clear();
    for (const run of due) run();
  };
  return { clocks, advance, pending: () => frames.size + timers.size };
}

describe('pointerPacer', () => {
  it('sends the newest position with the next frame, not every move', () => {
    const { clocks, advance } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    pacer.move(1);
    pacer.move(2);
    pacer.move(3);
    expect(sent).toEqual([]);
    advance(16);
    expect(sent).toEqual([3]);
  });

  it('sends at most 20 positions a second however fast the pointer moves', () => {
    const { clocks, advance } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    // A mouse firing every 4 ms for two seconds, frames every 16 ms.
    for (let t = 0; t < 2000; t += 4) {
      pacer.move(t);
      if (t % 16 === 0) advance(16);
      else advance(0);
    }
    expect(POINTER_INTERVAL_MS).toBeGreaterThanOrEqual(50);
    expect(sent.length).toBeLessThanOrEqual(2 * 20 + 1);
    expect(sent.length).toBeGreaterThanOrEqual(2 * 10);
  });

  it('does not lose the last position of a quick move: it follows once the interval allows', () => {
    const { clocks, advance } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    pacer.move(1);
    advance(16);
    pacer.move(2);
    advance(16);
    expect(sent).toEqual([1]);
    advance(POINTER_INTERVAL_MS);
    advance(16);
    expect(sent).toEqual([1, 2]);
  });

  it('sends leaving at once and drops a pending position', () => {
    const { clocks, advance, pending } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    pacer.move(1);
    advance(16);
    pacer.move(2);
    pacer.leave();
    expect(sent).toEqual([1, null]);
    expect(pending()).toBe(0);
    advance(100);
    expect(sent).toEqual([1, null]);
  });

  it('says nothing on leaving when no position was sent, nor twice', () => {
    const { clocks, advance } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    pacer.leave();
    pacer.move(1);
    pacer.leave();
    advance(16);
    expect(sent).toEqual([]);
    pacer.move(2);
    advance(16);
    pacer.leave();
    pacer.leave();
    expect(sent).toEqual([2, null]);
  });

  it('sends nothing after it is stopped', () => {
    const { clocks, advance, pending } = fakeClocks();
    const sent: (number | null)[] = [];
    const pacer = pointerPacer<number>((p) => sent.push(p), clocks);
    pacer.move(1);
    pacer.stop();
    advance(100);
    pacer.move(2);
    pacer.leave();
    advance(100);
    expect(sent).toEqual([]);
    expect(pending()).toBe(0);
  });
});
