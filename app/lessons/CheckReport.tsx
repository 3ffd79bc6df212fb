import type { ConditionResult } from '../../src/lessons/types.ts';
import { explanationSentence } from '../../src/i18n/render/explanation.ts';
import { validationLine } from '../../src/i18n/render/validation.ts';
import type { Translate } from '../../src/i18n/i18n.ts';
import { useCurrentLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { CodeInfo } from '../glossary/TermInfo.tsx';
import type { CheckState } from './lesson-slice.ts';

/**
 * What Check found: a summary (success, or how many conditions still fail) in a live `status`,
 * then each condition with "pass" or "fail" in words and, for a failure, the engine's code and
 * sentence for what blocks. Marked stale once the design changes after the check.
 */
export function CheckReport({ check }: { readonly check: CheckState }) {
  const t = useT();
  const language = useCurrentLanguage();
  const revision = useEditor((state) => state.revision);
  if (check.status === 'idle') return null;
  if (check.status === 'checking') {
    return (
      <p role="status" className="muted">
        {t('lessonPanel:checking')}
      </p>
    );
  }
  if (check.status === 'failed') {
    return <p role="alert">{t('lessonPanel:checkFailed', { why: check.message })}</p>;
  }
  const { result } = check;
  const failing = result.results.filter((r) => !r.pass).length;
  const firstError = result.errors[0] ? validationLine(result.errors[0], language) : '';
  return (
    <div className="lesson-report">
      <p role="status" className={result.passed ? 'lesson-passed' : 'lesson-failed'}>
        {result.passed
          ? `✓ ${t('lessonPanel:passed')}`
          : t('lessonPanel:notYet', { failing, total: result.results.length })}
      </p>
      {check.revision !== revision && <p className="muted">{t('lessonPanel:stale')}</p>}
      {result.errors.length > 0 && (
        <>
          <p>{t('lessonPanel:designErrors')}</p>
          <ul>
            {result.errors.map((error, i) => (
              <li key={i}>{validationLine(error, language)}</li>
            ))}
          </ul>
        </>
      )}
      <ul className="lesson-conditions">
        {result.results.map((condition, i) => (
          <ConditionLine key={i} result={condition} t={t} firstError={firstError} />
        ))}
      </ul>
    </div>
  );
}

interface LineProps {
  readonly result: ConditionResult;
  readonly t: Translate;
  /** The design's first validation error, in the page's language: why an untraced condition was not traced. */
  readonly firstError: string;
}

function ConditionLine({ result, t, firstError }: LineProps) {
  const { from, to, protocol, port, expect } = result.condition;
  const flow = `${from} → ${to} ${String(protocol).toUpperCase()}${port === undefined ? '' : ` ${port}`}`;
  return (
    <li className={result.pass ? 'condition-pass' : 'condition-fail'}>
      <span className="condition-verdict">
        {result.pass ? `✓ ${t('lessonPanel:conditionPass')}` : `✗ ${t('lessonPanel:conditionFail')}`}
      </span>{' '}
      {flow}, {t('lessonPanel:shouldBe', { expect })}
      {!result.pass && <Why result={result} t={t} firstError={firstError} />}
    </li>
  );
}

/** Why a condition fails: the engine's blockers, or what let through traffic that must not pass. */
function Why({ result, t, firstError }: LineProps) {
  const language = useCurrentLanguage();
  if (result.untraced) return <p>{t('lessonPanel:untraced', { error: firstError })}</p>;
  if (result.error !== undefined) return <p>{t('lessonPanel:untraced', { error: result.error })}</p>;
  if (result.verdict === 'allowed') return <p>{t('lessonPanel:allowedButShouldBeBlocked')}</p>;
  return (
    <>
      {result.verdict === 'partial' && <p>{t('lessonPanel:partly')}</p>}
      {result.blockers.map((blocker, i) => (
        <p key={i} className="condition-blocker">
          <code>{blocker.code}</code> <CodeInfo code={blocker.code} /> {explanationSentence(blocker, language).message}
        </p>
      ))}
    </>
  );
}
