import { resolve } from './references.ts';
import { checkRulePorts } from './rule-checks.ts';
import { checkRulePrefixList } from './validate-prefix-lists.ts';
import type { SecurityGroup } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/** Security groups: their VPC, and each rule's single source or destination. */
export function validateSecurityGroups(context: ValidationContext): void {
  for (const group of context.index.ofType('security-group')) {
    if (context.index.position.get(group.id) === undefined) continue; // implicit default group
    resolve(context, { owner: group, segments: ['vpc'], label: 'vpc', id: group.vpc, types: ['vpc'] });
    validateDirection(context, group, 'inbound');
    validateDirection(context, group, 'outbound');
  }
}

function validateDirection(context: ValidationContext, group: SecurityGroup, direction: 'inbound' | 'outbound'): void {
  const peer = direction === 'inbound' ? 'source' : 'destination';
  group[direction].forEach((rule, i) => {
    const label = `${direction}[${i}]`;
    const given = [rule.cidr, rule.securityGroup, rule.prefixList].filter((v) => v !== undefined).length;
    if (given !== 1) {
      context.error(
        'SG_RULE_PEER_COUNT',
        group.id,
        context.path(group, direction, i),
        given === 0
          ? `${context.name(group)}: ${label} has no ${peer}. Give it exactly one of cidr, securityGroup or prefixList.`
          : `${context.name(group)}: ${label} has ${given} ${peer}s, but a rule takes exactly one of cidr, securityGroup or prefixList. Split it into one rule per ${peer}.`,
      );
    }
    checkRulePorts(context, group, [direction, i], label, rule.protocol, rule.ports);
    if (rule.cidr !== undefined) context.checkCidr(group, [direction, i, 'cidr'], `${label} cidr`, rule.cidr);
    checkRulePrefixList(context, group, direction, i);
    if (rule.securityGroup !== undefined) {
      const other = resolve(context, {
        owner: group,
        segments: [direction, i, 'securityGroup'],
        label: `${label} securityGroup`,
        id: rule.securityGroup,
        types: ['security-group'],
      });
      if (other && other.vpc !== group.vpc && !context.index.peeredVpcs(group.vpc).has(other.vpc)) {
        context.error(
          'SG_RULE_GROUP_NOT_PEERED',
          group.id,
          context.path(group, direction, i, 'securityGroup'),
          `${context.name(group)}: ${label} names security group "${other.id}" of VPC "${other.vpc}", which is neither this group's VPC "${group.vpc}" nor peered with it. Peer the VPCs or use a CIDR.`,
        );
      }
    }
  });
}
