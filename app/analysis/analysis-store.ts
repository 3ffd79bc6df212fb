import { create } from 'zustand';
import type { AnalysisReport } from '../../src/worker/protocol.ts';
import { useEditor } from '../store/store.ts';

/**
 * The analysis slice: the worker's last report (tagged with its revision), whether a run is in
 * flight, and the worker's notices. Never undone, never saved.
 */
export interface AnalysisState {
  readonly report: AnalysisReport | null;
  readonly busy: boolean;
  readonly notice: string | null;
}

export const useAnalysis = create<AnalysisState>()(() => ({ report: null, busy: false, notice: null }));

/** The report for the revision on screen, or null while it is being computed (never another revision's). */
export function useCurrentReport(): AnalysisReport | null {
  const revision = useEditor((state) => state.revision);
  const report = useAnalysis((state) => state.report);
  return report && report.revision === revision ? report : null;
}
