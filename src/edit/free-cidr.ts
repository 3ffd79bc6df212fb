import { cidr4, cidrContains, cidrOverlaps, formatCidr, parseCidr, type Cidr } from '../net/index.ts';

/**
 * The first IPv4 block of `prefix` length inside one of `blocks` that overlaps none of `taken`,
 * or undefined when the blocks are full. Used to give a duplicated subnet its own range.
 * @example freeCidr(['10.0.0.0/16'], ['10.0.0.0/24'], 24) // '10.0.1.0/24'
 */
export function freeCidr(blocks: readonly string[], taken: readonly string[], prefix: number): string | undefined {
  const used = taken.map(parseCidr).flatMap((p) => (p.ok ? [p.value] : []));
  for (const text of blocks) {
    const parsed = parseCidr(text);
    if (!parsed.ok || parsed.value.version !== 4 || parsed.value.prefix > prefix) continue;
    const block = parsed.value;
    const step = 2 ** (32 - prefix);
    for (let first = block.first; first <= block.last; first += step) {
      const candidate: Cidr = cidr4(first, prefix);
      if (!cidrContains(block, candidate)) break;
      if (!used.some((u) => cidrOverlaps(u, candidate))) return formatCidr(candidate);
    }
  }
  return undefined;
}
