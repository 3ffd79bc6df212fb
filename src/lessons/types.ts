import type { ExplanationParams, FlowProtocol } from '../engine/index.ts';
import type { ValidationIssue, VpcLabDocument } from '../model/index.ts';

/** The languages lesson texts are written in; English is the default and always present. */
export const LESSON_LANGUAGES = ['en', 'ja'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGES)[number];

/** A text written in every lesson language. */
export type LocalizedText = Readonly<Record<LessonLanguage, string>>;

/**
 * One condition of a lesson's goal, shaped like an intent (format.md): can `from` open a
 * connection to `to`, and should it? Plain JSON, so it crosses the worker boundary as is.
 */
export interface GoalCondition {
  readonly from: string;
  readonly to: string;
  readonly protocol: FlowProtocol;
  readonly port?: number;
  readonly expect: 'allowed' | 'blocked';
}

/**
 * A lesson: a starting design with something missing or wrong, a goal in plain words, hints
 * revealed one at a time, and the conditions that decide whether the learner's design meets
 * the goal.
 */
export interface Lesson {
  /** Stable and URL-safe (`public-web-server`); the app keeps it to reopen the lesson. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly goal: LocalizedText;
  /** From a gentle nudge to nearly the answer. */
  readonly hints: readonly LocalizedText[];
  /** The design the lesson starts from; it fails at least one condition. */
  readonly start: VpcLabDocument;
  readonly conditions: readonly GoalCondition[];
}

/**
 * What blocks a condition: the engine's explanation code, where, and the sentence's kind and
 * specifics (src/i18n/render/explanation.ts words it in the page's language).
 */
export interface LessonBlocker {
  readonly code: string;
  readonly component: string;
  readonly params: ExplanationParams;
  readonly sampleAddress?: string;
}

/** How one condition fared on the learner's design. */
export interface ConditionResult {
  readonly condition: GoalCondition;
  readonly pass: boolean;
  /** What the engine decided (`blocked` too when the flow could not be traced). */
  readonly verdict: 'allowed' | 'blocked' | 'partial';
  /** The engine's explanations of what blocks, principal blocker first, as data each language words. */
  readonly blockers: readonly LessonBlocker[];
  /** Why the flow could not be traced at all (an endpoint the learner deleted, say). */
  readonly error?: string;
  /** The design is invalid, so the condition was not traced (`LessonCheck.errors` says why). */
  readonly untraced?: true;
}

/** The result of checking a design against a lesson's goal. Plain JSON. */
export interface LessonCheck {
  /** True when the design is valid and every condition passes. */
  readonly passed: boolean;
  /** Validation errors of the design (code, resource, params); conditions are still checked when possible. */
  readonly errors: readonly ValidationIssue[];
  readonly results: readonly ConditionResult[];
}
