import type { Resource } from '../model/index.ts';
import type { Cidr } from '../net/index.ts';
import { shiftCidr } from './clip-cidrs.ts';

/** Where one block of a pasted VPC went. */
export interface BlockShift {
  readonly from: Cidr;
  readonly to: Cidr;
}

/**
 * A pasted resource with every IPv4 CIDR of its rules that lay inside a moved VPC block moved
 * to the same place in the block it went to: the copy's route to its own firewall subnet, its
 * network ACL's "allow the VPC" and its group's "allow the app subnet" then speak of the copy,
 * not of the original it was copied from. CIDRs around a block (`0.0.0.0/0`, `10.0.0.0/8`) and
 * outside every moved block stay as written.
 */
export function shiftRuleCidrs(resource: Resource, shifts: readonly BlockShift[]): Resource {
  if (shifts.length === 0) return resource;
  const shift = (text: string): string => {
    for (const { from, to } of shifts) {
      const moved = shiftCidr(text, from, to);
      if (moved !== text) return moved;
    }
    return text;
  };
  const destinations = <T extends { readonly destination: string }>(routes: readonly T[]): T[] =>
    routes.map((route) => {
      const destination = shift(route.destination);
      return destination === route.destination ? route : { ...route, destination };
    });
  const cidrs = <T extends { readonly cidr?: string }>(rules: readonly T[]): T[] =>
    rules.map((rule) => {
      if (rule.cidr === undefined) return rule;
      const cidr = shift(rule.cidr);
      return cidr === rule.cidr ? rule : { ...rule, cidr };
    });
  switch (resource.type) {
    case 'route-table':
      return { ...resource, routes: destinations(resource.routes) };
    case 'transit-gateway-route-table':
      return { ...resource, routes: destinations(resource.routes) };
    case 'transit-gateway':
      return resource.routes ? { ...resource, routes: destinations(resource.routes) } : resource;
    case 'network-acl':
      return { ...resource, inbound: cidrs(resource.inbound), outbound: cidrs(resource.outbound) };
    case 'security-group':
      return { ...resource, inbound: cidrs(resource.inbound), outbound: cidrs(resource.outbound) };
    case 'prefix-list':
      return { ...resource, entries: cidrs(resource.entries) };
    default:
      return resource;
  }
}
