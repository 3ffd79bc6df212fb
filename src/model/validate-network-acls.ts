import { resolve } from './references.ts';
import { checkRulePorts } from './rule-checks.ts';
import type { NetworkAcl } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/** Network ACLs: their VPC, unique rule numbers per direction, ports and CIDRs. */
export function validateNetworkAcls(context: ValidationContext): void {
  for (const acl of context.index.ofType('network-acl')) {
    if (context.index.position.get(acl.id) === undefined) continue; // implicit default ACL
    resolve(context, { owner: acl, segments: ['vpc'], label: 'vpc', id: acl.vpc, types: ['vpc'] });
    validateDirection(context, acl, 'inbound');
    validateDirection(context, acl, 'outbound');
  }
}

function validateDirection(context: ValidationContext, acl: NetworkAcl, direction: 'inbound' | 'outbound'): void {
  const numbers = new Map<number, number>();
  acl[direction].forEach((rule, i) => {
    const label = `${direction} rule ${rule.rule}`;
    const earlier = numbers.get(rule.rule);
    if (earlier !== undefined) {
      context.error(
        'NACL_RULE_DUPLICATE',
        acl.id,
        context.path(acl, direction, i, 'rule'),
        `${context.name(acl)}: ${direction}[${earlier}] and ${direction}[${i}] both use rule number ${rule.rule}. Give each ${direction} rule its own number.`,
      );
    } else {
      numbers.set(rule.rule, i);
    }
    checkRulePorts(context, acl, [direction, i], label, rule.protocol, rule.ports);
    context.checkCidr(acl, [direction, i, 'cidr'], `${label} cidr`, rule.cidr);
  });
}
