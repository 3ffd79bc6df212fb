import { cidrContainsAddress, type Cidr } from '../net/cidr.ts';
import { formatIpv4 } from '../net/ipv4.ts';
import { formatIpv6 } from '../net/ipv6.ts';
import { type Address } from '../net/address.ts';

/** An address inside the engine: uint32 for IPv4, bigint for IPv6, tagged by version. */
export type Ip = Address;

export function ipText(ip: Ip): string {
  return ip.version === 4 ? formatIpv4(ip.value) : formatIpv6(ip.value);
}

export function inBlock(block: Cidr, ip: Ip): boolean {
  return cidrContainsAddress(block, ip);
}

export function inAnyBlock(blocks: readonly Cidr[], ip: Ip): boolean {
  for (const block of blocks) if (cidrContainsAddress(block, ip)) return true;
  return false;
}
