import type { Language } from '../i18n/i18n.ts';
import { translator } from '../i18n/i18n.ts';
import { validationText } from '../i18n/render/validation.ts';
import type { ValidationIssue } from '../model/index.ts';

/** Human-readable validation output in a language: a summary line, then one block per issue. */
export function formatIssues(
  file: string,
  errors: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[],
  language: Language = 'en',
): string {
  const t = translator(language);
  const findings = warnings.length ? `, ${t('cli:issues.findings', { count: warnings.length })}` : '';
  const lines: string[] = [];
  if (errors.length === 0) lines.push(`${t('cli:issues.valid', { file })}${findings}`);
  else lines.push(`${t('cli:issues.errors', { file, count: errors.length })}${findings}`);
  for (const issue of [...errors, ...warnings]) {
    const label = t(issue.severity === 'error' ? 'cli:issues.error' : 'cli:issues.warning');
    const where = [issue.resource ?? t('cli:document'), issue.path].join(' ');
    lines.push(`  ${label}  ${where}`, `         ${validationText(issue, language)}`);
  }
  return lines.join('\n') + '\n';
}
