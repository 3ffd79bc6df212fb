import { effectiveRouteTable } from '../../model/index.ts';
import { hasDefaultRouteToInternetGateway } from '../routes.ts';
import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/** A subnet is public because of its route table, not its name; a "public" name without the route misleads. */
export const publicSubnetWithoutIgwRoute: LintRule = {
  codes: ['PUBLIC_SUBNET_WITHOUT_IGW_ROUTE'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: subnet, position } of context.resources('subnet')) {
      if (!/public/i.test(subnet.id) && !/public/i.test(subnet.name ?? '')) continue;
      const table = effectiveRouteTable(context.index, subnet);
      if (!table || hasDefaultRouteToInternetGateway(context, table)) continue;
      findings.push(
        finding({
          code: 'PUBLIC_SUBNET_WITHOUT_IGW_ROUTE',
          resource: subnet.id,
          severity: 'warning',
          path: context.path(position, ...(subnet.routeTable === undefined ? [] : ['routeTable'])),
          params: { subnet: subnet.id, table: table.id },
        }),
      );
    }
    return findings;
  },
};
