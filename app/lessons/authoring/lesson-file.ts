import * as z from 'zod';
import type { GoalCondition, Lesson, LocalizedText } from '../../../src/lessons/types.ts';
import { IntentSchema, validateDocument, type Intent, type VpcLabDocument } from '../../../src/model/index.ts';

/**
 * A lesson as a file (docs: lesson-format.md): what "Export lesson" writes, a lesson link
 * carries and Import reads. Untrusted whenever it comes in, so it is read with a schema and
 * its two designs with the document validator; every problem names its field.
 */
export interface LessonFile {
  readonly format: 'vpclab-lesson';
  readonly version: 1;
  readonly id: string;
  readonly title: LocalizedText;
  readonly goal: LocalizedText;
  readonly hints: readonly LocalizedText[];
  readonly topics?: readonly string[];
  readonly intents: readonly Intent[];
  readonly start: VpcLabDocument;
  readonly solution: VpcLabDocument;
}

export const LESSON_FORMAT = 'vpclab-lesson';

const Text = z.strictObject({ en: z.string().trim().min(1), ja: z.string().trim().min(1) });

const LessonFileSchema = z.looseObject({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(1),
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'use only a-z, 0-9 and -'),
  title: Text,
  goal: Text,
  hints: z.array(Text).min(1).max(6),
  topics: z.array(z.string().min(1)).optional(),
  intents: z.array(IntentSchema).min(1),
  start: z.unknown(),
  solution: z.unknown(),
});

/** True when a value says it is a lesson file (Import tells lessons from designs by this). */
export function isLessonFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === LESSON_FORMAT;
}

export type LessonRead =
  { readonly ok: true; readonly file: LessonFile } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads an untrusted lesson file: the file, or one line per problem, each naming its field. */
export function readLessonFile(value: unknown): LessonRead {
  const parsed = LessonFileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'lesson'}: ${issue.message}`),
    };
  }
  const errors: string[] = [];
  const designs: Partial<Record<'start' | 'solution', VpcLabDocument>> = {};
  for (const key of ['start', 'solution'] as const) {
    const report = validateDocument(parsed.data[key]);
    if (report.document && report.errors.length === 0) designs[key] = report.document;
    else errors.push(...report.errors.map((issue) => `${key}${issue.path.replace(/^\$/, '')}: ${issue.message}`));
  }
  const ids = parsed.data.intents.map((intent) => intent.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) errors.push(`intents: the id "${repeated}" is used twice`);
  if (errors.length > 0 || !designs.start || !designs.solution) return { ok: false, errors };
  const { format, version, id, title, goal, hints, topics, intents } = parsed.data;
  return {
    ok: true,
    file: {
      format,
      version,
      id,
      title,
      goal,
      hints,
      ...(topics ? { topics } : {}),
      intents,
      start: designs.start,
      solution: designs.solution,
    },
  };
}

/** The success conditions of a lesson file, as the checker takes them. */
export function conditionsOf(intents: readonly Intent[]): GoalCondition[] {
  return intents.map(({ from, to, protocol, port, expect }) => ({
    from,
    to,
    // The checker traces each condition as an intent, which takes protocol numbers as well.
    protocol: protocol as GoalCondition['protocol'],
    ...(port === undefined ? {} : { port }),
    expect,
  }));
}

/** The lesson the page opens from a file. */
export function lessonOfFile(file: LessonFile): Lesson {
  return {
    id: file.id,
    title: file.title,
    goal: file.goal,
    hints: file.hints,
    start: file.start,
    conditions: conditionsOf(file.intents),
  };
}
