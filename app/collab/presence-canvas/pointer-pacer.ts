/**
 * Paces pointer reports: the newest position at most once per animation frame and no more
 * often than every `minInterval` ms (the server closes a connection past 60 messages a second;
 * a moving mouse fires far more). Leaving is sent at once, and only if a position was sent.
 * The clocks are passed in, so the pacing is tested without a browser.
 */
export interface PacerClocks {
  now(): number;
  requestFrame(run: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(run: () => void, ms: number): number;
  clearTimer(handle: number): void;
}

export interface PointerPacer<P> {
  /** The pointer is at `point` (sent with the next frame, if the interval allows). */
  move(point: P): void;
  /** The pointer left: a pending position is dropped and `null` is sent. */
  leave(): void;
  /** Stops every pending frame and timer; nothing more is sent. */
  stop(): void;
}

/** 50 ms: at most 20 reports a second. */
export const POINTER_INTERVAL_MS = 50;

export function pointerPacer<P>(
  send: (point: P | null) => void,
  clocks: PacerClocks,
  minInterval = POINTER_INTERVAL_MS,
): PointerPacer<P> {
  let latest: P | null = null;
  let frame: number | null = null;
  let timer: number | null = null;
  let sentAt = -Infinity;
  let shown = false;
  let stopped = false;

  const cancel = () => {
    if (frame !== null) clocks.cancelFrame(frame);
    if (timer !== null) clocks.clearTimer(timer);
    frame = timer = null;
  };
  const flush = () => {
    frame = null;
    if (latest === null || stopped) return;
    const wait = sentAt + minInterval - clocks.now();
    if (wait > 0) {
      timer = clocks.setTimer(() => {
        timer = null;
        frame = clocks.requestFrame(flush);
      }, wait);
      return;
    }
    sentAt = clocks.now();
    shown = true;
    const point = latest;
    latest = null;
    send(point);
  };

  return {
    move(point) {
      if (stopped) return;
      latest = point;
      if (frame === null && timer === null) frame = clocks.requestFrame(flush);
    },
    leave() {
      if (stopped) return;
      cancel();
      latest = null;
      if (!shown) return;
      shown = false;
      sentAt = clocks.now();
      send(null);
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}

/** The browser's clocks. */
export const browserClocks: PacerClocks = {
  now: () => performance.now(),
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (handle) => window.clearTimeout(handle),
};
