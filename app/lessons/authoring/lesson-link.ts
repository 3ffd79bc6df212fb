import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { LessonFile } from './lesson-file.ts';

const PREFIX = '#lesson=';

/** A link that opens this page and adds the lesson under Lessons (`#lesson=<lz-string>`). */
export function lessonLink(file: LessonFile, base: string = location.origin + location.pathname): string {
  return `${base}${PREFIX}${compressToEncodedURIComponent(JSON.stringify(file))}`;
}

export const hasLessonLink = (hash: string): boolean => hash.startsWith(PREFIX);

/** The JSON a lesson link carries, or undefined when the link is damaged (never a throw). */
export function readLessonLink(hash: string): unknown {
  try {
    // lz-string throws on some truncated inputs instead of returning null.
    const text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
