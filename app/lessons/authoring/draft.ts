import type { LessonCheck, LocalizedText } from '../../../src/lessons/types.ts';
import type { Intent, ValidationIssue, VpcLabDocument } from '../../../src/model/index.ts';
import type { LessonFile } from './lesson-file.ts';

/** What the teacher has written and captured so far in "Make a lesson from this design". */
export interface LessonDraft {
  readonly title: LocalizedText;
  readonly goal: LocalizedText;
  readonly hints: readonly LocalizedText[];
  /** The design as the form opened: its intents are the success conditions. */
  readonly solution: VpcLabDocument;
  /** The broken design the learner starts from, once captured. */
  readonly start: VpcLabDocument | null;
}

export const MAX_HINTS = 6;
export const EMPTY_TEXT: LocalizedText = { en: '', ja: '' };

/** A problem of a draft, as a message key and its arguments (worded in the page's language). */
export type DraftProblem =
  | {
      readonly key: 'missingText';
      readonly field: 'title' | 'goal' | 'hint';
      readonly n?: number;
      readonly language: 'en' | 'ja';
    }
  | { readonly key: 'tooManyHints' | 'needsIntent' | 'needsStart' | 'startPasses' }
  | { readonly key: 'solutionFails'; readonly flow: string }
  | { readonly key: 'solutionInvalid'; readonly why: ValidationIssue };

export const intentsOf = (draft: LessonDraft): readonly Intent[] => draft.solution.intents ?? [];

/** "internet → web-1 tcp/443", as the Intents tab writes a flow. */
export const flowOf = (intent: Pick<Intent, 'from' | 'to' | 'protocol' | 'port'>): string =>
  `${intent.from} → ${intent.to} ${intent.protocol}${intent.port === undefined ? '' : `/${intent.port}`}`;

/** What the draft lacks before any design is checked: texts in both languages, hints, intents, a start. */
export function draftProblems(draft: LessonDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const need = (text: LocalizedText, field: 'title' | 'goal' | 'hint', n?: number) => {
    for (const language of ['en', 'ja'] as const)
      if (text[language].trim() === '')
        problems.push({ key: 'missingText', field, language, ...(n === undefined ? {} : { n }) });
  };
  need(draft.title, 'title');
  need(draft.goal, 'goal');
  if (draft.hints.length === 0) need(EMPTY_TEXT, 'hint', 1);
  draft.hints.forEach((hint, i) => need(hint, 'hint', i + 1));
  if (draft.hints.length > MAX_HINTS) problems.push({ key: 'tooManyHints' });
  if (intentsOf(draft).length === 0) problems.push({ key: 'needsIntent' });
  if (!draft.start) problems.push({ key: 'needsStart' });
  return problems;
}

/** What the checks of the two designs say: the solution passes every intent, the start fails one. */
export function checkProblems(draft: LessonDraft, solution: LessonCheck, start: LessonCheck | null): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (solution.errors.length > 0) problems.push({ key: 'solutionInvalid', why: solution.errors[0]! });
  solution.results.forEach((result, i) => {
    const intent = intentsOf(draft)[i];
    if (!result.pass && intent) problems.push({ key: 'solutionFails', flow: flowOf(intent) });
  });
  if (start?.passed) problems.push({ key: 'startPasses' });
  return problems;
}

/** A URL-safe id from the English title, made unique among `taken` with a number. */
export function lessonId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '') // accents go, the letters stay: "Öffne" is "offne"
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'lesson';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const trimmed = (text: LocalizedText): LocalizedText => ({ en: text.en.trim(), ja: text.ja.trim() });

/**
 * The lesson file of a complete draft. The start carries no intents of its own: the lesson's
 * intents are shown beside the learner's, and a copy in the design would show them twice.
 */
export function fileOfDraft(draft: LessonDraft, id: string): LessonFile {
  const { intents: _intents, ...start } = draft.start ?? draft.solution;
  return {
    format: 'vpclab-lesson',
    version: 1,
    id,
    title: trimmed(draft.title),
    goal: trimmed(draft.goal),
    hints: draft.hints.map(trimmed),
    intents: [...intentsOf(draft)],
    start,
    solution: draft.solution,
  };
}
