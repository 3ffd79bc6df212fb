import { routesAllToInternetGateway, type DocumentIndex, type Route, type RouteTable } from '../model/index.ts';
import type { LintContext } from './types.ts';

/** Routes of a table whose target is an internet gateway (the target's VPC is validation's concern). */
export function routesToInternetGateway(index: DocumentIndex, table: RouteTable): Route[] {
  return table.routes.filter((route) => index.get(route.target, 'internet-gateway') !== undefined);
}

/** True when the table sends every IPv4 (0.0.0.0/0) or every IPv6 (::/0) address to an internet gateway. */
export function hasDefaultRouteToInternetGateway(context: LintContext, table: RouteTable): boolean {
  return routesAllToInternetGateway(context.index, table);
}
