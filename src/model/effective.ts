import { parseCidr } from '../net/index.ts';
import type { DocumentIndex } from './document-index.ts';
import { securityGroupsField } from './resource-kinds.ts';
import type { NetworkAcl, Resource, RouteTable, SecurityGroup, Subnet } from './schema.ts';

/**
 * What actually applies to a subnet or a resource once the document's omissions are filled in
 * with the VPC's defaults (format.md: no `routeTable` means the main table, and so on).
 */

/** The route table a subnet uses: its own, else its VPC's main table (explicit or implicit). */
export function effectiveRouteTable(index: DocumentIndex, subnet: Subnet): RouteTable | undefined {
  if (subnet.routeTable !== undefined) return index.get(subnet.routeTable, 'route-table');
  return index.mainRouteTable(subnet.vpc);
}

/** The network ACL a subnet uses: its own, else its VPC's default NACL (explicit or implicit). */
export function effectiveNetworkAcl(index: DocumentIndex, subnet: Subnet): NetworkAcl | undefined {
  if (subnet.networkAcl !== undefined) return index.get(subnet.networkAcl, 'network-acl');
  return index.defaultNetworkAcl(subnet.vpc);
}

/**
 * The security groups on a resource's interfaces. Omitted means the VPC's default group,
 * except on a network load balancer, which then has none (and admits everything). Types
 * without groups (gateways, connections) give an empty list. Unresolvable ids are skipped.
 */
export function effectiveSecurityGroups(index: DocumentIndex, resource: Resource): SecurityGroup[] {
  const field = securityGroupsField(resource);
  if (field === null) return [];
  if (field.groups !== undefined) {
    return field.groups.flatMap((id) => index.get(id, 'security-group') ?? []);
  }
  if (resource.type === 'load-balancer' && resource.kind === 'network') return [];
  const vpc = index.vpcOf(resource.id);
  const group = vpc === undefined ? undefined : index.defaultSecurityGroup(vpc);
  return group ? [group] : [];
}

/** True when a table sends every IPv4 (0.0.0.0/0) or every IPv6 (::/0) address to an internet gateway. */
export function routesAllToInternetGateway(index: DocumentIndex, table: RouteTable): boolean {
  // Cheap tests first: the canvas asks this for every subnet on every edit.
  return table.routes.some((route) => {
    if (!route.destination.endsWith('/0') || index.get(route.target, 'internet-gateway') === undefined) return false;
    const block = parseCidr(route.destination);
    return block.ok && block.value.prefix === 0;
  });
}

/**
 * A subnet is public exactly when its route table (its own, else the VPC's main one) sends
 * 0.0.0.0/0 or ::/0 to an internet gateway: format.md makes it a consequence, never a flag.
 */
export function isPublicSubnet(index: DocumentIndex, subnet: Subnet): boolean {
  const table = effectiveRouteTable(index, subnet);
  return table !== undefined && routesAllToInternetGateway(index, table);
}
