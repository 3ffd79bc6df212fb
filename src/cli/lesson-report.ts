import { parseLesson, type LessonProblem } from '../lessons/parse.ts';
import { proveLesson, type LessonFault } from '../lessons/prove.ts';
import type { Language } from '../i18n/i18n.ts';
import { explanationSentence } from '../i18n/render/explanation.ts';
import { validationLine, validationText } from '../i18n/render/validation.ts';
import type { LessonCheck } from '../lessons/types.ts';

/** One intent of a lesson on one of its designs, as `lesson check --json` prints it. */
export interface LessonIntentReport {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly protocol: string | number;
  readonly port: number | null;
  readonly expect: 'allowed' | 'blocked';
  readonly verdict: 'allowed' | 'blocked' | 'partial';
  readonly pass: boolean;
  /** The engine's explanations of what blocks, principal blocker first, worded in the report's language. */
  readonly blockers: readonly { readonly code: string; readonly component: string; readonly message: string }[];
  readonly error: string | null;
}

export interface LessonDesignReport {
  readonly passed: boolean;
  readonly errors: readonly string[];
  readonly intents: readonly LessonIntentReport[];
}

/**
 * What `vpclab lesson check` found: `valid` when the file is a lesson (else `problems`, each
 * with its path), `sound` when its start fails at least one intent and its solution passes
 * them all (else `faults`). The designs' checks are there whenever the file was valid.
 */
export interface LessonReport {
  readonly valid: boolean;
  readonly sound: boolean;
  readonly id: string | null;
  readonly title: { readonly en: string; readonly ja: string } | null;
  readonly problems: readonly LessonProblem[];
  readonly faults: readonly LessonFault[];
  readonly start: LessonDesignReport | null;
  readonly solution: LessonDesignReport | null;
}

/** The report, with the designs' errors and blockers worded in `language`. */
export function buildLessonReport(text: string, language: Language = 'en'): LessonReport {
  const parsed = parseLesson(text);
  if (!parsed.ok) {
    return {
      valid: false,
      sound: false,
      id: null,
      title: null,
      // The designs' problems in `language`; the shape stays { path, message }.
      problems: parsed.problems.map(({ path, message, issue }) => ({
        path,
        message: issue ? validationText(issue, language) : message,
      })),
      faults: [],
      start: null,
      solution: null,
    };
  }
  const { lesson } = parsed;
  const proof = proveLesson(lesson);
  return {
    valid: true,
    sound: proof.sound,
    id: lesson.id,
    title: lesson.title,
    problems: [],
    faults: proof.faults,
    start: designReport(proof.start, language),
    solution: designReport(proof.solution, language),
  };
}

function designReport(check: LessonCheck, language: Language): LessonDesignReport {
  return {
    passed: check.passed,
    errors: check.errors.map((issue) => validationLine(issue, language)),
    intents: check.results.map((result) => ({
      id: result.condition.id,
      from: result.condition.from,
      to: result.condition.to,
      protocol: result.condition.protocol,
      port: result.condition.port ?? null,
      expect: result.condition.expect,
      verdict: result.verdict,
      pass: result.pass,
      blockers: result.blockers.map((blocker) => ({
        code: blocker.code,
        component: blocker.component,
        message: explanationSentence(blocker, language).message,
      })),
      error: result.error ?? null,
    })),
  };
}
