import { create } from 'zustand';
import type { ConditionResult } from '../../src/lessons/types.ts';
import { analysisClient } from '../analysis/client-instance.ts';
import { useAnalysis } from '../analysis/analysis-store.ts';
import { useEditor } from '../store/store.ts';

/**
 * The open lesson's success conditions as live intents: checked in the worker for each
 * revision the analysis reports, so the Intents tab and the canvas show them passing or
 * failing as the learner edits. Null when no lesson is open or no result is in yet.
 */
interface LessonIntentsState {
  readonly lessonId: string | null;
  readonly revision: number;
  readonly results: readonly ConditionResult[] | null;
}

export const useLessonIntents = create<LessonIntentsState>()(() => ({ lessonId: null, revision: -1, results: null }));

/** The lesson's results for the revision on screen, or null (no lesson, or still checking). */
export function useCurrentLessonIntents(): readonly ConditionResult[] | null {
  const lessonId = useEditor((state) => state.lesson?.id ?? null);
  const revision = useEditor((state) => state.revision);
  const state = useLessonIntents();
  return state.lessonId === lessonId && state.revision === revision ? state.results : null;
}

/** Checks the open lesson's intents whenever the lesson or the design changes; returns the unsubscribe. */
export function followLessonIntents(): () => void {
  let asked = 0;
  const run = () => {
    const { lesson, document, revision } = useEditor.getState();
    const client = analysisClient();
    const ticket = ++asked;
    if (!lesson) {
      useLessonIntents.setState({ lessonId: null, revision: -1, results: null });
      return;
    }
    if (!client) return; // the analysis report that follows the client's start runs it again
    client
      .checkLesson(document, lesson.intents)
      .then((check) => {
        // Only the latest question's answer counts: the learner may have edited meanwhile.
        if (ticket === asked) useLessonIntents.setState({ lessonId: lesson.id, revision, results: check.results });
      })
      .catch(() => {
        if (ticket === asked) useLessonIntents.setState({ lessonId: lesson.id, revision, results: null });
      });
  };
  const offEditor = useEditor.subscribe((state, previous) => {
    if (state.lesson !== previous.lesson || state.revision !== previous.revision) run();
  });
  const offAnalysis = useAnalysis.subscribe((state, previous) => {
    const { lesson, revision } = useEditor.getState();
    if (lesson && state.report !== previous.report && useLessonIntents.getState().revision !== revision) run();
  });
  return () => {
    offEditor();
    offAnalysis();
  };
}
