import type { Ip } from './address.ts';
import { inBlock } from './address.ts';
import type { CRoute, CRouteTable, CTgwRoute, CTgwTable } from './compiled.ts';

/**
 * Longest-prefix match over a subnet route table. The routes are pre-sorted (longest prefix
 * first, a CIDR route ahead of a prefix-list route of the same length), so the first match
 * is the answer. IPv4 and IPv6 are separate lists: 0.0.0.0/0 never matches IPv6.
 */
export function lookupRoute(table: CRouteTable, destination: Ip): CRoute | undefined {
  const routes = destination.version === 4 ? table.routes4 : table.routes6;
  for (const route of routes) if (inBlock(route.destination, destination)) return route;
  return undefined;
}

/** Longest-prefix match over a transit gateway route table; static routes win ties. */
export function lookupTgwRoute(table: CTgwTable, destination: Ip): CTgwRoute | undefined {
  const routes = destination.version === 4 ? table.routes4 : table.routes6;
  for (const route of routes) if (inBlock(route.destination, destination)) return route;
  return undefined;
}

/** Sort order for route tables: longer prefixes first; at equal length a CIDR route beats a prefix list. */
export function compareRoutes(a: CRoute, b: CRoute): number {
  if (a.destination.prefix !== b.destination.prefix) return b.destination.prefix - a.destination.prefix;
  return rank(a) - rank(b);
}

function rank(route: CRoute): number {
  return route.origin === 'prefix-list' ? 1 : 0;
}

/** Sort order for a transit gateway table: longer prefixes first; static beats propagated. */
export function compareTgwRoutes(a: CTgwRoute, b: CTgwRoute): number {
  if (a.destination.prefix !== b.destination.prefix) return b.destination.prefix - a.destination.prefix;
  return (a.origin === 'static' ? 0 : 1) - (b.origin === 'static' ? 0 : 1);
}
