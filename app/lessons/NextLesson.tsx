import { useEffect, useState } from 'react';
import type { Lesson } from '../../src/lessons/types.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import type { CheckState } from './lesson-slice.ts';
import { nextUnfinished, useProgress } from './progress.ts';
import { allLessons } from './your-lessons.ts';

/**
 * "Next lesson", shown once Check passes: opens the next lesson in list order not yet
 * completed. When every other lesson is completed it says so instead.
 */
export function NextLesson({ check }: { readonly check: CheckState }) {
  const t = useT();
  const current = useEditor((state) => state.lesson?.id);
  const completed = useProgress((state) => state.completed);
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);
  const passed = check.status === 'done' && check.result.passed;
  useEffect(() => {
    if (!passed) return;
    let live = true;
    void allLessons().then((list) => live && setLessons(list));
    return () => {
      live = false;
    };
  }, [passed]);
  if (!passed || current === undefined || lessons === null) return null;
  const next = nextUnfinished(lessons, current, completed);
  if (!next) return <p className="lesson-all-done">{t('lessonAuthoring:progress.allDone')}</p>;
  return (
    <div className="lesson-next">
      <button type="button" className="primary" onClick={() => useEditor.getState().openLesson(next)}>
        {t('lessonAuthoring:progress.nextLesson')}
      </button>
    </div>
  );
}
