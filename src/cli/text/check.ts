import type { Language } from '../../i18n/i18n.ts';
import { translator } from '../../i18n/i18n.ts';
import type { CheckReport } from '../check-report.ts';
import { passingText } from './passing.ts';

/**
 * The readable check report in a language: a summary line, errors, failing intents with their
 * principal blocker, then findings. The report's messages are already in that language.
 */
export function formatCheck(file: string, report: CheckReport, language: Language = 'en'): string[] {
  const t = translator(language);
  const failing = report.intents.filter((intent) => !intent.pass);
  const lines = [summary(file, report, failing.length, language)];
  for (const error of report.errors) {
    lines.push(
      `  ${t('cli:issues.error').padEnd(7)}  ${error.resource ?? t('cli:document')} ${error.path}`,
      `           ${error.message}`,
    );
  }
  for (const intent of failing) {
    const port = intent.port === null ? '' : ` ${intent.port}`;
    const flow = `${intent.from} -> ${intent.to} ${intent.protocol}${port}`;
    const expected = t('cli:check.expected', {
      id: intent.id,
      flow,
      expect: t('cli:verdictWord', { verdict: intent.expect }),
      verdict: t('cli:verdictWord', { verdict: intent.verdict }),
    });
    lines.push(`  ${t('cli:check.fail').padEnd(7)}  ${expected}`);
    lines.push(...why(intent, language));
  }
  for (const finding of report.findings) {
    const severity = t(finding.severity === 'warning' ? 'cli:issues.warning' : 'cli:issues.info');
    lines.push(`  ${severity.padEnd(7)}  ${finding.code} ${finding.resource ?? t('cli:document')}`);
    lines.push(`           ${finding.message}`);
  }
  return lines;
}

/** Why an intent failed: the engine's error, what passes of a partial flow, or the principal blocker. */
function why(intent: CheckReport['intents'][number], language: Language): string[] {
  const t = translator(language);
  if (intent.error !== undefined) return [`           ${intent.error}`];
  const lines: string[] = [];
  if (intent.passing) lines.push(`           ${t('cli:check.passes', { passing: passingText(intent.passing) })}`);
  const blocker = intent.explanations[0];
  if (intent.verdict === 'allowed') {
    lines.push(`           ${t('cli:check.nothingBlocks')}`);
  } else if (blocker && intent.expect === 'allowed') {
    const where = [
      t('cli:path', { path: blocker.path }),
      ...(blocker.direction ? [t('cli:direction', { direction: blocker.direction })] : []),
    ].join(', ');
    lines.push(
      `           ${t('cli:check.blocker', { code: blocker.code, component: blocker.component, where, message: blocker.message })}`,
    );
    lines.push(`           ${t('cli:check.fix', { fix: blocker.fix })}`);
  }
  return lines;
}

function summary(file: string, report: CheckReport, failing: number, language: Language): string {
  const t = translator(language);
  const findings = t('cli:issues.findings', { count: report.findings.length });
  if (!report.valid) return t('cli:check.invalid', { file, errors: report.errors.length, findings });
  const intents = report.intents.length;
  return t('cli:check.summary', { file, failing, intents, passing: intents - failing, findings });
}
