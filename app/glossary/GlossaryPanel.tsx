import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchTerms, termById, termText, type TermId } from '../../src/glossary/index.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { closeGlossary, GLOSSARY_PANEL_ID, termElementId, useGlossary } from './glossary-store.ts';
import { GlossaryTerm } from './GlossaryTerm.tsx';
import { useTermSources } from './use-term-sources.ts';
import './glossary.css';

/**
 * The Glossary (complementary region "Glossary"): a search box that filters as you type, in
 * both languages at once, and one article per term with its definition, related terms and the
 * lessons and examples that use it. It docks beside the canvas, above the inspector, so the
 * design stays in view. Opened at a term ("Learn more"), it scrolls to the term, highlights it
 * and puts the focus on its heading; Escape closes it and returns the focus to the opener.
 */
const headingOf = (term: TermId) =>
  document.getElementById(termElementId(term))?.querySelector<HTMLElement>('h3') ?? null;

export function GlossaryPanel() {
  const { open, term, request } = useGlossary();
  if (!open) return null;
  return <OpenGlossary term={term} request={request} />;
}

function OpenGlossary({ term, request }: { term: TermId | null; request: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const sources = useTermSources(true);
  const found = useMemo(() => searchTerms(query, termText), [query]);
  const shown = found.map(termById);

  // Opening at a term shows the whole glossary (the search is cleared as the request arrives).
  const [seen, setSeen] = useState(request);
  if (seen !== request) {
    setSeen(request);
    if (term !== null) setQuery('');
  }

  // A plain opening puts the focus in the search box; an opening at a term puts the focus on
  // its heading and scrolls its article to the top of the list.
  useEffect(() => {
    if (term === null) search.current?.focus();
    else headingOf(term)?.focus({ preventScroll: true });
  }, [term, request]);

  // Scrolled again when the lessons and examples arrive: they lengthen the articles above it.
  const loaded = sources.lessons !== null && sources.examples !== null;
  useEffect(() => {
    if (term !== null) document.getElementById(termElementId(term))?.scrollIntoView({ block: 'start' });
  }, [term, request, loaded]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    closeGlossary();
  };

  return (
    <aside
      id={GLOSSARY_PANEL_ID}
      role="complementary"
      aria-labelledby={headingId}
      className="glossary-panel"
      onKeyDown={onKeyDown}
    >
      <header className="glossary-header">
        <h2 id={headingId}>{t('glossary:panel')}</h2>
        <span role="status" className="muted glossary-count">
          {t('glossary:count', { count: shown.length })}
        </span>
        <button
          type="button"
          className="glossary-close"
          aria-label={t('glossary:close')}
          title={t('glossary:close')}
          onClick={closeGlossary}
        >
          ×
        </button>
      </header>
      <input
        ref={search}
        type="search"
        className="glossary-search"
        aria-label={t('glossary:search')}
        placeholder={t('glossary:searchPlaceholder')}
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="glossary-list">
        {shown.length === 0 && <p className="muted">{t('glossary:noMatch', { query: query.trim() })}</p>}
        {shown.map((entry) => (
          <GlossaryTerm
            key={entry.id}
            term={entry}
            language={language}
            highlighted={entry.id === term}
            sources={sources}
          />
        ))}
      </div>
    </aside>
  );
}
