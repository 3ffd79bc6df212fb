import {
  indexDocument,
  isImplicitId,
  isNamedDefaultGroup,
  securityGroupsField,
  type SecurityGroup,
  type VpcLabDocument,
} from '../model/index.ts';
import type { EditCommand } from './types.ts';

/**
 * The edits that attach a new security group to the selected resources that can hold one in
 * its VPC: "Security group" in the palette with instances selected means a group for them. A
 * resource on its VPC's default group alone trades it for the new one (as choosing a group in
 * the AWS console does); one with groups of its own keeps them and gains the new one.
 */
export function attachGroupCommands(
  document: VpcLabDocument,
  group: SecurityGroup,
  selection: readonly string[],
): EditCommand[] {
  const index = indexDocument(document);
  return selection.flatMap((id): EditCommand[] => {
    const resource = index.byId.get(id);
    const field = resource ? securityGroupsField(resource) : null;
    if (!resource || !field || index.vpcOf(id) !== group.vpc) return [];
    const own = (field.groups ?? []).filter((g) => {
      const listed = index.get(g, 'security-group');
      return !isImplicitId(g) && !(listed && isNamedDefaultGroup(listed));
    });
    const kept = own.length > 0 ? (field.groups ?? []) : [];
    return [{ type: 'update-resource', id, patch: { securityGroups: [...kept, group.id] } }];
  });
}
