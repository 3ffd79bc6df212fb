import { isNamedDefaultGroup, securityGroupsField } from '../../model/index.ts';
import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * A security group that nothing wears and no other group's rule names does nothing: usually a
 * leftover, or a resource that was meant to use it. VPC default groups are AWS's and excluded,
 * implicit or declared (a group named "default" is its VPC's default group, src/model/implicit.ts):
 * every resource that names no group wears it, and AWS never lets it be deleted.
 */
export const sgUnused: LintRule = {
  codes: ['SG_UNUSED'],
  check(context) {
    const used = new Set<string>();
    for (const resource of context.document.resources) {
      for (const id of securityGroupsField(resource)?.groups ?? []) used.add(id);
    }
    for (const { resource: group } of context.resources('security-group')) {
      for (const rule of [...group.inbound, ...group.outbound]) {
        // A group naming itself is still unused when nothing wears it.
        if (rule.securityGroup !== undefined && rule.securityGroup !== group.id) used.add(rule.securityGroup);
      }
    }
    const findings: Finding[] = [];
    for (const { resource: group, position } of context.resources('security-group')) {
      if (used.has(group.id) || isNamedDefaultGroup(group)) continue;
      findings.push(
        finding({
          code: 'SG_UNUSED',
          resource: group.id,
          severity: 'info',
          path: context.path(position),
          params: { group: group.id },
        }),
      );
    }
    return findings;
  },
};
