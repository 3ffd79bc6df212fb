import type { CheckReport } from '../check-report.ts';
import { passingText } from './passing.ts';

/** The readable check report: a summary line, errors, failing intents with their principal blocker, then findings. */
export function formatCheck(file: string, report: CheckReport): string[] {
  const failing = report.intents.filter((intent) => !intent.pass);
  const lines = [summary(file, report, failing.length)];
  for (const error of report.errors) {
    lines.push(`  error    ${error.resource ?? '(document)'} ${error.path}`, `           ${error.message}`);
  }
  for (const intent of failing) {
    const port = intent.port === null ? '' : ` ${intent.port}`;
    lines.push(
      `  FAIL     ${intent.id}: ${intent.from} -> ${intent.to} ${intent.protocol}${port}: expected ${intent.expect}, got ${intent.verdict}`,
    );
    lines.push(...why(intent));
  }
  for (const finding of report.findings) {
    lines.push(`  ${finding.severity.padEnd(7)}  ${finding.code} ${finding.resource ?? '(document)'}`);
    lines.push(`           ${finding.message}`);
  }
  return lines;
}

/** Why an intent failed: the engine's error, what passes of a partial flow, or the principal blocker. */
function why(intent: CheckReport['intents'][number]): string[] {
  if (intent.error !== undefined) return [`           ${intent.error}`];
  const lines: string[] = [];
  if (intent.passing) {
    lines.push(`           Passes: ${passingText(intent.passing)}`);
  }
  const blocker = intent.explanations[0];
  if (intent.verdict === 'allowed') {
    lines.push('           Nothing blocks it; tighten a security group, network ACL or route to block it.');
  } else if (blocker && intent.expect === 'allowed') {
    const where = [blocker.path, blocker.direction].filter(Boolean).join(', ');
    lines.push(`           ${blocker.code} at ${blocker.component} (${where}): ${blocker.message}`);
    lines.push(`           Fix: ${blocker.fix}`);
  }
  return lines;
}

function summary(file: string, report: CheckReport, failing: number): string {
  const findings = plural(report.findings.length, 'finding');
  if (!report.valid) {
    return `${file}: invalid, ${plural(report.errors.length, 'error')} (intents not checked), ${findings}`;
  }
  const intents = report.intents.length;
  const verdict = failing === 0 ? 'OK' : 'FAILED';
  return `${file}: ${verdict}, valid, ${plural(intents, 'intent')}${intents ? ` (${intents - failing} pass, ${failing} fail)` : ''}, ${findings}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
