import { prefixListNamed, type DocumentIndex } from '../../model/index.ts';
import type { Cidr } from '../../net/index.ts';
import { block } from './rules.ts';

/**
 * The entries of a customer-managed prefix list, parsed: the blocks a route or security group
 * rule naming the list stands for. Entries of the other address family than the list's are
 * left out (validation reports them), as AWS refuses to store them. Undefined when no
 * `prefix-list` resource has that id, so the caller can drop the route or rule.
 */
export function prefixListBlocks(index: DocumentIndex, name: string): readonly Cidr[] | undefined {
  const list = prefixListNamed(index, name);
  if (!list) return undefined;
  const version = list.addressFamily === 'IPv6' ? 6 : 4;
  return list.entries.flatMap((entry) => {
    const cidr = block(entry.cidr);
    return cidr?.version === version ? [cidr] : [];
  });
}
