import { indexDocument, type DocumentIndex, type ValidationIssue, type VpcLabDocument } from '../model/index.ts';
import type { Language } from '../i18n/i18n.ts';
import { validationText } from '../i18n/render/validation.ts';
import { formatIssues } from './format-issues.ts';
import { EXIT, readReport, type Console } from './io.ts';

/** A document that passed validation, ready for the engine. */
export interface LoadedDocument {
  readonly document: VpcLabDocument;
  readonly index: DocumentIndex;
}

/**
 * Reads and validates a document for a command that analyses it (trace, matrix). An invalid
 * document is reported (as JSON when asked) and gives exit 1 instead of a half-true analysis;
 * unreadable input is a usage error (exit 2), thrown by readInput.
 */
export async function loadValidDocument(
  file: string,
  json: boolean,
  io: Console,
  language: Language,
): Promise<LoadedDocument | { readonly exit: number }> {
  const report = await readReport(file, io);
  if (report.document === null || report.errors.length > 0) {
    if (json)
      io.stdout(
        JSON.stringify({ valid: false, errors: report.errors.map((issue) => issueJson(issue, language)) }, null, 2) +
          '\n',
      );
    else io.stdout(formatIssues(file, report.errors, [], language));
    return { exit: EXIT.findings };
  }
  return { document: report.document, index: indexDocument(report.document) };
}

/** A validation issue as the commands print it in JSON. */
export function issueJson(issue: ValidationIssue, language: Language) {
  return {
    resource: issue.resource,
    path: issue.path,
    code: issue.code,
    message: validationText(issue, language),
    ...(issue.params ? { params: issue.params } : {}),
  };
}
