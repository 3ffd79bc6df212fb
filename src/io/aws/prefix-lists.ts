import type { PrefixListEntry, Resource } from '../../model/index.ts';
import type { Sourced } from './collect.ts';
import { documentId, requireId, type ImportContext } from './context.ts';
import { isObject, list, nameAndTags, num, str, strings, type JsonObject } from './json.ts';

/**
 * Customer-managed prefix lists (`describe-managed-prefix-lists`; `describe-prefix-lists` for
 * the AWS-managed ones, which stay "s3" and "dynamodb"). A list's entries are read from every
 * shape a capture gives them in, together:
 * - inline in the list's item: `Entries` (the entries of `get-managed-prefix-list-entries`, or
 *   that whole output `{ "Entries": [...] }` placed in the item), or `Cidrs`;
 * - a separate `get-managed-prefix-list-entries` output (collect.ts: `PrefixListEntries`), which
 *   makes the list even when no describe output names it.
 * An item repeated across files (two captures of one account) adds its entries to the first;
 * an entry given twice counts once. Made before groups and route tables, which name them.
 */
export function importPrefixLists(ctx: ImportContext): void {
  const separate = entriesByList(ctx.items('PrefixListEntries'));
  const items = new Map<string, Sourced[]>();
  const unnamed: Sourced[] = [];
  for (const source of ctx.items('PrefixLists')) {
    const id = str(source.item, 'PrefixListId');
    if (id === undefined) unnamed.push(source);
    else items.set(id, [...(items.get(id) ?? []), source]);
  }
  for (const source of unnamed) requireId(ctx, source, 'PrefixListId', 'prefix list');
  for (const [awsId, sources] of items) {
    const { item, file } = sources[0]!;
    if ((str(item, 'PrefixListName') ?? '').startsWith('com.amazonaws.')) continue;
    const entries = distinct([
      ...sources.flatMap(({ item: each }) => inlineEntries(each)),
      ...(separate.get(awsId) ?? []),
    ]);
    separate.delete(awsId);
    add(ctx, documentId(awsId), item, entries, file);
  }
  // Entries whose list no describe output names: the list is made from them alone.
  for (const [awsId, entries] of separate) {
    const file = ctx.items('PrefixListEntries').find(({ item }) => str(item, 'PrefixListId') === awsId)?.file ?? '';
    add(ctx, documentId(awsId), {}, distinct(entries), file);
  }
}

function add(ctx: ImportContext, id: string, item: JsonObject, entries: PrefixListEntry[], file: string): void {
  const family = str(item, 'AddressFamily') ?? (entries[0]?.cidr.includes(':') ? 'IPv6' : 'IPv4');
  const { name, tags } = nameAndTags(item);
  const resource: Resource = {
    id,
    type: 'prefix-list',
    addressFamily: family === 'IPv6' ? 'IPv6' : 'IPv4',
    entries,
  };
  const listName = name ?? str(item, 'PrefixListName');
  if (listName !== undefined) resource.name = listName;
  if (tags) resource.tags = tags;
  const max = num(item, 'MaxEntries');
  if (max !== undefined) resource.maxEntries = max;
  ctx.add(resource, file);
}

/** A list item's own entries: `Entries` as a list or as a whole get-managed-prefix-list-entries output, and `Cidrs`. */
function inlineEntries(item: JsonObject): PrefixListEntry[] {
  const nested = item['Entries'];
  const entries = isObject(nested) ? list(nested, 'Entries') : list(item, 'Entries');
  return [...entries.flatMap(entryOf), ...strings(item, 'Cidrs').map((cidr) => ({ cidr }))];
}

function entryOf(entry: JsonObject): PrefixListEntry[] {
  const cidr = str(entry, 'Cidr');
  const description = str(entry, 'Description');
  if (cidr === undefined) return [];
  return description === undefined ? [{ cidr }] : [{ cidr, description }];
}

/** The entries of separate get-managed-prefix-list-entries outputs, by the list each file names. */
function entriesByList(sources: readonly Sourced[]): Map<string, PrefixListEntry[]> {
  const out = new Map<string, PrefixListEntry[]>();
  for (const { item } of sources) {
    const id = str(item, 'PrefixListId');
    if (id !== undefined) out.set(id, [...(out.get(id) ?? []), ...entryOf(item)]);
  }
  return out;
}

/** Each CIDR once, the first description given for it kept. */
function distinct(entries: readonly PrefixListEntry[]): PrefixListEntry[] {
  const seen = new Map<string, PrefixListEntry>();
  for (const entry of entries) {
    const known = seen.get(entry.cidr);
    if (!known) seen.set(entry.cidr, entry);
    else if (known.description === undefined && entry.description !== undefined) seen.set(entry.cidr, entry);
  }
  return [...seen.values()];
}

/** The document id of an imported customer-managed prefix list, if the input described it. */
export function importedPrefixList(ctx: ImportContext, prefixListId: string): string | undefined {
  const id = documentId(prefixListId);
  return ctx.has(id, 'prefix-list') ? id : undefined;
}
