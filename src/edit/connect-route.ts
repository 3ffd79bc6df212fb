import {
  effectiveRouteTable,
  indexDocument,
  isImplicitId,
  type DocumentIndex,
  type Resource,
  type Route,
  type RouteTable,
  type Subnet,
  type VpcLabDocument,
} from '../model/index.ts';
import { materialiseResource } from './materialise.ts';
import type { EditResult } from './types.ts';

/**
 * Drawing a connection from a subnet to a gateway: the route people mean, added to the subnet's
 * route table (docs/ui.md, "Drawing connections").
 *
 * What people mean, per target:
 * - internet gateway: 0.0.0.0/0 (and ::/0 when the subnet has an IPv6 block);
 * - NAT gateway: 0.0.0.0/0; egress-only internet gateway: ::/0;
 * - peering connection (or the peer VPC itself): every block of the peer VPC;
 * - transit gateway: the blocks of every other VPC attached to it and of the on-premises
 *   networks reached through it, the specific routes a hub is for; 0.0.0.0/0 only when nothing
 *   else is attached yet (the "send everything to the hub" design). A VPC not yet attached is
 *   attached through the subnet, since a route to an unattached gateway carries nothing;
 * - VPN gateway: the blocks of the on-premises networks behind it.
 * A route to the same destination already in the table is replaced: one destination, one target.
 */

/** Why a drawn route cannot be made, as a code the UI words (connect:refused.<code>). */
export type RouteRefusal =
  'other-vpc' | 'nat-in-subnet' | 'no-peering' | 'same-vpc' | 'no-on-premises' | 'not-a-route-target';

/** How to change routing when the subnet's table is the main one or serves other subnets too. */
export type RouteTableChoice =
  /** A new table (a copy of the current one) for this subnet alone, with the route. */
  | { readonly kind: 'own' }
  /** The table in effect, edited for every subnet that uses it. */
  | { readonly kind: 'shared' }
  /** Another table of the VPC that already has the routes: the subnet is associated with it. */
  | { readonly kind: 'use'; readonly table: string };

/** What a drawn route will do, before the person chooses how (see `needsChoice`). */
export interface RoutePlan {
  readonly subnet: Subnet;
  /** The gateway or connection the routes point at (a peer VPC resolves to its peering connection). */
  readonly target: Resource;
  readonly destinations: readonly string[];
  /** The table in effect now (may be an implicit `<vpc>/main`). */
  readonly table: RouteTable;
  /** The other subnets that use `table`; asking first matters because their routing changes too. */
  readonly sharedWith: readonly string[];
  /** True when the table in effect is the main table or serves other subnets: the person chooses. */
  readonly needsChoice: boolean;
  /** Other tables of the VPC that already send every destination to the target (offered as "Use"). */
  readonly reusable: readonly string[];
  /** True when the subnet's VPC gets attached to the transit gateway as well. */
  readonly attaches: boolean;
}

export type RoutePlanResult =
  { readonly ok: true; readonly plan: RoutePlan } | { readonly ok: false; readonly refusal: RouteRefusal };

/** The resource types a subnet can be drawn to (a VPC stands for its peering connection). */
export const ROUTE_TARGET_TYPES: ReadonlySet<string> = new Set([
  'internet-gateway',
  'nat-gateway',
  'egress-only-internet-gateway',
  'peering-connection',
  'transit-gateway',
  'vpn-gateway',
  'vpc',
]);

/** Works out the route a drawn subnet -> target connection means, or why there is none. */
export function planRoute(document: VpcLabDocument, subnetId: string, targetId: string): RoutePlanResult {
  const index = indexDocument(document);
  const subnet = index.get(subnetId, 'subnet');
  const target = index.byId.get(targetId);
  if (!subnet || !target) return { ok: false, refusal: 'not-a-route-target' };
  const resolved = destinationsFor(index, subnet, target);
  if (!resolved.ok) return resolved;
  const table = effectiveRouteTable(index, subnet);
  if (!table) return { ok: false, refusal: 'not-a-route-target' };
  const sharedWith = index
    .subnetsOfVpc(subnet.vpc)
    .filter((s) => s.id !== subnet.id && effectiveRouteTable(index, s)?.id === table.id)
    .map((s) => s.id);
  const routeTarget = resolved.target.id;
  const reusable = index
    .ofType('route-table')
    .filter((t) => t.vpc === subnet.vpc && t.id !== table.id && t.main !== true)
    .filter((t) =>
      resolved.destinations.every((d) => t.routes.some((r) => r.destination === d && r.target === routeTarget)),
    )
    .map((t) => t.id);
  return {
    ok: true,
    plan: {
      subnet,
      target: resolved.target,
      destinations: resolved.destinations,
      table,
      sharedWith,
      needsChoice: table.main === true || sharedWith.length > 0,
      reusable,
      attaches: resolved.attaches,
    },
  };
}

type Destinations =
  | { readonly ok: true; readonly target: Resource; readonly destinations: string[]; readonly attaches: boolean }
  | { readonly ok: false; readonly refusal: RouteRefusal };

