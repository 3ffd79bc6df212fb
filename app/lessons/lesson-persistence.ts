import type { Lesson } from '../../src/lessons/types.ts';

const STORAGE_KEY = 'vpclab.lesson';

/** What is remembered of the open lesson across reloads; the design itself is autosaved apart. */
export interface SavedLesson {
  readonly id: string;
  readonly hintsShown: number;
}

export function saveOpenLesson(lesson: Lesson | null, hintsShown: number): void {
  try {
    if (lesson) localStorage.setItem(STORAGE_KEY, JSON.stringify({ id: lesson.id, hintsShown }));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be refused (private browsing); the lesson then stays open for this page only.
  }
}

/** The lesson open before the reload; storage is untrusted, so anything malformed counts as none. */
export function savedOpenLesson(): SavedLesson | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { id, hintsShown } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof hintsShown !== 'number' || !Number.isInteger(hintsShown)) return undefined;
    return { id, hintsShown: Math.max(0, hintsShown) };
  } catch {
    return undefined;
  }
}
