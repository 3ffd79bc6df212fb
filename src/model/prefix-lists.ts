import type { DocumentIndex } from './document-index.ts';
import { ID_PATTERN } from './ids.ts';
import type { PrefixListResource } from './schema-prefix-list.ts';
import { isServicePrefixList } from './schema-rules.ts';

/**
 * How routes and security group rules name a customer-managed prefix list (format version 2):
 * a route's `destination` that is an id rather than a CIDR, a rule's `prefixList` that is an id
 * rather than "s3" or "dynamodb". Ids never contain "/" and CIDRs always do, so the two never
 * mix up.
 */

/** True when a route destination names a prefix list (an id) rather than a CIDR block. */
export function namesPrefixList(destination: string): boolean {
  return ID_PATTERN.test(destination);
}

/** The `prefix-list` resource a route destination or rule's `prefixList` names, if any. */
export function prefixListNamed(index: DocumentIndex, name: string | undefined): PrefixListResource | undefined {
  if (name === undefined || isServicePrefixList(name)) return undefined;
  return index.get(name, 'prefix-list');
}
