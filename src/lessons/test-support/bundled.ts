import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the page serves the bundled lessons from. */
export const LESSONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/lessons');

/** The lesson ids public/lessons/index.json lists, in order. */
export function bundledLessonIds(): string[] {
  const index = JSON.parse(readFileSync(resolve(LESSONS_DIR, 'index.json'), 'utf8')) as { lessons: string[] };
  return index.lessons;
}

/** One bundled lesson file's text. */
export function bundledLessonText(id: string): string {
  return readFileSync(resolve(LESSONS_DIR, `${id}.json`), 'utf8');
}

export function bundledLessonPath(id: string): string {
  return resolve(LESSONS_DIR, `${id}.json`);
}
