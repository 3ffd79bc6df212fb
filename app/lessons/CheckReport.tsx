import type { ConditionResult } from '../../src/lessons/types.ts';
import { explanationSentence } from '../../src/i18n/render/explanation.ts';
import { validationLine } from '../../src/i18n/render/validation.ts';
import { useCurrentLanguage, useMessages } from '../i18n/use-messages.ts';
import type { Messages } from '../i18n/messages.ts';
import { useEditor } from '../store/store.ts';
import { CodeInfo } from '../glossary/TermInfo.tsx';
import type { CheckState } from './lesson-slice.ts';

/**
 * What Check found: a summary (success, or how many conditions still fail) in a live `status`,
 * then each condition with "pass" or "fail" in words and, for a failure, the engine's code and
 * sentence for what blocks. Marked stale once the design changes after the check.
 */
export function CheckReport({ check }: { readonly check: CheckState }) {
  const t = useMessages();
  const language = useCurrentLanguage();
  const revision = useEditor((state) => state.revision);
  if (check.status === 'idle') return null;
  if (check.status === 'checking') {
    return (
      <p role="status" className="muted">
        {t.lessons.checking}
      </p>
    );
  }
  if (check.status === 'failed') {
    return <p role="alert">{t.lessons.checkFailed(check.message)}</p>;
  }
  const { result } = check;
  const failing = result.results.filter((r) => !r.pass).length;
  const firstError = result.errors[0] ? validationLine(result.errors[0], language) : '';
  return (
    <div className="lesson-report">
      <p role="status" className={result.passed ? 'lesson-passed' : 'lesson-failed'}>
        {result.passed ? `✓ ${t.lessons.passed}` : t.lessons.notYet(failing, result.results.length)}
      </p>
      {check.revision !== revision && <p className="muted">{t.lessons.stale}</p>}
      {result.errors.length > 0 && (
        <>
          <p>{t.lessons.designErrors}</p>
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
  readonly t: Messages;
  /** The design's first validation error, in the page's language: why an untraced condition was not traced. */
  readonly firstError: string;
}

function ConditionLine({ result, t, firstError }: LineProps) {
  const { from, to, protocol, port, expect } = result.condition;
  const flow = `${from} → ${to} ${String(protocol).toUpperCase()}${port === undefined ? '' : ` ${port}`}`;
  return (
    <li className={result.pass ? 'condition-pass' : 'condition-fail'}>
      <span className="condition-verdict">
        {result.pass ? `✓ ${t.lessons.conditionPass}` : `✗ ${t.lessons.conditionFail}`}
      </span>{' '}
      {flow}, {t.lessons.shouldBe(expect)}
      {!result.pass && <Why result={result} t={t} firstError={firstError} />}
    </li>
  );
}

/** Why a condition fails: the engine's blockers, or what let through traffic that must not pass. */
function Why({ result, t, firstError }: LineProps) {
  const language = useCurrentLanguage();
  if (result.untraced) return <p>{t.lessons.untraced(firstError)}</p>;
  if (result.error !== undefined) return <p>{t.lessons.untraced(result.error)}</p>;
  if (result.verdict === 'allowed') return <p>{t.lessons.allowedButShouldBeBlocked}</p>;
  return (
    <>
      {result.verdict === 'partial' && <p>{t.lessons.partly}</p>}
      {result.blockers.map((blocker, i) => (
        <p key={i} className="condition-blocker">
          <code>{blocker.code}</code> <CodeInfo code={blocker.code} /> {explanationSentence(blocker, language).message}
        </p>
      ))}
    </>
  );
}
