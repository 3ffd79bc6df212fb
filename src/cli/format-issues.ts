import type { ValidationIssue } from '../model/index.ts';

/** Human-readable validation output: a summary line, then one block per issue. */
export function formatIssues(
  file: string,
  errors: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[],
): string {
  const lines: string[] = [];
  if (errors.length === 0) {
    lines.push(`${file}: valid${warnings.length ? `, ${plural(warnings.length, 'finding')}` : ''}`);
  } else {
    lines.push(
      `${file}: ${plural(errors.length, 'error')}${warnings.length ? `, ${plural(warnings.length, 'finding')}` : ''}`,
    );
  }
  for (const issue of [...errors, ...warnings]) {
    const label = issue.severity === 'error' ? 'error' : 'warning';
    const where = [issue.resource ?? '(document)', issue.path].join(' ');
    lines.push(`  ${label}  ${where}`, `         ${issue.message}`);
  }
  return lines.join('\n') + '\n';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
