import { useEffect, useRef, useState } from 'react';
import { useCloseOnOutside } from '../layout/use-close-on-outside.ts';
import { useT } from '../i18n/use-t.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';
import { LessonList } from './LessonList.tsx';
import { useLessons } from './use-lessons.ts';

const LIST_ID = 'lesson-list';

/**
 * Lessons: a disclosure button over the lesson list, one button per lesson named by its title.
 * Choosing one loads its starting design and opens the Lesson panel; Escape or a click
 * elsewhere closes the list.
 */
export function LessonsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  // A lesson loads its own design: not over a room on a view-only page.
  const readOnly = useReadOnly();
  const lessons = useLessons(open);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useCloseOnOutside(open, [list, button], () => setOpen(false));

  // Opening moves the focus into the list; the lessons arriving later must not pull it back to
  // the first one from where the person has tabbed meanwhile.
  useEffect(() => {
    if (!open || list.current?.contains(document.activeElement)) return;
    list.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open, lessons]);

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? LIST_ID : undefined}
        disabled={readOnly}
        onClick={() => setOpen((was) => !was)}
      >
        {t('topBar:lessons')}
      </button>
      {open && (
        <div
          ref={list}
          id={LIST_ID}
          role="group"
          aria-label={t('lessonPanel:list')}
          className="top-bar-popover menu lesson-list"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setOpen(false);
            button.current?.focus();
          }}
        >
          {lessons === null && <p className="muted">{t('lessonPanel:loading')}</p>}
          <LessonList bundled={lessons} onChoose={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
