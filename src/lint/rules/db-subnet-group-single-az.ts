import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';
import { azsOf } from '../zones.ts';

/** AWS requires a DB subnet group to span at least two AZs (and Multi-AZ needs a second one). */
export const dbSubnetGroupSingleAz: LintRule = {
  codes: ['DB_SUBNET_GROUP_SINGLE_AZ'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: db, position } of context.resources('database')) {
      const azs = azsOf(context, db.subnets);
      if (azs.length !== 1) continue; // none: the subnets are broken references, which validation reports
      findings.push(
        finding({
          code: 'DB_SUBNET_GROUP_SINGLE_AZ',
          resource: db.id,
          severity: 'warning',
          path: context.path(position, 'subnets'),
          params: { database: db.id, az: azs[0]! },
        }),
      );
    }
    return findings;
  },
};
