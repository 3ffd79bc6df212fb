import { useCurrentLanguage } from '../i18n/language-store.ts';
import { explanationSentence } from '../../src/i18n/render/explanation.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { useCurrentLessonIntents } from './lesson-intents.ts';

/**
 * The open lesson's success conditions at the top of the Intents tab, marked as the lesson's
 * and read-only (no Edit or Delete: they are what Check decides by), each passing or failing.
 */
export function LessonIntentsList() {
  const t = useT();
  const language = useCurrentLanguage();
  const lesson = useEditor((state) => state.lesson);
  const results = useCurrentLessonIntents();
  if (!lesson) return null;
  const heading = t('lessonAuthoring:intents.heading');
  return (
    <section className="lesson-intents" aria-label={heading}>
      <h3>
        {heading} <span className="muted">· {lesson.title[language]}</span>
      </h3>
      <ul className="intent-list">
        {lesson.intents.map((condition, i) => {
          const result = results?.[i];
          const flow = t('lessonAuthoring:intents.flow', {
            from: condition.from,
            to: condition.to,
            protocol: String(condition.protocol),
            port: condition.port === undefined ? 'none' : String(condition.port),
          });
          return (
            <li key={i} className={`intent ${result ? (result.pass ? 'intent-pass' : 'intent-fail') : ''}`}>
              <span className="intent-status">
                {result
                  ? `${result.pass ? '✓' : '✗'} ${t(result.pass ? 'lessonAuthoring:intents.pass' : 'lessonAuthoring:intents.fail')}`
                  : t('lessonAuthoring:intents.checking')}
              </span>
              <span className="intent-flow">
                {flow} ({t('lessonAuthoring:intents.expect', { expect: condition.expect })})
              </span>
              {result && !result.pass && result.blockers[0] && (
                <span className="intent-blocker">
                  <code>{result.blockers[0].code}</code> {explanationSentence(result.blockers[0], language).message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
