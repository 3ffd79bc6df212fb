import { useEffect, useState } from 'react';
import { validationLine } from '../../../src/i18n/render/validation.ts';
import type { LocalizedText } from '../../../src/lessons/types.ts';
import { downloadText } from '../../document/download.ts';
import { translator, type Language } from '../../../src/i18n/i18n.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { ModalDialog } from '../../layout/ModalDialog.tsx';
import { loadLessons } from '../load-lessons.ts';
import { useYourLessons } from '../your-lessons.ts';
import { useAuthoring } from './authoring-store.ts';
import { fileOfDraft, flowOf, intentsOf, lessonId, MAX_HINTS, type DraftProblem, type LessonDraft } from './draft.ts';
import { lessonLink } from './lesson-link.ts';
import { allProblems, checkDraft, type DraftChecks } from './lesson-readiness.ts';
import './lesson-form.css';

type Outcome =
  | { readonly kind: 'problems'; readonly problems: readonly DraftProblem[] }
  | { readonly kind: 'saved'; readonly title: string }
  | { readonly kind: 'link'; readonly link: string; readonly copied: boolean }
  | { readonly kind: 'exported' }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * "Make a lesson from this design": a modal form with labelled fields for the texts in both
 * languages and 1 to 6 hints, the success conditions (the design's intents) with how the
 * solution and the start fare against them, and Save, Export lesson and Copy lesson link. Each
 * action first checks the whole draft and lists every problem, naming its field.
 */
export function LessonForm({ draft }: { readonly draft: LessonDraft }) {
  const t = useT();
  const language = useCurrentLanguage();
  const authoring = useAuthoring.getState();
  const [checks, setChecks] = useState<DraftChecks | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [id, setId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const intents = intentsOf(draft);

  // The designs' results show beside the intents as soon as the form opens or the start is taken.
  useEffect(() => {
    let live = true;
    checkDraft(draft)
      .then((result) => live && setChecks(result))
      .catch(() => live && setChecks(null));
    return () => {
      live = false;
    };
  }, [draft.solution, draft.start, draft]);

  /** Checks the whole draft; on success gives its file (with an id kept for this draft). */
  const prepare = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const fresh = await checkDraft(draft);
      setChecks(fresh);
      const problems = allProblems(draft, fresh);
      if (problems.length > 0) {
        setOutcome({ kind: 'problems', problems });
        return null;
      }
      let lesson = id;
      if (lesson === null) {
        const taken = new Set([
          ...(await loadLessons().catch(() => [])).map((l) => l.id),
          ...(useYourLessons.getState().lessons ?? []).map((l) => l.id),
        ]);
        lesson = lessonId(draft.title.en, taken);
        setId(lesson);
      }
      return fileOfDraft(draft, lesson);
    } catch (error) {
      setOutcome({ kind: 'failed', why: error instanceof Error ? error.message : String(error) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const file = await prepare();
    if (!file) return;
    await useYourLessons.getState().add(file);
    setOutcome({ kind: 'saved', title: file.title[language] });
  };
  const exportFile = async () => {
    const file = await prepare();
    if (!file) return;
    downloadText(`${JSON.stringify(file, null, 2)}\n`, `${file.id}.vpclab-lesson.json`);
    setOutcome({ kind: 'exported' });
  };
  const copyLink = async () => {
    const file = await prepare();
    if (!file) return;
    const link = lessonLink(file);
    setOutcome({ kind: 'link', link, copied: false });
    try {
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: 'link', link, copied: true });
    } catch {
      // Clipboard access needs permission in some browsers; the field still has the link.
    }
  };

  const textFields = (field: 'title' | 'goal', label: 'lessonTitle' | 'goal') =>
    (['en', 'ja'] as const).map((lang) => (
      <TextField
        key={`${field}-${lang}`}
        label={t(`lessonAuthoring:form.${label}`, { language: languageName(lang) })}
        value={draft[field][lang]}
        multiline={field === 'goal'}
        lang={lang}
        onChange={(value) => authoring.edit({ [field]: { ...draft[field], [lang]: value } })}
      />
    ));

  return (
    <ModalDialog
      role="dialog"
      title={t('lessonAuthoring:form.title')}
      description={t('lessonAuthoring:form.description')}
      onCancel={() => authoring.close()}
    >
      <form
        className="lesson-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>{t('lessonAuthoring:form.texts')}</legend>
          <div className="lesson-form-pair">{textFields('title', 'lessonTitle')}</div>
          <div className="lesson-form-pair">{textFields('goal', 'goal')}</div>
        </fieldset>

        <fieldset>
          <legend>{t('lessonAuthoring:form.hints')}</legend>
          {draft.hints.map((hint, i) => (
            <HintFields key={i} n={i + 1} hint={hint} canRemove={draft.hints.length > 1} />
          ))}
          <button type="button" onClick={() => authoring.addHint()} disabled={draft.hints.length >= MAX_HINTS}>
            {t('lessonAuthoring:form.addHint')}
          </button>
        </fieldset>

        <section aria-label={t('lessonAuthoring:form.intentsHeading')}>
          <h3>{t('lessonAuthoring:form.intentsHeading')}</h3>
          {intents.length === 0 ? (
            <p className="lesson-form-warning">{t('lessonAuthoring:form.noIntents')}</p>
          ) : (
            <ul className="lesson-form-intents">
              {intents.map((intent, i) => {
                const result = checks?.solution.results[i];
                return (
                  <li key={intent.id}>
                    <span className="intent-flow">{flowOf(intent)}</span>{' '}
                    {t('lessonAuthoring:intents.expect', { expect: intent.expect })}
                    {result && (
                      <span className={result.pass ? 'form-pass' : 'form-fail'}>
                        {' '}
                        {result.pass ? '✓' : '✗'}{' '}
                        {t('lessonAuthoring:form.solutionResult', { verdict: result.pass ? 'pass' : 'fail' })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-label={t('lessonAuthoring:form.solutionHeading')}>
          <h3>{t('lessonAuthoring:form.solutionHeading')}</h3>
          <p>
            {t('lessonAuthoring:form.solutionSummary', {
              name: draft.solution.name ?? '—',
              count: draft.solution.resources.length,
            })}{' '}
            {checks?.solution.passed && t('lessonAuthoring:form.solutionPasses')}
          </p>
        </section>

        <section aria-label={t('lessonAuthoring:form.startHeading')}>
          <h3>{t('lessonAuthoring:form.startHeading')}</h3>
          {draft.start ? (
            <p>
              {t('lessonAuthoring:form.startCaptured', {
                name: draft.start.name ?? '—',
                count: draft.start.resources.length,
              })}{' '}
              {checks?.start && !checks.start.passed
                ? t('lessonAuthoring:form.startFails', { count: checks.start.results.filter((r) => !r.pass).length })
                : ''}
            </p>
          ) : (
            <p className="muted">{t('lessonAuthoring:form.noStart')}</p>
          )}
          <button type="button" onClick={() => authoring.breakDesign()}>
            {t('lessonAuthoring:form.breakDesign')}
          </button>
        </section>

        <div className="lesson-form-footer">
          <Outcome outcome={outcome} busy={busy} />
          <div className="dialog-buttons">
            <button type="button" onClick={() => authoring.close()}>
              {t(outcome?.kind === 'saved' ? 'lessonAuthoring:form.close' : 'lessonAuthoring:form.cancel')}
            </button>
            <button type="button" onClick={() => void exportFile()} aria-busy={busy}>
              {t('lessonAuthoring:form.export')}
            </button>
            <button type="button" onClick={() => void copyLink()} aria-busy={busy}>
              {t('lessonAuthoring:form.copyLink')}
            </button>
            <button type="submit" className="primary" aria-busy={busy}>
              {t('lessonAuthoring:form.save')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}

function TextField(props: {
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly lang: string;
  readonly onChange: (value: string) => void;
}) {
  const { label, value, multiline, lang, onChange } = props;
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea lang={lang} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" lang={lang} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </label>
  );
}

function HintFields({
  n,
  hint,
  canRemove,
}: {
  readonly n: number;
  readonly hint: LocalizedText;
  readonly canRemove: boolean;
}) {
  const t = useT();
  const authoring = useAuthoring.getState();
  return (
    <div className="lesson-form-hint">
      {(['en', 'ja'] as const).map((lang) => (
        <TextField
          key={lang}
          label={t('lessonAuthoring:form.hint', { n, language: languageName(lang) })}
          value={hint[lang]}
          multiline
          lang={lang}
          onChange={(value) => authoring.setHint(n - 1, { ...hint, [lang]: value })}
        />
      ))}
      {canRemove && (
        <button type="button" onClick={() => authoring.removeHint(n - 1)}>
          {t('lessonAuthoring:form.removeHint', { n })}
        </button>
      )}
    </div>
  );
}

/** What the last action came to: every problem (naming its field), the saved title, or the link. */
function Outcome({ outcome, busy }: { readonly outcome: Outcome | null; readonly busy: boolean }) {
  const t = useT();
  if (busy) return <p role="status">{t('lessonAuthoring:form.checking')}</p>;
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'problems':
      return (
        <div role="alert" className="lesson-form-problems">
          <p>{t('lessonAuthoring:form.problems', { count: outcome.problems.length })}</p>
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>
                <ProblemText problem={problem} />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return <p role="alert">{t('lessonAuthoring:form.checkFailed', { why: outcome.why })}</p>;
    case 'saved':
      return <p role="status">{t('lessonAuthoring:form.saved', { title: outcome.title })}</p>;
    case 'exported':
      return null;
    case 'link':
      return (
        <div className="lesson-form-link">
          <label className="field">
            <span>{t('lessonAuthoring:form.link')}</span>
            <input type="text" readOnly value={outcome.link} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <p role="status" className="muted">
            {t(outcome.copied ? 'lessonAuthoring:form.copied' : 'lessonAuthoring:form.copyByHand')}
          </p>
        </div>
      );
  }
}

/** A language's name in that language (a teacher finds their own whatever the page shows). */
function languageName(language: Language): string {
  return translator(language)('common:languageName');
}

function ProblemText({ problem }: { readonly problem: DraftProblem }) {
  const t = useT();
  const pageLanguage = useCurrentLanguage();
  switch (problem.key) {
    case 'missingText': {
      const language = languageName(problem.language);
      const field =
        problem.field === 'title'
          ? t('lessonAuthoring:form.lessonTitle', { language })
          : problem.field === 'goal'
            ? t('lessonAuthoring:form.goal', { language })
            : t('lessonAuthoring:form.hint', { n: problem.n ?? 1, language });
      return <>{t('lessonAuthoring:form.missingText', { field })}</>;
    }
    case 'solutionFails':
      return <>{t('lessonAuthoring:form.solutionFails', { flow: problem.flow })}</>;
    case 'solutionInvalid':
      return <>{t('lessonAuthoring:form.solutionInvalid', { why: validationLine(problem.why, pageLanguage) })}</>;
    default:
      return <>{t(`lessonAuthoring:form.${problem.key}`)}</>;
  }
}
