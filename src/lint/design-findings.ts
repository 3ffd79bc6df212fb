import { indexDocument, type DocumentIndex, type ValidationReport } from '../model/index.ts';
import { lintDocument, LINT_CODES } from './index.ts';
import type { Finding } from './types.ts';

/** A finding of the design as a whole; validation warnings may concern no single resource. */
export interface DesignFinding extends Omit<Finding, 'resource'> {
  readonly resource: string | null;
}

/**
 * Every finding about a design: lint's, followed by the validation warnings lint does not own
 * (a shadowed id, a stray layout entry). A warning both raise (DB_SUBNET_GROUP_SINGLE_AZ) is
 * reported once, by lint. The CLI's `check` and the editor's Findings tab both use this.
 */
export function designFindings(report: ValidationReport, index?: DocumentIndex): DesignFinding[] {
  const { document } = report;
  if (!document) return [];
  const lint = lintDocument(document, index ?? indexDocument(document));
  const warnings: DesignFinding[] = report.findings
    .filter((issue) => !LINT_CODES.has(issue.code))
    .map((issue) => ({
      code: issue.code,
      resource: issue.resource,
      severity: 'warning',
      message: issue.message,
      path: issue.path,
    }));
  return [...lint, ...warnings];
}
