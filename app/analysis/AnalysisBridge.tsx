import { useEffect } from 'react';
import { useEditor } from '../store/store.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { analysesAlike } from '../../src/worker/analyses-alike.ts';
import { AnalysisClient } from './analysis-client.ts';
import { trackBusy, useAnalysis } from './analysis-store.ts';
import { setAnalysisClient } from './client-instance.ts';

/**
 * Keeps the worker's analysis in step with the document: every change is posted at once, from
 * the store's listener, so the worker analyses while React is still rendering the edit (no
 * debounce: fields apply on Enter or blur, drags on release, so edits do not come in bursts,
 * and the client runs one revision at a time, the latest waiting one next). A revision that
 * only moved or renamed things reuses the last analysis (`analysesAlike`). The report lands in
 * the analysis slice. Renders nothing.
 */
export function AnalysisBridge() {
  useEffect(() => {
    const client = new AnalysisClient(
      {
        report: (report) => useAnalysis.setState({ report }),
        busy: trackBusy(),
        notice: (text) => useAnalysis.setState({ notice: text }),
      },
      undefined,
      (a, b) => analysesAlike(a as VpcLabDocument, b as VpcLabDocument),
    );
    setAnalysisClient(client);
    const post = () => {
      const { document, revision } = useEditor.getState();
      client.submit(document, revision);
    };
    post();
    const unsubscribe = useEditor.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      post();
    });
    return () => {
      unsubscribe();
      setAnalysisClient(undefined);
      client.dispose();
    };
  }, []);
  return null;
}
