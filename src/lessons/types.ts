import type { Intent } from '../model/index.ts';

/** The languages lesson texts are written in; English is the default and always present. */
export const LESSON_LANGUAGES = ['en', 'ja'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGES)[number];

/** A text written in every lesson language. */
export type LocalizedText = Readonly<Record<LessonLanguage, string>>;

export type { Lesson } from './schema.ts';

/** How one of the lesson's intents fared on the learner's design. */
export interface ConditionResult {
  readonly condition: Intent;
  readonly pass: boolean;
  /** What the engine decided (`blocked` too when the flow could not be traced). */
  readonly verdict: 'allowed' | 'blocked' | 'partial';
  /** The engine's explanations of what blocks, principal blocker first (English sentences). */
  readonly blockers: readonly { readonly code: string; readonly component: string; readonly message: string }[];
  /** Why the flow could not be traced at all (an endpoint the learner deleted, say). */
  readonly error?: string;
}

/** The result of checking a design against a lesson's goal. Plain JSON. */
export interface LessonCheck {
  /** True when the design is valid and every intent holds. */
  readonly passed: boolean;
  /** Validation errors of the design (as "id: message"); conditions are still checked when possible. */
  readonly errors: readonly string[];
  readonly results: readonly ConditionResult[];
}
