import { useEffect, useId } from 'react';
import type { Lesson } from '../../src/lessons/types.ts';
import { useCurrentLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { useAuthoring } from './authoring/authoring-store.ts';
import { useProgress } from './progress.ts';
import { useYourLessons } from './your-lessons.ts';

/**
 * The lists inside the Lessons popover: how many are completed, the bundled lessons, then the
 * person's own, each a button named by its title whose text says "Completed" once passed,
 * and "Make a lesson from this design". `onChoose` closes the popover.
 */
export function LessonList({
  bundled,
  onChoose,
}: {
  readonly bundled: readonly Lesson[] | null;
  readonly onChoose: () => void;
}) {
  const t = useT();
  const completed = useProgress((state) => state.completed);
  const yours = useYourLessons((state) => state.lessons);
  useEffect(() => {
    void useYourLessons.getState().load();
  }, []);
  const all = [...(bundled ?? []), ...(yours ?? [])];
  const done = all.filter((lesson) => completed.has(lesson.id)).length;
  const open = (lesson: Lesson) => {
    onChoose();
    useEditor.getState().openLesson(lesson);
  };

  return (
    <>
      {bundled !== null && (
        <p className="lesson-count muted">{t('lessonAuthoring:progress.count', { done, total: all.length })}</p>
      )}
      <ol>
        {bundled?.map((lesson) => (
          <LessonItem key={lesson.id} lesson={lesson} onOpen={() => open(lesson)} />
        ))}
      </ol>
      {yours !== null && yours.length > 0 && (
        <section aria-label={t('lessonAuthoring:progress.yours')}>
          <h3 className="lesson-list-group">{t('lessonAuthoring:progress.yours')}</h3>
          <ol>
            {yours.map((lesson) => (
              <LessonItem key={lesson.id} lesson={lesson} onOpen={() => open(lesson)} removable />
            ))}
          </ol>
        </section>
      )}
      <div className="lesson-list-actions">
        <button
          type="button"
          onClick={() => {
            onChoose();
            useAuthoring.getState().start();
          }}
        >
          {t('lessonAuthoring:form.open')}
        </button>
      </div>
    </>
  );
}

/** One lesson: named by its title; "Completed" and a tick describe it once passed. */
function LessonItem(props: { readonly lesson: Lesson; readonly onOpen: () => void; readonly removable?: boolean }) {
  const { lesson, onOpen, removable } = props;
  const t = useT();
  const language = useCurrentLanguage();
  const current = useEditor((state) => state.lesson?.id === lesson.id);
  const passed = useProgress((state) => state.completed.has(lesson.id));
  const id = useId();
  const title = lesson.title[language];
  return (
    <li className={removable ? 'lesson-item is-yours' : 'lesson-item'}>
      <button
        type="button"
        aria-current={current ? 'true' : undefined}
        aria-labelledby={`${id}-title`}
        aria-describedby={passed ? `${id}-done` : undefined}
        onClick={onOpen}
      >
        <span id={`${id}-title`}>{title}</span>
        {passed && (
          <span id={`${id}-done`} className="lesson-completed">
            <span aria-hidden="true">✓ </span>
            {t('lessonAuthoring:progress.completed')}
          </span>
        )}
      </button>
      {removable && (
        <button
          type="button"
          className="lesson-remove"
          aria-label={t('lessonAuthoring:progress.remove', { title })}
          title={t('lessonAuthoring:progress.remove', { title })}
          onClick={() => void useYourLessons.getState().remove(lesson.id)}
        >
          ×
        </button>
      )}
    </li>
  );
}