function destinationsFor(index: DocumentIndex, subnet: Subnet, target: Resource): Destinations {
  const found = (destinations: string[], attaches = false, to: Resource = target): Destinations => ({
    ok: true,
    target: to,
    destinations,
    attaches,
  });
  const sameVpc = (vpc: string | undefined) => vpc === subnet.vpc;
  switch (target.type) {
    case 'internet-gateway':
      if (!sameVpc(target.vpc)) return { ok: false, refusal: 'other-vpc' };
      return found(subnet.ipv6Cidr === undefined ? ['0.0.0.0/0'] : ['0.0.0.0/0', '::/0']);
    case 'egress-only-internet-gateway':
      if (!sameVpc(target.vpc)) return { ok: false, refusal: 'other-vpc' };
      return found(['::/0']);
    case 'nat-gateway':
      if (!sameVpc(index.vpcOf(target.id))) return { ok: false, refusal: 'other-vpc' };
      if (target.subnet === subnet.id) return { ok: false, refusal: 'nat-in-subnet' };
      return found(['0.0.0.0/0']);
    case 'vpn-gateway': {
      if (!sameVpc(target.vpc)) return { ok: false, refusal: 'other-vpc' };
      const cidrs = index.ofType('on-premises').flatMap((o) => (o.via === target.id ? o.cidrs : []));
      return cidrs.length === 0 ? { ok: false, refusal: 'no-on-premises' } : found(unique(cidrs));
    }
    case 'peering-connection': {
      const peer =
        target.requester === subnet.vpc
          ? target.accepter
          : target.accepter === subnet.vpc
            ? target.requester
            : undefined;
      const vpc = peer === undefined ? undefined : index.get(peer, 'vpc');
      if (!vpc) return { ok: false, refusal: 'other-vpc' };
      return found([...vpc.cidrBlocks, ...(vpc.ipv6CidrBlocks ?? [])]);
    }
    case 'vpc': {
      if (target.id === subnet.vpc) return { ok: false, refusal: 'same-vpc' };
      const peering = index
        .ofType('peering-connection')
        .find(
          (p) =>
            (p.requester === subnet.vpc && p.accepter === target.id) ||
            (p.accepter === subnet.vpc && p.requester === target.id),
        );
      if (!peering) return { ok: false, refusal: 'no-peering' };
      return found([...target.cidrBlocks, ...(target.ipv6CidrBlocks ?? [])], false, peering);
    }
    case 'transit-gateway': {
      const others = target.attachments.filter((a) => a.vpc !== subnet.vpc);
      const vpcBlocks = others.flatMap((a) => {
        const vpc = index.get(a.vpc, 'vpc');
        return vpc ? [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlocks ?? [])] : [];
      });
      const premises = index.ofType('on-premises').flatMap((o) => (o.via === target.id ? o.cidrs : []));
      const destinations = unique([...vpcBlocks, ...premises]);
      const attaches = !target.attachments.some((a) => a.vpc === subnet.vpc);
      return found(destinations.length > 0 ? destinations : ['0.0.0.0/0'], attaches);
    }
    default:
      return { ok: false, refusal: 'not-a-route-target' };
  }
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** `routes` with each destination sent to `target`: an existing route to the same destination is replaced. */
export function withRoutes(routes: readonly Route[], destinations: readonly string[], target: string): Route[] {
  const kept = routes.filter((r) => !destinations.includes(r.destination));
  return [...kept, ...destinations.map((destination) => ({ destination, target }))];
}

/**
 * Adds the route a drawn subnet -> target connection means, the way `choice` says, as one edit.
 * A plan that needs no choice (the subnet has a table of its own) edits that table whatever
 * `choice` says.
 */
export function connectRoute(
  document: VpcLabDocument,
  subnetId: string,
  targetId: string,
  choice: RouteTableChoice,
): EditResult {
  const planned = planRoute(document, subnetId, targetId);
  if (!planned.ok) return { ok: false, message: `No route from "${subnetId}" to "${targetId}" can be drawn.` };
  const { plan } = planned;
  const attached = plan.attaches ? attachToTransitGateway(document, plan) : document;
  const how: RouteTableChoice = plan.needsChoice ? choice : { kind: 'shared' };
  const routes = (table: RouteTable) => withRoutes(table.routes, plan.destinations, plan.target.id);
  switch (how.kind) {
    case 'shared': {
      if (isImplicitId(plan.table.id)) {
        return materialiseResource(attached, plan.table.id, { routes: routes(plan.table) });
      }
      return { ok: true, document: replaceResource(attached, { ...plan.table, routes: routes(plan.table) }) };
    }
    case 'use': {
      const table = indexDocument(attached).get(how.table, 'route-table');
      if (!table || table.vpc !== plan.subnet.vpc || table.main === true) {
        return { ok: false, message: `"${how.table}" is not a route table of VPC "${plan.subnet.vpc}".` };
      }
      const withTable = replaceResource(attached, { ...table, routes: routes(table) });
      return { ok: true, document: replaceResource(withTable, { ...plan.subnet, routeTable: table.id }) };
    }
    case 'own': {
      const id = freshTableId(attached);
      const table: RouteTable = { id, type: 'route-table', vpc: plan.subnet.vpc, routes: routes(plan.table) };
      const withSubnet = replaceResource(attached, { ...plan.subnet, routeTable: id });
      return { ok: true, document: { ...withSubnet, resources: [...withSubnet.resources, table] } };
    }
  }
}

function attachToTransitGateway(document: VpcLabDocument, plan: RoutePlan): VpcLabDocument {
  const tgw = plan.target;
  if (tgw.type !== 'transit-gateway') return document;
  const attachments = [...tgw.attachments, { vpc: plan.subnet.vpc, subnets: [plan.subnet.id] }];
  return replaceResource(document, { ...tgw, attachments });
}

function replaceResource(document: VpcLabDocument, resource: Resource): VpcLabDocument {
  return { ...document, resources: document.resources.map((r) => (r.id === resource.id ? resource : r)) };
}

/** The first free `rt-<n>` id. */
function freshTableId(document: VpcLabDocument): string {
  const taken = new Set(document.resources.map((r) => r.id));
  for (let n = 1; ; n++) if (!taken.has(`rt-${n}`)) return `rt-${n}`;
}
