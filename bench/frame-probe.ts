/**
 * Page-side measuring code, installed with `addInitScript` as plain JavaScript (the bench's
 * tsconfig has no DOM types, and functions serialised by page.evaluate lose tsx's helpers).
 *
 * - First render: every animation frame counts the `[data-resource-id]` elements and remembers
 *   when the count last changed (performance.now(), i.e. since navigation start). Once the count
 *   has been stable for a while, that time is "navigation start to all nodes in the DOM".
 * - Frames: while recording, the time of every rAF callback is kept, flagged when the watched node's
 *   transform differs from the previous frame's (the frame that ends there painted a drag step).
 *   Playwright's mouse steps arrive slower than frames, so the idle frames between them would
 *   flatter the median; only flagged frames count as drag frames. A capture `pointerup` listener
 *   marks the drop: the longest frame after it is the commit of the move.
 */
export const FRAME_PROBE = `
(() => {
  const bench = {
    count: 0,
    lastChange: 0,
    recording: false,
    frames: [],
    moved: [],
    pointerUp: null,
    watched: null,
    transform: '',
  };
  // performance.now(), not the rAF timestamp: Chromium stamps a frame with its vsync time even when
  // a long task delayed it, which would charge that task to the following frame.
  const tick = () => {
    const n = document.querySelectorAll('[data-resource-id]').length;
    if (n !== bench.count) {
      bench.count = n;
      bench.lastChange = performance.now();
    }
    if (bench.recording) {
      const transform = bench.watched ? bench.watched.style.transform : '';
      bench.frames.push(performance.now());
      bench.moved.push(transform !== bench.transform);
      bench.transform = transform;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('pointerup', () => { if (bench.recording) bench.pointerUp = performance.now(); }, true);
  bench.start = (id) => {
    bench.watched = document.querySelector('.react-flow__node[data-resource-id="' + id + '"]');
    bench.transform = bench.watched ? bench.watched.style.transform : '';
    bench.frames = [];
    bench.moved = [];
    bench.pointerUp = null;
    bench.recording = true;
  };
  bench.stop = () => {
    bench.recording = false;
    return { frames: bench.frames, moved: bench.moved, pointerUp: bench.pointerUp };
  };
  window.__bench = bench;
})();
`;

/** What `__bench.stop()` returns: rAF callback times, whether each showed the node moved, the release time. */
export interface FrameRecord {
  readonly frames: readonly number[];
  readonly moved: readonly boolean[];
  readonly pointerUp: number | null;
}

/** The q-quantile (0..1) of `values`, nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Frame durations from consecutive rAF timestamps. */
export function deltas(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}
