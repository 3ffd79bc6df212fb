import { useT } from '../i18n/use-t.ts';
import { useAnalysis } from './analysis-store.ts';

/**
 * A progress bar named "Analysing" while a run has been in flight for over 300 ms (`slow`), and
 * the worker's notices. Most runs finish before anyone would notice them, and leave no trace here.
 */
export function AnalysisProgress() {
  const t = useT();
  const slow = useAnalysis((state) => state.slow);
  const notice = useAnalysis((state) => state.notice);
  return (
    <div className="analysis-status">
      {slow && <div role="progressbar" aria-label={t('dock:analysing')} className="analysis-progress" />}
      {notice && (
        <p role="alert" className="analysis-notice">
          {notice}{' '}
          <button type="button" onClick={() => useAnalysis.setState({ notice: null })}>
            {t('notices:dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
