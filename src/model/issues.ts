import type { VpcLabDocument } from './schema.ts';

/** How serious an issue is: errors make a document invalid, warnings are findings. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a document. `path` is a JSONPath (`$.resources[3].cidr`), `resource` the
 * id of the resource (or intent) concerned, and `message` one sentence a person can act on.
 */
export interface ValidationIssue {
  readonly severity: Severity;
  readonly code: string;
  readonly resource: string | null;
  readonly path: string;
  /** The sentence in English (tests, the CLI's default and --json keep it). */
  readonly message: string;
  /**
   * The sentence's specifics, by which the `validation` catalogue words it in any language
   * (src/i18n/render/validation.ts). Absent on an issue no catalogue entry words yet: its
   * English message is shown then.
   */
  readonly params?: ValidationParams;
}

/** The specifics of a validation message: ids, field names, values as written, numbers. */
export type ValidationParams = Readonly<Record<string, string | number>>;

/** The outcome of validation. `document` is non-null whenever the structure parsed. */
export interface ValidationReport {
  readonly valid: boolean;
  readonly document: VpcLabDocument | null;
  /** Issues of severity error. */
  readonly errors: ValidationIssue[];
  /** Issues of severity warning. */
  readonly findings: ValidationIssue[];
}

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats path segments as JSONPath.
 * @example jsonPath(['resources', 3, 'cidr']) // '$.resources[3].cidr'
 */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && SIMPLE_KEY.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Builds an error issue. */
export function error(
  code: string,
  resource: string | null,
  path: string,
  message: string,
  params?: ValidationParams,
): ValidationIssue {
  return { severity: 'error', code, resource, path, message, ...(params ? { params } : {}) };
}

/** Builds a warning issue (a finding). */
export function warning(code: string, resource: string | null, path: string, message: string): ValidationIssue {
  return { severity: 'warning', code, resource, path, message };
}

/** Splits issues into a report; valid when there are no errors. */
export function toReport(document: VpcLabDocument | null, issues: readonly ValidationIssue[]): ValidationReport {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const findings = issues.filter((issue) => issue.severity === 'warning');
  return { valid: errors.length === 0, document, errors, findings };
}
