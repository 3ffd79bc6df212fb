import type { DocumentIndex, ResourceOfType, ResourceType, VpcLabDocument } from '../model/index.ts';
import type { Cidr } from '../net/index.ts';

/** How strongly a finding asks for attention; findings never make a document invalid. */
export type FindingSeverity = 'warning' | 'info';

/**
 * One piece of configuration advice (semantics.md, "Configuration findings"): not a
 * reachability verdict, not a validation error. `message` is one sentence that names the
 * resource and says what to do; `path` is the JSONPath of the field concerned.
 */
export interface Finding {
  readonly code: string;
  readonly resource: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly path?: string;
  /** The message's specifics (ids, blocks, ports), to word it in another language; message stays English. */
  readonly params?: FindingParams;
}

export type FindingParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** A user resource together with its place in `document.resources` (for paths and ordering). */
export interface Located<T> {
  readonly resource: T;
  readonly position: number;
}

/** What every rule reads: the document, its index and a few shared helpers. */
export interface LintContext {
  readonly document: VpcLabDocument;
  readonly index: DocumentIndex;
  /** User resources of one type in document order; implicit ones are left out (they are AWS's, not the user's). */
  resources<T extends ResourceType>(type: T): readonly Located<ResourceOfType<T>>[];
  /** JSONPath of a field of the resource at `position`: `$.resources[3].inbound[0]`. */
  path(position: number, ...segments: (string | number)[]): string;
  /** Parses a CIDR silently (cached); undefined when invalid, which validation reports. */
  cidr(text: string): Cidr | undefined;
}

/** One rule: a stable code (or two) and a pure check over the document. */
export interface LintRule {
  readonly codes: readonly string[];
  check(context: LintContext): Finding[];
}
