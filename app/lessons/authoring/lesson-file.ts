import { parseLesson } from '../../../src/lessons/parse.ts';
import { LESSON_FORMAT } from '../../../src/lessons/schema.ts';
import type { Lesson } from '../../../src/lessons/types.ts';
import { validationText } from '../../../src/i18n/render/validation.ts';
import { useLanguage } from '../../i18n/language-store.ts';

/**
 * A lesson as a file (lesson-format.md): what "Export lesson" writes, a lesson link carries
 * and Import reads. It is the lesson itself; untrusted whenever it comes in, so it is read
 * with the lessons' own `parseLesson`, whose problems name their field.
 */
export type LessonFile = Lesson;

/** True when a value says it is a lesson file (Import tells lessons from designs by this). */
export function isLessonFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === LESSON_FORMAT;
}

export type LessonRead =
  { readonly ok: true; readonly file: LessonFile } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads an untrusted lesson file: the lesson, or one line per problem, each naming its field. */
export function readLessonFile(value: unknown): LessonRead {
  const parsed = parseLesson(value);
  return parsed.ok
    ? { ok: true, file: parsed.lesson }
    : {
        ok: false,
        // A design's problem in the page's language; the lesson envelope's own stay as written.
        errors: parsed.problems.map(({ path, message, issue }) => {
          const language = useLanguage.getState().language;
          return `${path}: ${issue ? validationText(issue, language) : message}`;
        }),
      };
}
