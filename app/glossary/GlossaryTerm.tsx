import { termById, termText, type Term } from '../../src/glossary/index.ts';
import type { Language } from '../../src/i18n/i18n.ts';
import { loadExample } from '../document/examples.ts';
import { applyOutcome } from '../document/startup.ts';
import { exampleTitle } from '../layout/example-title.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { termElementId, useGlossary } from './glossary-store.ts';
import { examplesOfTerm, lessonsOfTerm } from './term-sources.ts';
import type { TermSources } from './use-term-sources.ts';

/** Moves the open glossary to another term (a related-term link), keeping who opened it. */
function goToTerm(id: Term['id']) {
  useGlossary.setState((state) => ({ term: id, request: state.request + 1 }));
}

/**
 * One term: an article named by its heading, the definition, then links to related terms and
 * buttons that open the lessons and examples using it, as the Lessons list and the Examples
 * menu open them.
 */
export function GlossaryTerm({
  term,
  language,
  highlighted,
  sources,
}: {
  term: Term;
  language: Language;
  highlighted: boolean;
  sources: TermSources;
}) {
  const t = useT();
  const { name, definition } = termText(term.id, language);
  const headingId = `${termElementId(term.id)}-name`;
  const lessons = sources.lessons && lessonsOfTerm(term, sources.lessons);
  const examples = sources.examples && examplesOfTerm(term, sources.examples);
  const loading = <span className="muted">{t('glossary:loadingLinks')}</span>;
  return (
    <article
      id={termElementId(term.id)}
      aria-labelledby={headingId}
      className={`glossary-term${highlighted ? ' is-highlighted' : ''}`}
    >
      <h3 id={headingId} tabIndex={-1}>
        {name}
      </h3>
      <p className="glossary-definition">{definition}</p>
      {term.related.length > 0 && (
        <p className="glossary-links">
          <span className="glossary-links-label">{t('glossary:related')}:</span>{' '}
          {term.related.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a
                href={`#${termElementId(id)}`}
                onClick={(event) => {
                  // The page's fragment carries shared designs and lessons: never change it here.
                  event.preventDefault();
                  goToTerm(termById(id).id);
                }}
              >
                {termText(id, language).name}
              </a>
            </span>
          ))}
        </p>
      )}
      {(lessons === null ? term.lessons.length > 0 : lessons.length > 0) && (
        <div className="glossary-links">
          <span className="glossary-links-label">{t('glossary:lessons')}:</span>{' '}
          {lessons === null
            ? loading
            : lessons.map((lesson) => (
                <button
                  key={lesson.id}
                  type="button"
                  className="glossary-open"
                  onClick={() => useEditor.getState().openLesson(lesson)}
                >
                  {lesson.title[language]}
                </button>
              ))}
        </div>
      )}
      {(examples === null ? term.examples.length > 0 : examples.length > 0) && (
        <div className="glossary-links">
          <span className="glossary-links-label">{t('glossary:examples')}:</span>{' '}
          {examples === null
            ? loading
            : examples.map((entry) => (
                <button
                  key={entry.file}
                  type="button"
                  className="glossary-open"
                  onClick={() => void loadExample(entry.file).then(applyOutcome)}
                >
                  {exampleTitle(t, entry)}
                </button>
              ))}
        </div>
      )}
    </article>
  );
}
