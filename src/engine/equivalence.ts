import type { Cidr } from '../net/index.ts';
import type { CompiledDocument, CTrafficResource } from './compiled.ts';

/**
 * Endpoint equivalence classes. Two resources whose interfaces sit in the same subnets, carry
 * the same groups, play the same role and whose addresses no rule or route tells apart behave
 * identically towards everyone, so the all-pairs analysis computes one row and one column per
 * class instead of per resource. This is what keeps 5,000 instances within a few seconds.
 */
export function classKeyOf(resource: CTrafficResource, atoms: AddressAtoms, routeTargets: ReadonlySet<string>): string {
  const parts: string[] = [resource.type, roleKey(resource), `${resource.ephemeral.from}-${resource.ephemeral.to}`];
  // Anything a route or a balancer names by id is one of a kind.
  if (routeTargets.has(resource.id) || resource.role.kind === 'load-balancer') parts.push(`#${resource.id}`);
  for (const eni of resource.enis) {
    parts.push(
      eni.subnet.id,
      String(atoms.ipv4(eni.ipv4)),
      eni.publicIpv4 === undefined ? '-' : `p${atoms.ipv4(eni.publicIpv4)}`,
      eni.ipv6 === undefined ? '-' : `6:${atoms.ipv6(eni.ipv6)}`,
      eni.groups === null ? 'nogroups' : eni.groups.map((g) => g.id).join(','),
      eni.sourceDestCheck ? 'sdc' : 'nosdc',
    );
  }
  return parts.join('|');
}

function roleKey(resource: CTrafficResource): string {
  const role = resource.role;
  switch (role.kind) {
    case 'database':
      return `db:${role.port}`;
    case 'nat-gateway':
      return `nat:${role.connectivity}`;
    default:
      return role.kind;
  }
}

/**
 * The elementary address intervals cut by every CIDR in the design: addresses in the same
 * interval match exactly the same rules and routes.
 */
export interface AddressAtoms {
  ipv4(value: number): number;
  ipv6(value: bigint): number;
}

export function addressAtoms(compiled: CompiledDocument): AddressAtoms {
  const blocks: Cidr[] = [];
  for (const vpc of compiled.vpcs.values()) blocks.push(...vpc.blocks4, ...vpc.blocks6);
  for (const subnet of compiled.subnets.values()) {
    blocks.push(subnet.cidr4);
    if (subnet.cidr6) blocks.push(subnet.cidr6);
  }
  for (const table of compiled.routeTables.values())
    for (const r of [...table.routes4, ...table.routes6]) blocks.push(r.destination);
  for (const nacl of compiled.nacls.values()) for (const r of [...nacl.inbound, ...nacl.outbound]) blocks.push(r.block);
  blocks.push(...groupRuleBlocks(compiled));
  for (const tgw of compiled.transitGateways.values())
    for (const table of tgw.tables) for (const r of [...table.routes4, ...table.routes6]) blocks.push(r.destination);
  for (const network of compiled.onPremises.values()) blocks.push(...network.blocks);
  return atomsOf(blocks);
}

/**
 * The address intervals cut by security-group rules alone: addresses in the same interval
 * match the same address rules of every group (group-reference rules look at the interface,
 * not the address). Much coarser than `addressAtoms`, so group decisions are shared widely.
 */
export function groupAddressAtoms(compiled: CompiledDocument): AddressAtoms {
  return atomsOf(groupRuleBlocks(compiled));
}

function groupRuleBlocks(compiled: CompiledDocument): Cidr[] {
  const blocks: Cidr[] = [];
  for (const group of compiled.groups.values()) {
    for (const r of [...group.inbound, ...group.outbound]) if (r.peer.kind !== 'group') blocks.push(r.peer.block);
  }
  return blocks;
}

function atomsOf(blocks: readonly Cidr[]): AddressAtoms {
  const starts4 = new Set<number>([0]);
  const starts6 = new Set<bigint>([0n]);
  for (const block of blocks) {
    if (block.version === 4) {
      starts4.add(block.first);
      if (block.last < 0xffffffff) starts4.add(block.last + 1);
    } else {
      starts6.add(block.first);
      starts6.add(block.last + 1n);
    }
  }
  const sorted4 = [...starts4].sort((a, b) => a - b);
  const sorted6 = [...starts6].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ipv4: (value) => lastAtOrBelow(sorted4, value),
    ipv6: (value) => lastAtOrBelow(sorted6, value),
  };
}

function lastAtOrBelow<T extends number | bigint>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ids that route tables name as targets (NAT instances): they are never grouped with others. */
export function routeTargetIds(compiled: CompiledDocument): Set<string> {
  const ids = new Set<string>();
  for (const table of compiled.routeTables.values()) {
    for (const route of [...table.routes4, ...table.routes6]) if ('id' in route.target) ids.add(route.target.id);
  }
  return ids;
}
