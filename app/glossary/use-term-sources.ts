import { useEffect, useState } from 'react';
import type { Lesson } from '../../src/lessons/types.ts';
import { loadExampleIndex, type ExampleEntry } from '../document/examples.ts';
import { useLessons } from '../lessons/use-lessons.ts';

export interface TermSources {
  /** Null while loading. */
  readonly lessons: readonly Lesson[] | null;
  readonly examples: readonly ExampleEntry[] | null;
}

/** The bundled lessons and examples, loaded once the glossary is open (not with the page). */
export function useTermSources(wanted: boolean): TermSources {
  const lessons = useLessons(wanted);
  const [examples, setExamples] = useState<readonly ExampleEntry[] | null>(null);
  useEffect(() => {
    if (!wanted || examples !== null) return;
    let live = true;
    loadExampleIndex()
      .then((list) => live && setExamples(list))
      .catch(() => live && setExamples([]));
    return () => {
      live = false;
    };
  }, [wanted, examples]);
  return { lessons, examples };
}
