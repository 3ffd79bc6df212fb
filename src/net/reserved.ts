import type { Cidr } from './cidr.ts';

/**
 * AWS reserves the first four addresses of every IPv4 subnet (network, VPC router, DNS,
 * future use) and the last one (broadcast). In an IPv6 subnet it reserves the first four
 * and, by the same rule, the last; IPv6 has no broadcast, but AWS documents the same five.
 */
export const RESERVED_AT_START = 4;

/** Offset of an address inside a block, as a bigint so IPv6 fits. */
function offsetOf(block: Cidr, value: number | bigint): bigint {
  return BigInt(value) - BigInt(block.first);
}

/** True when `value` (uint32 or bigint, inside `block`) is one of the five addresses AWS reserves. */
export function isReservedInSubnet(block: Cidr, value: number | bigint): boolean {
  const offset = offsetOf(block, value);
  return offset < BigInt(RESERVED_AT_START) || BigInt(value) === BigInt(block.last);
}

/** Number of addresses a subnet offers to resources (its size less the five reserved). */
export function usableAddressCount(block: Cidr): bigint {
  const size = BigInt(block.last) - BigInt(block.first) + 1n;
  return size > 5n ? size - 5n : 0n;
}

/** The Amazon DNS resolver of a VPC: the base of its first IPv4 block plus two. */
export function dnsResolverAddress(firstVpcBlock: Cidr): number | bigint {
  return firstVpcBlock.version === 4 ? firstVpcBlock.first + 2 : firstVpcBlock.first + 2n;
}
