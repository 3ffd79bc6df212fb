import { assertNever } from './assert-never.ts';
import type { Resource, ResourceType } from './schema.ts';

/**
 * Facts about resource types that several stages share: which can be route targets, which
 * carry traffic, which have network interfaces and security groups.
 */

/** Types a route may target (besides `"blackhole"`), per format.md. */
export const ROUTE_TARGET_TYPES = [
  'internet-gateway',
  'egress-only-internet-gateway',
  'nat-gateway',
  'vpn-gateway',
  'peering-connection',
  'transit-gateway',
  'instance',
] as const satisfies readonly ResourceType[];

/** Types an endpoint may name (an interface `vpc-endpoint` only; see `isTrafficCapable`). */
export const TRAFFIC_CAPABLE_TYPES = [
  'instance',
  'database',
  'load-balancer',
  'lambda',
  'nat-gateway',
  'vpc-endpoint',
  'on-premises',
] as const satisfies readonly ResourceType[];

/** Types that may be load balancer targets (a `vpc-endpoint` only of kind interface). */
export const LOAD_BALANCER_TARGET_TYPES = [
  'instance',
  'database',
  'vpc-endpoint',
] as const satisfies readonly ResourceType[];

/** True when a flow can start or end at this resource (format.md, "Endpoints"). */
export function isTrafficCapable(resource: Resource): boolean {
  if (resource.type === 'vpc-endpoint') return resource.kind === 'interface';
  return (TRAFFIC_CAPABLE_TYPES as readonly string[]).includes(resource.type);
}

/** Subnets in which the resource has a network interface, in document order (possibly unresolved ids). */
export function subnetsOf(resource: Resource): readonly string[] {
  switch (resource.type) {
    case 'instance':
      return [resource.subnet, ...(resource.networkInterfaces ?? []).map((eni) => eni.subnet)];
    case 'nat-gateway':
      return [resource.subnet];
    case 'database':
    case 'load-balancer':
    case 'lambda':
      return resource.subnets;
    case 'vpc-endpoint':
      return resource.kind === 'interface' ? resource.subnets : [];
    case 'vpc':
    case 'subnet':
    case 'route-table':
    case 'network-acl':
    case 'security-group':
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'vpn-gateway':
    case 'on-premises':
    case 'peering-connection':
    case 'transit-gateway':
    case 'prefix-list':
    case 'transit-gateway-route-table':
      return [];
    default:
      return assertNever(resource);
  }
}

/** The `securityGroups` field of a resource that can have one; null for types that cannot. */
export function securityGroupsField(resource: Resource): { readonly groups: readonly string[] | undefined } | null {
  switch (resource.type) {
    case 'instance':
    case 'database':
    case 'load-balancer':
    case 'lambda':
      return { groups: resource.securityGroups };
    case 'vpc-endpoint':
      return resource.kind === 'interface' ? { groups: resource.securityGroups } : null;
    default:
      return null;
  }
}
