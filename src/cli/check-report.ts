import { checkIntents, compileDocument, type IntentResult } from '../engine/index.ts';
import { designFindings } from '../lint/design-findings.ts';
import { indexDocument, type ValidationReport } from '../model/index.ts';
import type { Language } from '../i18n/i18n.ts';
import { explanationSentence } from '../i18n/render/explanation.ts';
import { findingText } from '../i18n/render/finding.ts';
import { issueJson } from './load.ts';

/** One finding as `vpclab check --json` prints it. */
export interface FindingJson {
  readonly code: string;
  readonly resource: string | null;
  readonly severity: 'warning' | 'info';
  readonly message: string;
  readonly path: string | null;
}

/** The JSON of `vpclab check` (scenarios/README.md relies on its shape). */
export interface CheckReport {
  readonly valid: boolean;
  readonly errors: ReturnType<typeof issueJson>[];
  /** Empty when the document is invalid: intents are checked on valid designs only. */
  readonly intents: ReturnType<typeof intentJson>[];
  readonly findings: FindingJson[];
}

/**
 * Validation, intents and findings in one report. Findings are lint's, followed by validation
 * warnings lint does not own (a shadowed id, a stray layout entry); a warning that lint owns
 * (DB_SUBNET_GROUP_SINGLE_AZ, which validation also raises) is reported once, by lint.
 */
export function buildCheckReport(report: ValidationReport, language: Language = 'en'): CheckReport {
  const { document } = report;
  const valid = report.errors.length === 0 && document !== null;
  const index = document ? indexDocument(document) : undefined;
  const intents =
    valid && index
      ? checkIntents(compileDocument(document, index), index, document.intents ?? []).map((intent) =>
          intentJson(intent, language),
        )
      : [];
  const findings: FindingJson[] = designFindings(report, index).map((f) => ({
    code: f.code,
    resource: f.resource,
    severity: f.severity,
    message: findingText(f, language),
    path: f.path ?? null,
  }));
  return { valid, errors: report.errors.map((issue) => issueJson(issue, language)), intents, findings };
}

/** An intent result as JSON: every key present (null when absent), explanations with their fix. */
function intentJson(result: IntentResult, language: Language) {
  return {
    id: result.id,
    from: result.from,
    to: result.to,
    protocol: result.protocol,
    port: result.port ?? null,
    ipVersion: result.ipVersion,
    expect: result.expect,
    verdict: result.verdict,
    pass: result.pass,
    explanations: result.explanations.map((e) => ({
      code: e.code,
      component: e.component,
      path: e.path,
      direction: e.direction ?? null,
      ...explanationSentence(e, language),
      params: e.params,
    })),
    ...(result.passing ? { passing: result.passing } : {}),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
}
