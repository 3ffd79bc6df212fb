import { checkRepeats, reportOtherVpc, resolve } from './references.ts';
import { securityGroupsField, subnetsOf } from './resource-kinds.ts';
import type { Resource } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/** AWS allows at most five security groups per network interface. */
export const MAX_SECURITY_GROUPS = 5;

/** The `securityGroups` of instances, databases, load balancers, Lambda functions and interface endpoints. */
export function validateSecurityGroupAttachments(context: ValidationContext): void {
  for (const resource of context.document.resources) {
    const field = securityGroupsField(resource);
    if (field === null || field.groups === undefined) continue;
    const groups = field.groups;
    const path = context.path(resource, 'securityGroups');
    const isNetworkBalancer = resource.type === 'load-balancer' && resource.kind === 'network';
    if (groups.length === 0 && !isNetworkBalancer) {
      context.error(
        'SECURITY_GROUPS_EMPTY',
        resource.id,
        path,
        `${context.name(resource)}: securityGroups is empty, but it needs at least one group. Add a group, or remove the field to use the VPC's default group.`,
      );
    }
    if (groups.length > MAX_SECURITY_GROUPS) {
      context.error(
        'SECURITY_GROUPS_TOO_MANY',
        resource.id,
        path,
        `${context.name(resource)}: securityGroups lists ${groups.length} groups, but a network interface takes at most ${MAX_SECURITY_GROUPS}. Merge rules into fewer groups.`,
      );
    }
    checkRepeats(context, resource, 'securityGroups', groups);
    const vpc = resourceVpc(context, resource);
    groups.forEach((id, i) => {
      const group = resolve(context, {
        owner: resource,
        segments: ['securityGroups', i],
        label: `securityGroups[${i}]`,
        id,
        types: ['security-group'],
      });
      if (group && vpc !== undefined && group.vpc !== vpc) {
        reportOtherVpc(context, resource, ['securityGroups', i], `security group "${group.id}"`, group.vpc, vpc);
      }
    });
  }
}

/** The VPC of a resource judged from its own fields (robust to duplicated ids). */
function resourceVpc(context: ValidationContext, resource: Resource): string | undefined {
  if (resource.type === 'vpc-endpoint') return resource.vpc;
  return subnetsOf(resource)
    .map((id) => context.index.get(id, 'subnet')?.vpc)
    .find((vpc) => vpc !== undefined);
}
