import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';
import { azsOf } from '../zones.ts';

/** AWS refuses an application load balancer with subnets in fewer than two AZs. */
export const albSingleAz: LintRule = {
  codes: ['ALB_SINGLE_AZ'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: lb, position } of context.resources('load-balancer')) {
      if (lb.kind !== 'application') continue;
      const azs = azsOf(context, lb.subnets);
      if (azs.length !== 1) continue;
      findings.push(
        finding({
          code: 'ALB_SINGLE_AZ',
          resource: lb.id,
          severity: 'warning',
          path: context.path(position, 'subnets'),
          params: { balancer: lb.id, az: azs[0]! },
        }),
      );
    }
    return findings;
  },
};
