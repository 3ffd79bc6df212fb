import type { LessonCheck } from '../../../src/lessons/types.ts';
import { analysisClient } from '../../analysis/client-instance.ts';
import { checkProblems, draftProblems, intentsOf, type DraftProblem, type LessonDraft } from './draft.ts';

/** What the worker says of the draft's two designs against its intents. */
export interface DraftChecks {
  readonly solution: LessonCheck;
  readonly start: LessonCheck | null;
}

/** Checks the solution and the start in the analysis worker (the engine never runs on the page's thread). */
export async function checkDraft(draft: LessonDraft): Promise<DraftChecks | null> {
  const client = analysisClient();
  const conditions = intentsOf(draft);
  if (!client || conditions.length === 0) return null;
  const [solution, start] = await Promise.all([
    client.checkLesson(draft.solution, conditions),
    draft.start ? client.checkLesson(draft.start, conditions) : Promise.resolve(null),
  ]);
  return { solution, start };
}

/** Every problem of the draft: missing texts first, then what the checks found. */
export function allProblems(draft: LessonDraft, checks: DraftChecks | null): DraftProblem[] {
  return [...draftProblems(draft), ...(checks ? checkProblems(draft, checks.solution, checks.start) : [])];
}
