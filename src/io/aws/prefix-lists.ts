import type { PrefixListEntry, Resource } from '../../model/index.ts';
import { documentId, requireId, type ImportContext } from './context.ts';
import { list, nameAndTags, num, str } from './json.ts';

/**
 * Customer-managed prefix lists (`describe-managed-prefix-lists`; `describe-prefix-lists` for
 * the AWS-managed ones, which stay "s3" and "dynamodb"). Entries come from the list item's
 * `Entries` (the output of `get-managed-prefix-list-entries` placed in its list) or `Cidrs`.
 * Made before groups and route tables, which name them.
 */
export function importPrefixLists(ctx: ImportContext): void {
  for (const source of ctx.items('PrefixLists', 'PrefixListId')) {
    const { item, file } = source;
    if ((str(item, 'PrefixListName') ?? '').startsWith('com.amazonaws.')) continue;
    const id = requireId(ctx, source, 'PrefixListId', 'prefix list');
    if (id === undefined) continue;
    const entries: PrefixListEntry[] = [
      ...list(item, 'Entries').flatMap((entry) => {
        const cidr = str(entry, 'Cidr');
        const description = str(entry, 'Description');
        if (cidr === undefined) return [];
        return description === undefined || description === '' ? [{ cidr }] : [{ cidr, description }];
      }),
      ...list(item, 'Cidrs').flatMap((cidr) => (typeof cidr === 'string' ? [{ cidr }] : [])),
    ];
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
}

/** The document id of an imported customer-managed prefix list, if the input described it. */
export function importedPrefixList(ctx: ImportContext, prefixListId: string): string | undefined {
  const id = documentId(prefixListId);
  return ctx.has(id, 'prefix-list') ? id : undefined;
}
