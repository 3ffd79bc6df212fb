import { ID_PATTERN, type Resource } from '../../model/index.ts';
import type { Snapshot, Sourced } from './collect.ts';
import type { JsonObject } from './json.ts';
import type { AwsImportWarning, AwsWarningCode } from './types.ts';

/**
 * The state of one import: the merged input, the resources made so far (by id, in the order
 * made) and the warnings. Each resource family (network.ts, gateways.ts, …) reads the snapshot
 * and adds to it; later families look up what earlier ones made.
 */
export class ImportContext {
  readonly resources = new Map<string, Resource>();
  readonly warnings: AwsImportWarning[] = [];
  private readonly warned = new Set<string>();
  /** Which resource owns each private IPv4 address (for load balancer targets by IP). */
  readonly addressOwner = new Map<string, string>();
  /** The real public IPv4 of each imported resource (the document's engine uses sample ones): kept in meta. */
  readonly publicAddress = new Map<string, string>();
  /** Per VPC, the id of its default network ACL as AWS names it. */
  readonly defaultAcl = new Map<string, string>();

  constructor(readonly snapshot: Snapshot) {}

  warn(id: string, code: AwsWarningCode, values: Record<string, string | number> = {}, file?: string): void {
    const warning = { id, code, values, ...(file !== undefined ? { file } : {}) };
    const key = JSON.stringify(warning);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(warning);
  }

  has(id: string, type?: Resource['type']): boolean {
    const found = this.resources.get(id);
    return found !== undefined && (type === undefined || found.type === type);
  }

  get<T extends Resource['type']>(id: string, type: T): Extract<Resource, { type: T }> | undefined {
    const found = this.resources.get(id);
    return found?.type === type ? (found as Extract<Resource, { type: T }>) : undefined;
  }

  /** Adds a resource; an id seen before (the same VPC in two accounts' files) keeps the first. */
  add(resource: Resource, file: string): boolean {
    if (this.resources.has(resource.id)) {
      this.warn(resource.id, 'duplicate', {}, file);
      return false;
    }
    this.resources.set(resource.id, resource);
    return true;
  }

  replace(resource: Resource): void {
    this.resources.set(resource.id, resource);
  }

  /** The items of one output, each once by its id field (files of two accounts repeat shared resources). */
  items(key: keyof Snapshot, idField?: string): Sourced[] {
    const all = this.snapshot[key];
    if (idField === undefined) return [...all];
    const seen = new Set<string>();
    return all.filter(({ item }) => {
      const id = item[idField];
      if (typeof id !== 'string') return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
}

/** A document id from an AWS id or name: kept when valid, else its unsafe characters become `-`. */
export function documentId(raw: string): string {
  if (ID_PATTERN.test(raw)) return raw;
  const safe = raw.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64);
  return safe === '' ? 'unnamed' : safe;
}

/** The id field of an item, or a warning naming the field and the file when it is missing. */
export function requireId(ctx: ImportContext, source: Sourced, field: string, what: string): string | undefined {
  const id = typeof source.item[field] === 'string' ? (source.item[field] as string) : undefined;
  if (id === undefined || id === '') {
    ctx.warn(what, 'missingField', { field, what }, source.file);
    return undefined;
  }
  return documentId(id);
}

export type { JsonObject };
