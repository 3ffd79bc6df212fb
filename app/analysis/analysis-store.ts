import { create } from 'zustand';
import type { AnalysisReport } from '../../src/worker/protocol.ts';
import { useEditor } from '../store/store.ts';

/**
 * The analysis slice: the worker's last report (tagged with its revision), whether a run is in
 * flight and whether it has been for over 300 ms (`slow`: the progress bar shows), and the
 * worker's notices. Never undone, never saved.
 */
export interface AnalysisState {
  readonly report: AnalysisReport | null;
  readonly busy: boolean;
  readonly slow: boolean;
  readonly notice: string | null;
}

export const useAnalysis = create<AnalysisState>()(() => ({ report: null, busy: false, slow: false, notice: null }));

/** How long a run goes before the page shows that it is analysing (ui.md). */
export const SLOW_MS = 300;

/**
 * Tracks runs in flight: `busy` at once, `slow` once the runs have gone on for `SLOW_MS`
 * without a pause. A timer rather than a CSS delay, so that the bar is not in the page at all
 * for the usual short run: adding and removing it costs a large canvas a full re-layering.
 */
export function trackBusy(): (busy: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (busy) => {
    const was = useAnalysis.getState().busy;
    if (busy === was) return;
    clearTimeout(timer);
    useAnalysis.setState(busy ? { busy } : { busy, slow: false });
    if (busy) timer = setTimeout(() => useAnalysis.setState({ slow: true }), SLOW_MS);
  };
}

/** The report for the revision on screen, or null while it is being computed (never another revision's). */
export function useCurrentReport(): AnalysisReport | null {
  const revision = useEditor((state) => state.revision);
  const report = useAnalysis((state) => state.report);
  return report && report.revision === revision ? report : null;
}
