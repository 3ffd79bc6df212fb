import type { Address } from './address.ts';
import { cidr, cidrContainsAddress, type Cidr } from './cidr.ts';

/**
 * IPv4 ranges that are never public internet addresses (format.md, "Endpoints"). The
 * documentation ranges 192.0.2/24, 198.51.100/24 and 203.0.113/24 are deliberately absent:
 * examples use them as internet addresses.
 */
const NON_PUBLIC_IPV4: readonly Cidr[] = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
].map(cidr);

const GLOBAL_UNICAST_IPV6 = cidr('2000::/3');
const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(cidr);
const SHARED_ADDRESS_SPACE = cidr('100.64.0.0/10');

/**
 * True when the address could be a host on the internet, ignoring the document's own VPC
 * blocks (callers exclude those, since a VPC may use any range).
 */
export function isPublicAddress(address: Address): boolean {
  if (address.version === 6) return cidrContainsAddress(GLOBAL_UNICAST_IPV6, address);
  return !NON_PUBLIC_IPV4.some((block) => cidrContainsAddress(block, address));
}

/** True for RFC 1918 private IPv4 space (10/8, 172.16/12, 192.168/16). */
export function isRfc1918(address: Address): boolean {
  return RFC1918.some((block) => cidrContainsAddress(block, address));
}

/** True for the RFC 6598 shared (carrier-grade NAT) space 100.64.0.0/10. */
export function isRfc6598(address: Address): boolean {
  return cidrContainsAddress(SHARED_ADDRESS_SPACE, address);
}
