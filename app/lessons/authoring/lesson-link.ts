import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { LessonFile } from './lesson-file.ts';

const PREFIX = '#lesson=';

/** The longest lesson link read: three times the largest bundled lesson's. */
export const MAX_LESSON_LINK = 16_384;

/** A link that opens this page and adds the lesson under Lessons (`#lesson=<lz-string>`). */
export function lessonLink(file: LessonFile, base: string = location.origin + location.pathname): string {
  return `${base}${PREFIX}${compressToEncodedURIComponent(JSON.stringify(file))}`;
}

export const hasLessonLink = (hash: string): boolean => hash.startsWith(PREFIX);

/** The JSON a lesson link carries, or undefined when the link is damaged (never a throw). */
export function readLessonLink(hash: string): unknown {
  // lz-string can expand a crafted link quadratically (a 44 kB link into 200 M characters): a
  // link longer than any lesson needs (the largest bundled one is under 5 kB) is not read.
  if (hash.length > MAX_LESSON_LINK) return undefined;
  try {
    // lz-string throws on some truncated inputs instead of returning null.
    const text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
