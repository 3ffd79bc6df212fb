import { formatCidr } from '../net/index.ts';
import { aType, orList } from './labels.ts';
import { reportOtherVpc, resolve } from './references.ts';
import { ROUTE_TARGET_TYPES } from './resource-kinds.ts';
import type { Route, RouteTable } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';
import { checkRouteDestination } from './validate-route-destination.ts';
import { checkRouteToPrefixList } from './validate-prefix-lists.ts';
import { namesPrefixList } from './prefix-lists.ts';
import { checkInterfaceTarget, warnMultiHomedTarget } from './validate-network-interfaces.ts';

/** Route tables: their VPC, and each route's destination and target. */
export function validateRouteTables(context: ValidationContext): void {
  for (const table of context.index.ofType('route-table')) {
    if (context.index.position.get(table.id) === undefined) continue; // implicit table: local routes only
    const vpcExists =
      resolve(context, { owner: table, segments: ['vpc'], label: 'vpc', id: table.vpc, types: ['vpc'] }) !== undefined;
    const destinations = new Map<string, number>();
    table.routes.forEach((route, i) => {
      if (namesPrefixList(route.destination)) {
        const earlier = destinations.get(route.destination);
        if (earlier !== undefined) {
          context.error(
            'ROUTE_DUPLICATE_DESTINATION',
            table.id,
            context.path(table, 'routes', i, 'destination'),
            `${context.name(table)}: routes[${earlier}] and routes[${i}] both have destination prefix list "${route.destination}". Keep one route per destination.`,
          );
        } else {
          destinations.set(route.destination, i);
        }
        checkTarget(context, table, route, i, checkRouteToPrefixList(context, table, i), vpcExists);
        return;
      }
      const block = checkRouteDestination(context, table, i, route.destination, destinations);
      if (block) {
        const key = formatCidr(block);
        const blocks = context.vpcBlocks(table.vpc);
        if (vpcExists && [...blocks.v4, ...blocks.v6].some((b) => formatCidr(b) === key)) {
          context.error(
            'ROUTE_DUPLICATES_LOCAL',
            table.id,
            context.path(table, 'routes', i, 'destination'),
            `${context.name(table)}: route ${key} duplicates the local route of VPC "${table.vpc}", which is implicit and cannot be replaced. Delete the route.`,
          );
        }
      }
      checkTarget(context, table, route, i, block?.version, vpcExists);
    });
  }
}

function checkTarget(
  context: ValidationContext,
  table: RouteTable,
  route: Route,
  i: number,
  version: 4 | 6 | undefined,
  vpcExists: boolean,
): void {
  if (route.target === 'blackhole') return;
  const segments = ['routes', i, 'target'];
  const path = context.path(table, ...segments);
  const subject = `${context.name(table)}: route ${route.destination} targets "${route.target}"`;
  if (route.target === 'local') {
    context.error(
      'ROUTE_LOCAL_TARGET',
      table.id,
      path,
      `${subject}, but local routes are implicit for every VPC block. Delete the route.`,
    );
    return;
  }
  const target = context.index.byId.get(route.target);
  if (!target && checkInterfaceTarget(context, table, route.target, segments)) return;
  if (!target) {
    context.error(
      'REFERENCE_MISSING',
      table.id,
      path,
      `${subject}, which does not exist. Pick an existing gateway or delete the route.`,
    );
    return;
  }
  const allowed = ROUTE_TARGET_TYPES as readonly string[];
  if (!allowed.includes(target.type)) {
    context.error(
      'REFERENCE_WRONG_TYPE',
      table.id,
      path,
      `${subject}, which is ${aType(target.type)}; a route can target ${orList(ROUTE_TARGET_TYPES.map(aType))}, or "blackhole". Pick one of those.`,
    );
    return;
  }
  if (!vpcExists) return;
  if (target.type === 'instance') warnMultiHomedTarget(context, table, target, segments, subject);
  switch (target.type) {
    case 'peering-connection':
      if (target.requester !== table.vpc && target.accepter !== table.vpc) {
        context.error(
          'ROUTE_PEERING_NOT_THIS_VPC',
          table.id,
          path,
          `${subject}, which connects VPCs "${target.requester}" and "${target.accepter}", not VPC "${table.vpc}". Pick a peering connection of VPC "${table.vpc}".`,
        );
      }
      return;
    case 'transit-gateway':
      if (!target.attachments.some((a) => a.vpc === table.vpc)) {
        context.error(
          'ROUTE_TGW_NOT_ATTACHED',
          table.id,
          path,
          `${subject}, but VPC "${table.vpc}" has no attachment to that transit gateway. Attach VPC "${table.vpc}" to "${target.id}" or pick another target.`,
        );
      }
      return;
    default: {
      const targetVpc = context.index.vpcOf(target.id);
      if (targetVpc !== undefined && targetVpc !== table.vpc) {
        reportOtherVpc(
          context,
          table,
          segments,
          `route ${route.destination} target "${target.id}"`,
          targetVpc,
          table.vpc,
        );
        return;
      }
      if (target.type === 'egress-only-internet-gateway' && version === 4) {
        context.error(
          'ROUTE_IPV4_TO_EGRESS_ONLY',
          table.id,
          path,
          `${subject}, an egress-only internet gateway, which carries IPv6 only. Target an internet gateway or NAT gateway for IPv4, or use an IPv6 destination such as ::/0.`,
        );
      }
    }
  }
}
