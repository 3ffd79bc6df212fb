import { error, type ValidationIssue } from './issues.ts';

/** The `format` value every VPC Lab document carries. */
export const FORMAT_NAME = 'vpclab';

/** The format version this code reads and writes. */
export const CURRENT_VERSION = 2;

/** What the envelope check learned: the document's version, or why it cannot be read. */
export type EnvelopeCheck =
  | { readonly ok: true; readonly version: number; readonly document: Record<string, unknown> }
  | { readonly ok: false; readonly issue: ValidationIssue };

/**
 * Checks `format` and `version` before anything else, so a file from another tool or a newer
 * VPC Lab gets one clear sentence instead of a wall of field errors.
 */
export function checkEnvelope(input: unknown, currentVersion: number = CURRENT_VERSION): EnvelopeCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(
      'NOT_AN_OBJECT',
      '$',
      'The file is not a VPC Lab document: expected a JSON object with "format": "vpclab". Open a file exported by VPC Lab.',
    );
  }
  const document = input as Record<string, unknown>;
  const format = document['format'];
  if (format === undefined) {
    return fail(
      'FORMAT_MISSING',
      '$.format',
      'The document has no "format" field, so it is not a VPC Lab document. Add "format": "vpclab" if it is one.',
    );
  }
  if (format !== FORMAT_NAME) {
    return fail(
      'FORMAT_INVALID',
      '$.format',
      `The document's format is ${JSON.stringify(format)}, not "vpclab", so VPC Lab cannot read it. Open a file exported by VPC Lab.`,
    );
  }
  const version = document['version'];
  if (version === undefined) {
    return fail(
      'VERSION_MISSING',
      '$.version',
      `The document has no "version" field. Add "version": ${currentVersion} if it was written for this version of VPC Lab.`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'VERSION_INVALID',
      '$.version',
      `The document's version is ${JSON.stringify(version)}, but it must be a whole number from 1 (this VPC Lab writes ${currentVersion}). Fix the "version" field.`,
    );
  }
  if (version > currentVersion) {
    return fail(
      'VERSION_TOO_NEW',
      '$.version',
      `This file uses VPC Lab format version ${version}, but this version of VPC Lab reads up to version ${currentVersion}. Update VPC Lab to open it.`,
    );
  }
  return { ok: true, version, document };
}

function fail(code: string, path: string, message: string): EnvelopeCheck {
  return { ok: false, issue: error(code, null, path, message) };
}
