import type { Resource, Subnet, Vpc } from '../model/index.ts';
import { cidr4, cidrContains, cidrOverlaps, firstFreeBlock, formatCidr, parseCidr, type Cidr } from '../net/index.ts';

/** The private ranges a pasted VPC's blocks are taken from, in order (RFC 1918). */
const PRIVATE_RANGES: readonly Cidr[] = [
  cidr4(0x0a000000, 8), // 10.0.0.0/8
  cidr4(0xac100000, 12), // 172.16.0.0/12
  cidr4(0xc0a80000, 16), // 192.168.0.0/16
];

export function parsedCidrs(texts: readonly string[]): Cidr[] {
  return texts.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.value] : [];
  });
}

/** Every IPv4 block a VPC or on-premises network of `resources` uses: a pasted VPC must overlap none. */
export function usedNetworkBlocks(resources: readonly Resource[]): Cidr[] {
  return parsedCidrs(
    resources.flatMap((r) => (r.type === 'vpc' ? r.cidrBlocks : r.type === 'on-premises' ? r.cidrs : [])),
  ).filter((block) => block.version === 4);
}

/**
 * A block for a pasted VPC's block `text`: the same block when it overlaps nothing in `used`,
 * else the first free private block of the same size. Undefined when none is left.
 */
export function freeVpcBlock(text: string, used: readonly Cidr[]): Cidr | undefined {
  const parsed = parseCidr(text);
  if (!parsed.ok || parsed.value.version !== 4) return undefined;
  const block = parsed.value;
  if (!used.some((u) => cidrOverlaps(u, block))) return block;
  return firstFreeBlock(PRIVATE_RANGES, used, () => block.prefix);
}

/**
 * A CIDR for a subnet pasted into an existing VPC: its own when that is inside the VPC and
 * free among `siblings`, else the first free block of its size, else the first free /24 (or a
 * quarter of a small VPC). Undefined when the VPC is full.
 */
export function freeSubnetCidr(subnet: Subnet, vpc: Vpc, siblings: readonly Cidr[]): string | undefined {
  const blocks = parsedCidrs(vpc.cidrBlocks);
  const own = parseCidr(subnet.cidr);
  if (own.ok) {
    const block = own.value;
    const inside = blocks.some((b) => cidrContains(b, block));
    if (inside && !siblings.some((s) => cidrOverlaps(s, block))) return subnet.cidr;
    const sameSize = firstFreeBlock(blocks, siblings, () => block.prefix);
    if (sameSize) return formatCidr(sameSize);
  }
  const usual = firstFreeBlock(blocks, siblings, (b) => (b.prefix <= 22 ? 24 : Math.min(28, b.prefix + 2)));
  return usual && formatCidr(usual);
}

/**
 * Moves an IPv4 CIDR that lay in block `from` to the same place in block `to` (a subnet of a
 * pasted VPC that moved to a free block). Other CIDRs come back unchanged.
 */
export function shiftCidr(text: string, from: Cidr, to: Cidr): string {
  const parsed = parseCidr(text);
  if (!parsed.ok || parsed.value.version !== 4 || from.version !== 4 || to.version !== 4) return text;
  if (!cidrContains(from, parsed.value)) return text;
  return formatCidr(cidr4(parsed.value.first - from.first + to.first, parsed.value.prefix));
}
