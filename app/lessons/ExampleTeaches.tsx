import { exampleTitle } from '../layout/example-title.ts';
import { useCurrentLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { useAuthoring } from './authoring/authoring-store.ts';
import { dismissTeaches, useExampleTeaches } from './example-teaches.ts';

/**
 * What the example just opened teaches: a small strip where the Lesson panel docks (beside the
 * canvas, above the inspector, never over the design), in the page's language when the index
 * has it. × dismisses it; opening another design or a lesson puts it away.
 */
export function ExampleTeaches() {
  const t = useT();
  const language = useCurrentLanguage();
  const { entry, replacements } = useExampleTeaches();
  const current = useEditor((state) => state.replacements === replacements && state.lesson === null);
  // The lesson being made takes this place while its start is prepared.
  const breaking = useAuthoring((state) => state.phase === 'breaking');
  if (!entry?.teaches || !current || breaking) return null;
  const text = language === 'ja' ? (entry.ja?.teaches ?? entry.teaches) : entry.teaches;
  const label = t('lessonAuthoring:teaches.label');
  return (
    <section className="example-teaches" aria-label={label}>
      <header className="lesson-header">
        <h2>
          <span className="example-teaches-label">{label}</span> {exampleTitle(t, entry)}
        </h2>
        <button
          type="button"
          className="lesson-close"
          aria-label={t('lessonAuthoring:teaches.dismiss')}
          title={t('lessonAuthoring:teaches.dismiss')}
          onClick={dismissTeaches}
        >
          ×
        </button>
      </header>
      <p lang={language === 'ja' && entry.ja?.teaches ? 'ja' : 'en'}>{text}</p>
    </section>
  );
}
