import type { Json } from './base-document.ts';

/** One malformed document: a mutation of the base document and the issue it must produce. */
export interface Case {
  readonly name: string;
  readonly change: (d: Json) => void;
  readonly code: string;
  /** Expected `resource`. */
  readonly resource: string | null;
  /** Expected `path`, or a function of the mutated document (resource indices). */
  readonly path: string | ((d: Json) => string);
  /** A substring of the expected message. */
  readonly message: string;
  readonly severity?: 'error' | 'warning';
}

/** A security group without rules. */
export const sg = (id: string, vpc = 'vpc-main') => ({ id, type: 'security-group', vpc, inbound: [], outbound: [] });
