import {
  effectiveRouteTable,
  findInterface,
  effectiveTgwTables,
  type EffectiveTgwTable,
  ROUTE_TARGET_TYPES,
  type GatewayEndpoint,
  type OnPremises,
  type Resource,
  type Subnet,
  type TransitGateway,
} from '../../model/index.ts';
import { cidrContainsAddress, cidrOverlaps, formatCidr, type Address, type Cidr } from '../../net/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import { block, memo, vpcBlocks, type World } from './world.ts';

/**
 * Route lookups, done the slow way: list every route that could apply, keep those containing
 * the address, take the longest prefix.
 */

export type RouteChoice =
  | { readonly kind: 'local' }
  | { readonly kind: 'blackhole' }
  /** `deviceIndex`: the interface of an instance the route names (`web-1/eni-1`); 0 otherwise. */
  | { readonly kind: 'target'; readonly target: Resource; readonly deviceIndex: number }
  | { readonly kind: 'gateway-endpoint'; readonly endpoint: GatewayEndpoint; readonly service: 's3' | 'dynamodb' };

interface Candidate<T> {
  readonly cidr: Cidr;
  /** Lower wins among routes of equal prefix length. */
  readonly rank: number;
  readonly choice: T;
}

function longestMatch<T>(candidates: readonly Candidate<T>[], address: Address): T | undefined {
  let best: Candidate<T> | undefined;
  for (const candidate of candidates) {
    if (!cidrContainsAddress(candidate.cidr, address)) continue;
    const better =
      !best ||
      candidate.cidr.prefix > best.cidr.prefix ||
      (candidate.cidr.prefix === best.cidr.prefix && candidate.rank < best.rank);
    if (better) best = candidate;
  }
  return best?.choice;
}

/**
 * The route a subnet's table uses for an address: local routes for the VPC's blocks, the
 * written routes, and a prefix-list route per gateway endpoint attached to the table (a CIDR
 * route of equal length beats a prefix list). Undefined: no route.
 */
export function chooseRoute(world: World, subnet: Subnet, destination: Address): RouteChoice | undefined {
  return longestMatch(
    memo(world, 'route candidates', subnet, (s) => routeCandidates(world, s)),
    destination,
  );
}

function routeCandidates(world: World, subnet: Subnet): Candidate<RouteChoice>[] {
  const table = effectiveRouteTable(world.index, subnet);
  const candidates: Candidate<RouteChoice>[] = [];
  for (const text of vpcBlocks(world, subnet.vpc)) {
    const cidr = block(text);
    if (cidr) candidates.push({ cidr, rank: 0, choice: { kind: 'local' } });
  }
  for (const route of table?.routes ?? []) {
    // A customer-managed prefix list: every entry is a candidate, losing ties to CIDR routes.
    for (const cidr of prefixListCidrs(world, route.destination)) {
      candidates.push({ cidr, rank: 2, choice: routeTarget(world, route.target) });
    }
    const cidr = block(route.destination);
    if (cidr) candidates.push({ cidr, rank: 1, choice: routeTarget(world, route.target) });
  }
  for (const endpoint of world.index.ofType('vpc-endpoint')) {
    if (endpoint.kind !== 'gateway' || table === undefined || !endpoint.routeTables.includes(table.id)) continue;
    if (endpoint.service !== 's3' && endpoint.service !== 'dynamodb') continue;
    const service = endpoint.service;
    candidates.push({
      cidr: SERVICE_BLOCKS[service],
      rank: 2,
      choice: { kind: 'gateway-endpoint', endpoint, service },
    });
  }
  return candidates;
}

/**
 * The blocks of the `prefix-list` resource with this id (none when there is no such list, or
 * the text is a CIDR): its entries of the list's own address family.
 */
export function prefixListCidrs(world: World, id: string): Cidr[] {
  const list = world.index.get(id, 'prefix-list');
  if (!list) return [];
  const version = list.addressFamily === 'IPv4' ? 4 : 6;
  return list.entries.flatMap((entry) => {
    const cidr = block(entry.cidr);
    return cidr && cidr.version === version ? [cidr] : [];
  });
}

