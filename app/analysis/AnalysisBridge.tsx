import { useEffect } from 'react';
import { useEditor } from '../store/store.ts';
import { AnalysisClient } from './analysis-client.ts';
import { useAnalysis } from './analysis-store.ts';
import { setAnalysisClient } from './client-instance.ts';

/** Wait for typing to pause this long before sending a revision to the worker. */
const DEBOUNCE_MS = 25;

/**
 * Keeps the worker's analysis in step with the document: every change is posted (debounced,
 * latest wins) and the report lands in the analysis slice. Renders nothing.
 */
export function AnalysisBridge() {
  useEffect(() => {
    const client = new AnalysisClient({
      report: (report) => useAnalysis.setState({ report }),
      busy: (busy) => useAnalysis.setState({ busy }),
      notice: (text) => useAnalysis.setState({ notice: text }),
    });
    setAnalysisClient(client);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const post = () => {
      const { document, revision } = useEditor.getState();
      client.submit(document, revision);
    };
    post();
    const unsubscribe = useEditor.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      clearTimeout(timer);
      timer = setTimeout(post, DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      setAnalysisClient(undefined);
      client.dispose();
    };
  }, []);
  return null;
}
