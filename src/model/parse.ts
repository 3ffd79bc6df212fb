import { toReport, error, type ValidationReport } from './issues.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import { migrateDocument } from './migrate.ts';
import { checkNestingDepth } from './nesting.ts';
import { DocumentSchema } from './schema.ts';
import { validateSemantics } from './validate.ts';
import { translateZodIssues } from './zod-issues.ts';

/**
 * Validates an untrusted value (an import, a share link, local storage, a worker message):
 * nesting depth first (nesting.ts: deeper than MAX_NESTING_DEPTH levels is refused before
 * anything recurses into it), then format and version, then migration to the current version, then structure (zod),
 * then every semantic rule. All problems are collected; `document` is set whenever the
 * structure parsed, even with semantic errors, so the editor can still show it.
 */
export function validateDocument(input: unknown): ValidationReport {
  const tooDeep = checkNestingDepth(input);
  if (tooDeep) return toReport(null, [tooDeep]);
  const migrated = migrateDocument(input);
  if (!migrated.ok) return toReport(null, [migrated.issue]);
  const parsed = DocumentSchema.safeParse(migrated.document);
  if (!parsed.success) return toReport(null, translateZodIssues(parsed.error.issues, migrated.document));
  return toReport(parsed.data, validateSemantics(parsed.data));
}

/**
 * Parses document text (a file, a paste) and validates it. A JSON syntax error is reported
 * with its line and column: `Line 3, column 5: Unexpected character "}" ...`.
 */
export function parseDocumentText(text: string): ValidationReport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may add a BOM
  if (source.trim() === '') {
    return toReport(null, [
      error('JSON_SYNTAX', null, '$', 'The file is empty. Open a VPC Lab document (a JSON file).', { reason: 'empty' }),
    ]);
  }
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (caught) {
    const found = findJsonSyntaxError(source);
    const message = found
      ? `Line ${found.line}, column ${found.column}: ${found.message}.`
      : `The file is not valid JSON (${caught instanceof Error ? caught.message : String(caught)}).`;
    const params = found ? { reason: 'at', line: found.line, column: found.column } : { reason: 'other' };
    return toReport(null, [error('JSON_SYNTAX', null, '$', `${message} Fix the JSON and load it again.`, params)]);
  }
  return validateDocument(input);
}
