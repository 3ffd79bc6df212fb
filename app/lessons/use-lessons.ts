import { useEffect, useState } from 'react';
import type { Lesson } from '../../src/lessons/types.ts';
import { loadLessons } from './load-lessons.ts';

/** The lessons once `wanted` (a list is shown): null while loading, empty when they failed to load. */
export function useLessons(wanted: boolean): readonly Lesson[] | null {
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);
  useEffect(() => {
    if (!wanted || lessons !== null) return;
    let live = true;
    loadLessons()
      .then((list) => live && setLessons(list))
      .catch(() => live && setLessons([]));
    return () => {
      live = false;
    };
  }, [wanted, lessons]);
  return lessons;
}
