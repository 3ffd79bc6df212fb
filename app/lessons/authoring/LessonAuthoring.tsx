import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAuthoring } from './authoring-store.ts';
import { LessonForm } from './LessonForm.tsx';
import './lesson-form.css';

/**
 * The lesson being made: the form, or, while the teacher breaks the design to make the start,
 * a panel where the Lesson panel docks (beside the canvas, not over the design) (region "Lesson in progress") with "Use the current design as the
 * start" and "Back to the form". Renders nothing when no lesson is being made.
 */
export function LessonAuthoring() {
  const phase = useAuthoring((state) => state.phase);
  const draft = useAuthoring((state) => state.draft);
  if (!draft || phase === 'closed') return null;
  return phase === 'form' ? <LessonForm draft={draft} /> : <BreakingBar />;
}

function BreakingBar() {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // The bar takes the focus as the form closes, so a keyboard user knows where they are.
  useEffect(() => heading.current?.focus(), []);
  const { useCurrentAsStart, backToForm, close } = useAuthoring.getState();
  return (
    <section className="lesson-breaking" aria-label={t('lessonAuthoring:form.inProgress')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('lessonAuthoring:form.inProgress')}
      </h2>
      <p>{t('lessonAuthoring:form.inProgressText')}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={close}>
          {t('lessonAuthoring:form.cancel')}
        </button>
        <button type="button" onClick={backToForm}>
          {t('lessonAuthoring:form.backToForm')}
        </button>
        <button type="button" className="primary" onClick={useCurrentAsStart}>
          {t('lessonAuthoring:form.useStart')}
        </button>
      </div>
    </section>
  );
}
