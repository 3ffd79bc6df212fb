import { effectiveRouteTable } from '../../model/index.ts';
import { routesToInternetGateway } from '../routes.ts';
import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * A public NAT gateway sends what it translates out through its own subnet's route table; with
 * no IPv4 route to an internet gateway there, nothing it serves reaches the internet.
 */
export const natGatewayInPrivateSubnet: LintRule = {
  codes: ['NAT_GATEWAY_IN_PRIVATE_SUBNET'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: nat, position } of context.resources('nat-gateway')) {
      if (nat.connectivity === 'private') continue;
      const subnet = context.index.get(nat.subnet, 'subnet');
      const table = subnet && effectiveRouteTable(context.index, subnet);
      if (!table) continue;
      const toIgw = routesToInternetGateway(context.index, table).some(
        (route) => context.cidr(route.destination)?.version === 4,
      );
      if (toIgw) continue;
      findings.push(
        finding({
          code: 'NAT_GATEWAY_IN_PRIVATE_SUBNET',
          resource: nat.id,
          severity: 'warning',
          path: context.path(position, 'subnet'),
          params: { nat: nat.id, subnet: nat.subnet, table: table.id },
        }),
      );
    }
    return findings;
  },
};
