import { parseDocumentText, type ValidationIssue } from '../../model/index.ts';
import { EXIT, readDocument, type Console } from '../io.ts';
import { formatIssues } from '../format-issues.ts';

export interface ValidateOptions {
  readonly file: string;
  readonly json: boolean;
}

/** `vpclab validate <file>`: every error at once; exit 1 when there are errors, 0 when valid. */
export async function validateCommand(options: ValidateOptions, io: Console): Promise<number> {
  const text = await readDocument(options.file, io);
  const report = parseDocumentText(text);
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
