import '../model/no-eval.ts';
import type * as z from 'zod';
import {
  checkNestingDepth,
  jsonPath,
  validateDocument,
  type ValidationIssue,
  type VpcLabDocument,
} from '../model/index.ts';
import { findJsonSyntaxError } from '../model/json-syntax.ts';
import { translateZodIssues } from '../model/zod-issues.ts';
import { LESSON_FORMAT, LESSON_VERSION, LessonEnvelopeSchema, type Lesson } from './schema.ts';

/**
 * One thing wrong with a lesson file: where (`hints[2].ja`, `start.resources[3].cidr`; `$` for
 * the whole file) and what, in a sentence a lesson author can act on.
 */
export interface LessonProblem {
  readonly path: string;
  readonly message: string;
  /** For a problem of the start or solution design: the validator's issue, to word it in any language. */
  readonly issue?: ValidationIssue;
}

export type LessonParse =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly problems: readonly LessonProblem[] };

/**
 * Reads a lesson: its text (a file, a fetch) or an already parsed value (a share link). Every
 * problem is collected, not just the first: the envelope's fields, then both designs, validated
 * as any document is (structure and semantics), their paths prefixed with `start` or `solution`.
 * Whether the start fails and the solution passes is `proveLesson`'s question, not this one's.
 */
export function parseLesson(input: unknown): LessonParse {
  const value = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
  if (!value.ok) return { ok: false, problems: [value.problem] };
  const tooDeep = checkNestingDepth(value.value);
  if (tooDeep) return { ok: false, problems: [{ path: '$', message: tooDeep.message }] };
  if (typeof value.value !== 'object' || value.value === null || Array.isArray(value.value)) {
    return { ok: false, problems: [{ path: '$', message: NOT_A_LESSON }] };
  }
  const raw = value.value as Record<string, unknown>;
  const problems: LessonProblem[] = [];
  const envelope = LessonEnvelopeSchema.safeParse(raw);
  if (!envelope.success) problems.push(...envelopeProblems(envelope.error.issues, raw));
  else problems.push(...duplicateIntents(envelope.data.intents));
  const start = documentProblems('start', raw['start']);
  const solution = documentProblems('solution', raw['solution']);
  problems.push(...start.problems, ...solution.problems);
  if (!envelope.success || !start.document || !solution.document || problems.length > 0) {
    return { ok: false, problems };
  }
  return { ok: true, lesson: { ...envelope.data, start: start.document, solution: solution.document } };
}

const NOT_A_LESSON = `This is not a VPC Lab lesson: expected a JSON object with "format": "${LESSON_FORMAT}".`;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: LessonProblem } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, problem: { path: '$', message: 'The file is empty.' } };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (caught) {
    const found = findJsonSyntaxError(source);
    const message = found
      ? `Line ${found.line}, column ${found.column}: ${found.message}.`
      : `The file is not valid JSON (${caught instanceof Error ? caught.message : String(caught)}).`;
    return { ok: false, problem: { path: '$', message } };
  }
}

/** `$.hints[2].ja` as a lesson author reads it: `hints[2].ja` (the whole file stays `$`). */
function lessonPath(segments: readonly PropertyKey[]): string {
  const path = jsonPath(segments);
  return path === '$' ? path : path.replace(/^\$\.?/, '');
}

function documentProblems(
  field: 'start' | 'solution',
  input: unknown,
): { document: VpcLabDocument | null; problems: LessonProblem[] } {
  if (input === undefined) {
    return {
      document: null,
      problems: [{ path: field, message: `missing: the ${DESIGN[field]}, a VPC Lab document.` }],
    };
  }
  const report = validateDocument(input);
  const problems = report.errors.map((issue) => ({
    path: issue.path === '$' ? field : `${field}${issue.path.slice(1)}`,
    message: issue.message,
    issue,
  }));
  return { document: report.valid ? report.document : null, problems };
}

const DESIGN = { start: 'design the lesson starts from', solution: 'solved design' } as const;

const FIELD_WORDS: Readonly<Record<string, string>> = {
  format: `"${LESSON_FORMAT}"`,
  version: String(LESSON_VERSION),
  id: 'the lesson id: 1-64 lowercase letters, digits and hyphens',
  title: 'the title, as { "en": "...", "ja": "..." }',
  goal: 'the goal, as { "en": "...", "ja": "..." }',
  hints: 'a list of 1 to 6 hints, each { "en": "...", "ja": "..." }',
  intents: 'a list of intents that define success',
  en: 'the English text',
  ja: 'the Japanese text',
};

/** The envelope's zod issues as problems; issues inside an intent read as a document's intent issues do. */
function envelopeProblems(issues: readonly z.core.$ZodIssue[], raw: Record<string, unknown>): LessonProblem[] {
  const intentIssues = issues.filter((issue) => issue.path[0] === 'intents' && issue.path.length > 1);
  const fromIntents = translateZodIssues(intentIssues, { intents: raw['intents'] }).map((issue) => ({
    path: issue.path.slice(2),
    message: issue.message,
    issue,
  }));
  const own = issues.filter((issue) => !intentIssues.includes(issue)).flatMap((issue) => envelopeProblem(issue, raw));
  return [...own, ...fromIntents];
}

function envelopeProblem(issue: z.core.$ZodIssue, raw: Record<string, unknown>): LessonProblem[] {
  const segments = issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
  const path = lessonPath(segments);
  const last = segments[segments.length - 1];
  const wanted = typeof last === 'string' ? FIELD_WORDS[last] : undefined;
  const value = valueAt(raw, segments);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: lessonPath([...segments, key]),
      message: `"${key}" is not a field of a lesson here; check its spelling (docs/lessons.md).`,
    }));
  }
  if (value === undefined && segments.length > 0) {
    return [{ path, message: `missing${wanted ? `: ${wanted}` : ''}.` }];
  }
  if (issue.code === 'too_small' && Array.isArray(value)) {
    return [{ path, message: `needs at least ${String(issue.minimum)}${wanted ? `: ${wanted}` : ''}.` }];
  }
  if (issue.code === 'too_big' && Array.isArray(value)) {
    return [{ path, message: `has ${value.length}; at most ${String(issue.maximum)} are allowed.` }];
  }
  if (issue.code === 'too_small' && typeof value === 'string') {
    return [{ path, message: `is blank${wanted ? `: write ${wanted}` : ''}.` }];
  }
  if (segments[0] === 'topics' && segments.length === 2) {
    return [{ path, message: `${JSON.stringify(value)} is not a glossary term id (like "internet-gateway").` }];
  }
  return [{ path, message: `is ${show(value)}; expected ${wanted ?? describeExpected(issue)}.` }];
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
  return 'a different value';
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function duplicateIntents(intents: readonly { id: string }[]): LessonProblem[] {
  const seen = new Set<string>();
  return intents.flatMap((intent, i) => {
    if (!seen.has(intent.id)) {
      seen.add(intent.id);
      return [];
    }
    return [
      {
        path: `intents[${i}].id`,
        message: `"${intent.id}" is the id of an earlier intent; give each intent its own id.`,
      },
    ];
  });
}
