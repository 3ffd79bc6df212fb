import { checkLesson } from './check.ts';
import type { ValidationIssue } from '../model/index.ts';
import type { Lesson, LessonCheck } from './types.ts';

/**
 * Whether a lesson can be taught: its start must fail at least one intent (or there is nothing
 * to learn) and its solution must be valid and pass every intent (or it cannot be solved).
 * `vpclab lesson check` and the unit tests over public/lessons both decide with this.
 */
export interface LessonProof {
  readonly sound: boolean;
  /** The start's check: at least one intent fails, each failure with the engine's blockers. */
  readonly start: LessonCheck;
  readonly solution: LessonCheck;
  /** What makes the lesson unsound; empty when sound. */
  readonly faults: readonly LessonFault[];
}

export type LessonFault =
  /** The starting design already meets every intent: the learner has nothing to do. */
  | { readonly kind: 'start-passes' }
  /** The solved design misses these intents (by id), or is invalid. */
  | {
      readonly kind: 'solution-fails';
      readonly intents: readonly string[];
      readonly errors: readonly ValidationIssue[];
    };

export function proveLesson(lesson: Lesson): LessonProof {
  const start = checkLesson(lesson.start, lesson.intents);
  const solution = checkLesson(lesson.solution, lesson.intents);
  const faults: LessonFault[] = [];
  if (start.passed) faults.push({ kind: 'start-passes' });
  if (!solution.passed) {
    faults.push({
      kind: 'solution-fails',
      intents: solution.results.filter((result) => !result.pass).map((result) => result.condition.id),
      errors: solution.errors,
    });
  }
  return { sound: faults.length === 0, start, solution, faults };
}
