import { useEffect, useRef, useState } from 'react';
import { useCurrentLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { CheckReport } from './CheckReport.tsx';
import { NextLesson } from './NextLesson.tsx';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/store.ts';
import './lessons.css';

/**
 * The open lesson (region "Lesson"): its goal, the hints revealed so far with a Hint button for
 * the next, and Check with its report. It docks above the inspector, beside the canvas, so the
 * learner sees the whole design and the lesson at once; "Collapse lesson" folds it to its
 * title to give the inspector room, and "Close lesson" puts it away.
 */
export function LessonPanel() {
  const t = useT();
  const language = useCurrentLanguage();
  const { lesson, hintsShown, check, opened } = useEditor(
    useShallow((s) => ({ lesson: s.lesson, hintsShown: s.hintsShown, check: s.check, opened: s.opened })),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // Collapsed for the lesson opened as `opened`: opening another lesson shows it whole.
  const [collapsedFor, setCollapsedFor] = useState<number | null>(null);
  const collapsed = collapsedFor === opened;

  // A lesson the person opens takes the focus, so keyboard and screen reader users land on it
  // (a lesson restored after a reload does not steal it).
  useEffect(() => {
    if (opened > 0) heading.current?.focus();
  }, [opened]);

  if (!lesson) return null;
  const hints = lesson.hints.slice(0, hintsShown);
  const allHintsShown = hintsShown >= lesson.hints.length;
  return (
    <section className={`lesson-panel${collapsed ? ' is-collapsed' : ''}`} aria-label={t('lessonPanel:panel')}>
      <header className="lesson-header">
        <h2 ref={heading} tabIndex={-1}>
          {lesson.title[language]}
        </h2>
        <button
          type="button"
          className="lesson-close"
          aria-expanded={!collapsed}
          aria-controls="lesson-body"
          aria-label={collapsed ? t('lessonPanel:expand') : t('lessonPanel:collapse')}
          title={collapsed ? t('lessonPanel:expand') : t('lessonPanel:collapse')}
          onClick={() => setCollapsedFor(collapsed ? null : opened)}
        >
          {collapsed ? '▾' : '▴'}
        </button>
        <button
          type="button"
          className="lesson-close"
          aria-label={t('lessonPanel:close')}
          title={t('lessonPanel:close')}
          onClick={() => useEditor.getState().closeLesson()}
        >
          ×
        </button>
      </header>
      <div id="lesson-body" hidden={collapsed}>
        <h3>{t('lessonPanel:goal')}</h3>
        <p className="lesson-goal">{lesson.goal[language]}</p>
        {hints.length > 0 && (
          <ol className="lesson-hints" aria-label={t('lessonPanel:hint')}>
            {hints.map((hint, i) => (
              <li key={i}>{hint[language]}</li>
            ))}
          </ol>
        )}
        <div className="lesson-actions">
          <button
            type="button"
            aria-disabled={allHintsShown}
            aria-describedby="lesson-hint-count"
            onClick={() => useEditor.getState().revealHint()}
          >
            {t('lessonPanel:hint')}
          </button>
          <span id="lesson-hint-count" className="muted">
            {allHintsShown
              ? t('lessonPanel:noMoreHints')
              : t('lessonPanel:hintCount', { shown: hintsShown, total: lesson.hints.length })}
          </span>
          <button
            type="button"
            className="primary"
            aria-busy={check.status === 'checking'}
            onClick={() => void useEditor.getState().runCheck()}
          >
            {t('lessonPanel:check')}
          </button>
        </div>
        <CheckReport check={check} />
        <NextLesson check={check} />
      </div>
    </section>
  );
}
