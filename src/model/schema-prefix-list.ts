import './no-eval.ts';
import * as z from 'zod';
import { baseFields, CidrSchema } from './schema-common.ts';

/**
 * A customer-managed prefix list (format version 2): a named set of CIDR blocks of one address
 * family. Routes name it as a `destination` and security group rules as a `prefixList`; a list
 * is not inside any VPC, so every VPC of the document may reference it (as in AWS, where a list
 * is shared by the whole account and region).
 */

/** One CIDR block of a prefix list. */
export const PrefixListEntrySchema = z
  .strictObject({
    cidr: CidrSchema,
    description: z.string().exactOptional(),
  })
  .meta({ id: 'PrefixListEntry' });

/** AWS's limit on a list's size (`MaxEntries`), and so on `maxEntries`. */
export const PREFIX_LIST_MAX_ENTRIES = 1000;

export const PrefixListSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('prefix-list'),
    addressFamily: z.enum(['IPv4', 'IPv6']),
    entries: z.array(PrefixListEntrySchema),
    maxEntries: z.number().int().min(1).max(PREFIX_LIST_MAX_ENTRIES).exactOptional(),
  })
  .meta({
    id: 'PrefixList',
    description:
      'A customer-managed prefix list: CIDR blocks of one address family that routes and security group rules can name by id. maxEntries (default: the number of entries) counts against the quotas of every route table and security group that references the list.',
  });

export type PrefixListEntry = z.infer<typeof PrefixListEntrySchema>;
export type PrefixListResource = z.infer<typeof PrefixListSchema>;

/** How many rules or routes one reference to a list costs: its `maxEntries`, else its size. */
export function prefixListWeight(list: PrefixListResource): number {
  return list.maxEntries ?? Math.max(1, list.entries.length);
}
