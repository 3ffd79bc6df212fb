import type { Language } from '../../i18n/i18n.ts';
import { issueJson } from '../load.ts';
import { EXIT, readReport, type Console } from '../io.ts';
import { formatIssues } from '../format-issues.ts';

export interface ValidateOptions {
  readonly file: string;
  readonly json: boolean;
  readonly language: Language;
}

/** `vpclab validate <file>`: every error at once; exit 1 when there are errors, 0 when valid. */
export async function validateCommand(options: ValidateOptions, io: Console): Promise<number> {
  const report = await readReport(options.file, io);
  const valid = report.errors.length === 0;
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          valid,
          errors: report.errors.map((issue) => issueJson(issue, options.language)),
          findings: report.findings.map((issue) => issueJson(issue, options.language)),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout(formatIssues(options.file, report.errors, report.findings, options.language));
  }
  return valid ? EXIT.ok : EXIT.findings;
}
