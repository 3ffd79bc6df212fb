import { createContext, useContext } from 'react';
import type { DocumentIndex, Resource, ValidationIssue, VpcLabDocument } from '../../../src/model/index.ts';

/** A validation error of the open resource, with its path relative to the resource (`.routes[0].target`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** What every field of the open form needs: the resource, lookups, its validation errors, and how to edit it. */
export interface FormApi {
  readonly resource: Resource;
  readonly document: VpcLabDocument;
  readonly index: DocumentIndex;
  readonly issues: readonly FieldIssue[];
  /** Applies a patch to the open resource; null when applied, else why not. */
  apply(patch: Partial<Record<string, unknown>>): string | null;
}

export const FormContext = createContext<FormApi | null>(null);

/** The open form's API; only valid inside `<FormContext>`. */
export function useForm(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('useForm is used outside an inspector form');
  return api;
}

/**
 * The validation errors that concern a resource, keyed by paths relative to it. Besides its own, an
 * error of another resource that names this one (`overlaps subnet "public-a"`) on a field this one
 * also has is put on that field: the edit that caused it was made here, so the field says it too.
 */
export function issuesOf(
  document: VpcLabDocument,
  errors: readonly ValidationIssue[],
  resource: Resource,
): FieldIssue[] {
  const position = document.resources.findIndex((r) => r.id === resource.id);
  if (position < 0) return [];
  const prefix = `$.resources[${position}]`;
  const quoted = `"${resource.id}"`;
  return errors.flatMap((issue) => {
    if (issue.resource === resource.id && issue.path.startsWith(prefix)) {
      return [{ path: issue.path.slice(prefix.length), message: issue.message }];
    }
    const field = /^\$\.resources\[\d+\](\.[A-Za-z]+)/.exec(issue.path)?.[1];
    if (field && issue.message.includes(quoted) && Object.hasOwn(resource, field.slice(1))) {
      return [{ path: field, message: issue.message }];
    }
    return [];
  });
}

/** True when `path` is `field` or lies under it (`.cidr` matches `.cidr`, not `.cidrBlocks`). */
export function pathMatches(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`);
}

/** The messages of the open resource's errors on one field, joined; null when there are none. */
export function useFieldIssue(path: string | undefined): string | null {
  const api = useContext(FormContext);
  if (!api || path === undefined) return null;
  const messages = api.issues.filter((issue) => pathMatches(issue.path, path)).map((issue) => issue.message);
  return messages.length > 0 ? messages.join(' ') : null;
}
