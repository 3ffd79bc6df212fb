import { indexDocument, type Resource, type VpcLabDocument } from '../model/index.ts';

/**
 * After a deletion, links that only held through a deleted resource go too, so nothing refers
 * to what no longer connects: a group rule naming a group across a peering connection that was
 * deleted is removed, and a route to a transit gateway from a VPC whose attachment went (its
 * attachment subnets were deleted) becomes a blackhole.
 */
export function dropLostLinks(before: VpcLabDocument, resources: readonly Resource[]): Resource[] {
  const old = indexDocument(before);
  const now = indexDocument({ ...before, resources: [...resources] });
  const attached = (index: typeof old, tgw: string, vpc: string): boolean =>
    index.get(tgw, 'transit-gateway')?.attachments.some((a) => a.vpc === vpc) ?? false;
  const reachable = (index: typeof old, vpc: string, other: string): boolean =>
    vpc === other || index.peeredVpcs(vpc).has(other);

  return resources.map((resource) => {
    if (resource.type === 'security-group') {
      const keep = (rule: { securityGroup?: string }): boolean => {
        if (rule.securityGroup === undefined) return true;
        const other = now.vpcOf(rule.securityGroup);
        if (other === undefined) return true;
        return reachable(now, resource.vpc, other) || !reachable(old, resource.vpc, other);
      };
      const inbound = resource.inbound.filter(keep);
      const outbound = resource.outbound.filter(keep);
      if (inbound.length === resource.inbound.length && outbound.length === resource.outbound.length) return resource;
      return { ...resource, inbound, outbound };
    }
    if (resource.type === 'route-table') {
      let changed = false;
      const routes = resource.routes.map((route) => {
        const lost =
          now.get(route.target, 'transit-gateway') !== undefined &&
          attached(old, route.target, resource.vpc) &&
          !attached(now, route.target, resource.vpc);
        changed ||= lost;
        return lost ? { ...route, target: 'blackhole' } : route;
      });
      return changed ? { ...resource, routes } : resource;
    }
    return resource;
  });
}
