import { indexDocument, type Resource, type VpcLabDocument } from '../model/index.ts';
import { newErrors } from './guard.ts';
import type { EditResult } from './types.ts';

/**
 * Moves a resource into another subnet: an instance's or NAT gateway's `subnet`, or the first
 * of `subnets` (where a database, balancer, function or interface endpoint lives). A move to
 * another VPC is refused when the resource's groups, other subnets, route or balancer links
 * would be left in the old VPC; an explicit private IP is dropped because the new subnet
 * assigns its own.
 */
export function reparentResource(document: VpcLabDocument, id: string, subnetId: string): EditResult {
  const index = indexDocument(document);
  const resource = document.resources.find((r) => r.id === id);
  if (!resource) return { ok: false, message: `There is no resource "${id}".` };
  const subnet = index.byId.get(subnetId);
  if (!subnet) return { ok: false, message: `There is no subnet "${subnetId}".` };
  if (subnet.type !== 'subnet') {
    return { ok: false, message: `"${subnetId}" is not a subnet: ${id} can only be placed in a subnet.` };
  }
  const moved = moveInto(resource, subnetId);
  if (moved === null) return { ok: false, message: `"${id}" is not placed in a subnet, so it cannot move into one.` };
  if (moved === resource) return { ok: true, document, selected: [id] };

  const fromVpc = index.vpcOf(id);
  if (fromVpc !== undefined && fromVpc !== subnet.vpc) {
    const groups = 'securityGroups' in resource ? (resource.securityGroups ?? []) : [];
    const foreign = groups.find((group) => index.vpcOf(group) === fromVpc);
    if (foreign !== undefined) {
      return {
        ok: false,
        message: `Cannot move ${id} into subnet ${subnetId} of VPC ${subnet.vpc}: its security group ${foreign} is in VPC ${fromVpc}. Detach the group first.`,
      };
    }
  }
  const next: VpcLabDocument = {
    ...document,
    resources: document.resources.map((r) => (r.id === id ? moved : r)),
  };
  const added = newErrors(document, next);
  if (added.length > 0) return { ok: false, message: `Cannot move ${id} into subnet ${subnetId}: ${added[0]}` };
  return { ok: true, document: next, selected: [id] };
}

/** The resource placed in `subnet`; the same object when it already is; null when it has no subnet. */
function moveInto(resource: Resource, subnet: string): Resource | null {
  switch (resource.type) {
    case 'instance': {
      if (resource.subnet === subnet) return resource;
      const { privateIp: _dropped, ...rest } = resource;
      return { ...rest, subnet };
    }
    case 'nat-gateway':
      return resource.subnet === subnet ? resource : { ...resource, subnet };
    case 'database':
    case 'load-balancer':
    case 'lambda':
      if (resource.subnets[0] === subnet) return resource;
      return { ...resource, subnets: [subnet, ...resource.subnets.slice(1).filter((s) => s !== subnet)] };
    case 'vpc-endpoint':
      if (resource.kind !== 'interface') return null;
      if (resource.subnets[0] === subnet) return resource;
      return { ...resource, subnets: [subnet, ...resource.subnets.slice(1).filter((s) => s !== subnet)] };
    default:
      return null;
  }
}
