import type { Lesson } from '../../src/lessons/types.ts';

let loading: Promise<readonly Lesson[]> | undefined;

/**
 * The lessons, loaded on first use: their designs and texts in two languages stay out of the
 * page's first download. A failed load is forgotten, so the next try fetches again.
 */
export function loadLessons(): Promise<readonly Lesson[]> {
  loading ??= import('../../src/lessons/catalogue/index.ts').then(
    (module) => module.LESSONS,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
