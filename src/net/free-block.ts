import { cidr4, cidrContains, cidrOverlaps, type Cidr } from './cidr.ts';

/**
 * The first IPv4 block free inside `blocks`: within each block in turn, the first aligned
 * block of `prefixFor(block)` bits that overlaps none of `taken`; undefined when they are full.
 * IPv6 blocks, and blocks smaller than the block asked for, are skipped. One finder for every
 * caller: a new subnet (a /24 of its VPC), a duplicated one (the size of the original).
 * @example firstFreeBlock([10.0.0.0/16], [10.0.0.0/24], () => 24) // 10.0.1.0/24
 */
export function firstFreeBlock(
  blocks: readonly Cidr[],
  taken: readonly Cidr[],
  prefixFor: (block: Cidr) => number,
): Cidr | undefined {
  for (const block of blocks) {
    const prefix = prefixFor(block);
    if (block.version !== 4 || block.prefix > prefix) continue;
    const step = 2 ** (32 - prefix);
    for (let first = block.first; first + step - 1 <= block.last; first += step) {
      const candidate = cidr4(first, prefix);
      if (cidrContains(block, candidate) && !taken.some((t) => cidrOverlaps(t, candidate))) return candidate;
    }
  }
  return undefined;
}
