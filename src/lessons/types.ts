import type { ExplanationParams } from '../engine/index.ts';
import type { Intent, ValidationIssue } from '../model/index.ts';

/** The languages lesson texts are written in; English is the default and always present. */
export const LESSON_LANGUAGES = ['en', 'ja'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGES)[number];

/** A text written in every lesson language. */
export type LocalizedText = Readonly<Record<LessonLanguage, string>>;

export type { Lesson } from './schema.ts';

/**
 * What blocks an intent: the engine's explanation code, where, and the sentence's kind and
 * specifics (src/i18n/render/explanation.ts words it in the page's language).
 */
export interface LessonBlocker {
  readonly code: string;
  readonly component: string;
  readonly params: ExplanationParams;
  readonly sampleAddress?: string;
}

/** How one of the lesson's intents fared on the learner's design. */
export interface ConditionResult {
  readonly condition: Intent;
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
  /** True when the design is valid and every intent holds. */
  readonly passed: boolean;
  /** Validation errors of the design (code, resource, params); conditions are still checked when possible. */
  readonly errors: readonly ValidationIssue[];
  readonly results: readonly ConditionResult[];
}
