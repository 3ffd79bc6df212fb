import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLOW_MS, trackBusy, useAnalysis } from './analysis-store.ts';

afterEach(() => {
  vi.useRealTimers();
  useAnalysis.setState({ busy: false, slow: false });
});

describe('trackBusy', () => {
  it('marks a run slow only once it has gone on for 300 ms, and clears it when the runs end', () => {
    vi.useFakeTimers();
    const busy = trackBusy();
    busy(true);
    expect(useAnalysis.getState()).toMatchObject({ busy: true, slow: false });
    vi.advanceTimersByTime(SLOW_MS - 1);
    expect(useAnalysis.getState().slow).toBe(false);
    vi.advanceTimersByTime(1);
    expect(useAnalysis.getState().slow).toBe(true);
    busy(false);
    expect(useAnalysis.getState()).toMatchObject({ busy: false, slow: false });
  });

  it('never shows the bar for a run that ends in time, and counts back-to-back runs as one', () => {
    vi.useFakeTimers();
    const busy = trackBusy();
    busy(true);
    vi.advanceTimersByTime(200);
    busy(false);
    vi.advanceTimersByTime(SLOW_MS);
    expect(useAnalysis.getState().slow).toBe(false);

    busy(true);
    vi.advanceTimersByTime(200);
    busy(true); // the next revision's run starts straight after
    vi.advanceTimersByTime(100);
    expect(useAnalysis.getState().slow).toBe(true);
  });
});