/** A target that is gone or cannot carry traffic behaves as AWS keeps such a route: a blackhole. */
function routeTarget(world: World, id: string): RouteChoice {
  const target = id === 'blackhole' ? undefined : world.index.byId.get(id);
  if (!target && id !== 'blackhole') {
    const found = findInterface(id, world.index.byId);
    if (found) return { kind: 'target', target: found.instance, deviceIndex: found.eni.deviceIndex };
  }
  if (!target || !(ROUTE_TARGET_TYPES as readonly string[]).includes(target.type)) return { kind: 'blackhole' };
  return { kind: 'target', target, deviceIndex: 0 };
}

export type TgwChoice =
  | { readonly kind: 'blackhole' }
  | { readonly kind: 'vpc'; readonly vpc: string }
  | { readonly kind: 'on-premises'; readonly network: OnPremises }
  | { readonly kind: 'peer'; readonly tgw: TransitGateway };

/**
 * The table the transit gateway looks a packet up in: the one associated with the attachment
 * it arrived from (a VPC, on-premises or peer gateway id). The implicit table of a gateway
 * without tables has every attachment; with tables, an attachment in none has no table.
 */
export function tgwTableFor(world: World, tgw: TransitGateway, from: string): EffectiveTgwTable | undefined {
  const tables = memo(world, 'tgw tables', tgw, (t) => effectiveTgwTables(world.index.resources, t));
  return tables.find((table) => table.associations.includes(from));
}

/**
 * A transit gateway route table's route for an address: each propagating VPC's blocks (unless
 * they overlap a route propagated before), each propagating on-premises network's CIDRs, and
 * static routes, which replace a propagated route of the same CIDR and win ties of length.
 */
export function chooseTgwRoute(
  world: World,
  tgw: TransitGateway,
  table: EffectiveTgwTable,
  destination: Address,
): TgwChoice | undefined {
  return longestMatch(
    memo(world, 'tgw candidates', table, (t) => tgwCandidates(world, tgw, t)),
    destination,
  );
}

function tgwCandidates(world: World, tgw: TransitGateway, table: EffectiveTgwTable): Candidate<TgwChoice>[] {
  const propagated: { cidr: Cidr; choice: TgwChoice }[] = [];
  const overlapsEarlier = (cidr: Cidr) => propagated.some((p) => cidrOverlaps(p.cidr, cidr));
  const attached = new Set(tgw.attachments.map((a) => a.vpc));
  const seen = new Set<string>();
  for (const id of table.propagations) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (attached.has(id) && world.index.get(id, 'vpc')) {
      const blocks = vpcBlocks(world, id).flatMap((text) => block(text) ?? []);
      if (blocks.some(overlapsEarlier)) continue;
      for (const cidr of blocks) propagated.push({ cidr, choice: { kind: 'vpc', vpc: id } });
      continue;
    }
    const network = world.index.get(id, 'on-premises');
    if (!network || network.via !== tgw.id) continue;
    for (const text of network.cidrs) {
      const cidr = block(text);
      if (cidr && !overlapsEarlier(cidr)) propagated.push({ cidr, choice: { kind: 'on-premises', network } });
    }
  }
  const statics = new Map<string, { cidr: Cidr; choice: TgwChoice }>();
  for (const route of table.routes) {
    const cidr = block(route.destination);
    if (!cidr) continue;
    statics.set(formatCidr(cidr), { cidr, choice: tgwTarget(world, tgw, route.attachment) });
  }
  return [
    ...[...statics.values()].map((s) => ({ ...s, rank: 0 })),
    ...propagated.filter((p) => !statics.has(formatCidr(p.cidr))).map((p) => ({ ...p, rank: 1 })),
  ];
}

function tgwTarget(world: World, tgw: TransitGateway, id: string): TgwChoice {
  const network = world.index.get(id, 'on-premises');
  if (network) return { kind: 'on-premises', network };
  if (world.index.get(id, 'vpc')) return { kind: 'vpc', vpc: id };
  const peer = world.index.get(id, 'transit-gateway');
  if (peer && ((tgw.peers ?? []).includes(id) || (peer.peers ?? []).includes(tgw.id)))
    return { kind: 'peer', tgw: peer };
  return { kind: 'blackhole' };
}
