import { checkRepeats, reportOtherVpc, resolve } from './references.ts';
import { subnetsOf } from './resource-kinds.ts';
import type { Resource, Subnet } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/**
 * Where resources with network interfaces sit: the subnets they name exist, a multi-subnet
 * resource stays in one VPC without repeats, and a DB subnet group spans two AZs.
 */
export function validatePlacement(context: ValidationContext): void {
  for (const resource of context.document.resources) {
    switch (resource.type) {
      case 'instance':
      case 'nat-gateway':
        resolve(context, {
          owner: resource,
          segments: ['subnet'],
          label: 'subnet',
          id: resource.subnet,
          types: ['subnet'],
        });
        break;
      case 'database':
      case 'load-balancer':
      case 'lambda':
        checkSubnetList(context, resource, undefined);
        break;
      case 'vpc-endpoint':
        if (resource.kind === 'interface') {
          const vpc = context.index.get(resource.vpc, 'vpc') ? resource.vpc : undefined;
          checkSubnetList(context, resource, vpc);
        }
        break;
      default:
        break;
    }
  }
}

/** Resolves each listed subnet and checks they share one VPC (`requiredVpc` when given). */
function checkSubnetList(context: ValidationContext, resource: Resource, requiredVpc: string | undefined): Subnet[] {
  const ids = subnetsOf(resource);
  checkRepeats(context, resource, 'subnets', ids);
  const resolved: Subnet[] = [];
  const subnets: Subnet[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) return;
    seen.add(id);
    const subnet = resolve(context, {
      owner: resource,
      segments: ['subnets', i],
      label: `subnets[${i}]`,
      id,
      types: ['subnet'],
    });
    if (!subnet) return;
    resolved.push(subnet);
    if (!context.index.get(subnet.vpc, 'vpc')) return; // reported on the subnet itself
    const expected = requiredVpc ?? subnets[0]?.vpc;
    if (expected !== undefined && subnet.vpc !== expected) {
      if (requiredVpc !== undefined) {
        reportOtherVpc(context, resource, ['subnets', i], `subnet "${subnet.id}"`, subnet.vpc, requiredVpc);
      } else {
        context.error(
          'SUBNETS_MULTIPLE_VPCS',
          resource.id,
          context.path(resource, 'subnets', i),
          `${context.name(resource)}: subnet "${subnet.id}" is in VPC "${subnet.vpc}", but subnet "${subnets[0]?.id}" is in VPC "${expected}"; all subnets of one resource must be in the same VPC. Pick subnets of VPC "${expected}".`,
        );
      }
      return;
    }
    subnets.push(subnet);
  });
  if (resource.type === 'database' && resolved.length > 0 && new Set(resolved.map((s) => s.az)).size < 2) {
    context.warn(
      'DB_SUBNET_GROUP_SINGLE_AZ',
      resource.id,
      context.path(resource, 'subnets'),
      `${context.name(resource)}: its subnets are all in AZ "${resolved[0]?.az}", but AWS requires a DB subnet group to cover at least two AZs. Add a subnet in another AZ.`,
    );
  }
  return subnets;
}
