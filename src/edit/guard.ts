import { validateDocument, type ValidationIssue, type VpcLabDocument } from '../model/index.ts';
import { passesDocumentSchema } from './schema-check.ts';

/**
 * The validation errors `after` has that `before` had not (compared by message, as a multiset).
 * Edits that can make a valid design invalid in ways the editor cannot repair (reparent,
 * duplicate) use it to refuse instead, with the validator's own sentence.
 */
export function newErrors(before: VpcLabDocument, after: VpcLabDocument): string[] {
  return newIssues(before, after).map((issue) => issue.message);
}

/** The same as `newErrors`, as the validator's issues (a page words them in its language). */
export function newIssues(before: VpcLabDocument, after: VpcLabDocument): ValidationIssue[] {
  const seen = new Map<string, number>();
  for (const issue of validateDocument(before).errors) seen.set(issue.message, (seen.get(issue.message) ?? 0) + 1);
  const added: ValidationIssue[] = [];
  for (const issue of validateDocument(after).errors) {
    const count = seen.get(issue.message) ?? 0;
    if (count > 0) seen.set(issue.message, count - 1);
    else added.push(issue);
  }
  return added;
}

/** The structural check every edit result passes: a document that fails it is never stored. */
export function structuralError(document: VpcLabDocument): string | null {
  // The schema alone is cheap enough for every edit; the full report only words a failure.
  if (passesDocumentSchema(document)) return null;
  return validateDocument(document).errors[0]?.message ?? 'The edit would break the document structure.';
}
