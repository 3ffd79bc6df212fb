import { useAnalysis } from './analysis-store.ts';

/**
 * A progress bar named "Analysing" while a run is in flight, and the worker's notices. The bar
 * stays hidden (out of sight and out of the accessibility tree) for its first 300 ms, by CSS:
 * most runs finish before anyone would notice them.
 */
export function AnalysisProgress() {
  const busy = useAnalysis((state) => state.busy);
  const notice = useAnalysis((state) => state.notice);
  return (
    <div className="analysis-status">
      {busy && <div role="progressbar" aria-label="Analysing" className="analysis-progress" />}
      {notice && (
        <p role="alert" className="analysis-notice">
          {notice}{' '}
          <button type="button" onClick={() => useAnalysis.setState({ notice: null })}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
