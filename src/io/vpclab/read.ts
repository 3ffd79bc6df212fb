import { parseDocumentText, validateDocument, type ValidationReport } from '../../model/index.ts';

/**
 * Reads VPC Lab document text. A bundled example or shared scenario file (`{ title, document }`)
 * is accepted too: its document is read. Syntax errors come back with line and column.
 */
export function readVpcLabText(text: string): ValidationReport {
  let wrapped: unknown;
  try {
    wrapped = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    wrapped = undefined; // parseDocumentText below reports the line and column
  }
  if (isScenario(wrapped)) return validateDocument(wrapped.document);
  return parseDocumentText(text);
}

/** A scenario or example file: a wrapper with a `document` and no `format` of its own. */
export function isScenario(value: unknown): value is { document: unknown; title?: unknown } {
  return typeof value === 'object' && value !== null && 'document' in value && !('format' in value);
}
