import type { Ip } from '../address.ts';
import type { CEni, CompiledDocument, CVpc } from '../compiled.ts';
import { inAnyBlock } from '../address.ts';

/** The interface in this VPC with this private (or IPv6) address. */
export function eniInVpc(vpc: CVpc, address: Ip): CEni | undefined {
  return address.version === 4 ? vpc.enis4.get(address.value) : vpc.enis6.get(address.value);
}

/**
 * The interface a VPC's resources would reach at this address: in the VPC itself, else in a
 * peered VPC whose blocks hold it. Security-group rules that name a group need it.
 */
export function eniSeenFrom(compiled: CompiledDocument, vpc: CVpc, address: Ip): CEni | undefined {
  const own = eniInVpc(vpc, address);
  if (own) return own;
  for (const peering of vpc.peerings.values()) {
    const peerVpc = compiled.vpcs.get(peering.requester === vpc.id ? peering.accepter : peering.requester);
    if (peerVpc && vpcContains(peerVpc, address)) return eniInVpc(peerVpc, address);
  }
  return undefined;
}

export function vpcContains(vpc: CVpc, address: Ip): boolean {
  return address.version === 4 ? inAnyBlock(vpc.blocks4, address) : inAnyBlock(vpc.blocks6, address);
}

/** The subnet of a VPC holding an address. */
export function subnetHolding(vpc: CVpc, address: Ip) {
  return vpc.subnets.find((s) =>
    address.version === 4
      ? s.cidr4.first <= address.value && address.value <= s.cidr4.last
      : s.cidr6 !== undefined && s.cidr6.first <= address.value && address.value <= s.cidr6.last,
  );
}
