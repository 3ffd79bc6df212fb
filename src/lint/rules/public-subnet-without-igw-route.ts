import { effectiveRouteTable } from '../../model/index.ts';
import { hasDefaultRouteToInternetGateway } from '../routes.ts';
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
      findings.push({
        code: 'PUBLIC_SUBNET_WITHOUT_IGW_ROUTE',
        resource: subnet.id,
        severity: 'warning',
        path: context.path(position, ...(subnet.routeTable === undefined ? [] : ['routeTable'])),
        message: `Subnet "${subnet.id}" is named public, but its route table "${table.id}" has no 0.0.0.0/0 or ::/0 route to an internet gateway, so add that route (or use a table that has it), or rename the subnet if it is meant to be private.`,
        params: { subnet: subnet.id, table: table.id },
      });
    }
    return findings;
  },
};
