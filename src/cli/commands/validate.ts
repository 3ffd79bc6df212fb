import type { ValidationIssue } from '../../model/index.ts';
import { EXIT, readReport, type Console } from '../io.ts';
import { formatIssues } from '../format-issues.ts';

export interface ValidateOptions {
  readonly file: string;
  readonly json: boolean;
}

/** `vpclab validate <file>`: every error at once; exit 1 when there are errors, 0 when valid. */
export async function validateCommand(options: ValidateOptions, io: Console): Promise<number> {
  const report = await readReport(options.file, io);
  const valid = report.errors.length === 0;
  if (options.json) {
    io.stdout(
      JSON.stringify({ valid, errors: report.errors.map(toJson), findings: report.findings.map(toJson) }, null, 2) +
        '\n',
    );
  } else {
    io.stdout(formatIssues(options.file, report.errors, report.findings));
  }
  return valid ? EXIT.ok : EXIT.findings;
}

function toJson(issue: ValidationIssue) {
  return { resource: issue.resource, path: issue.path, code: issue.code, message: issue.message };
}
