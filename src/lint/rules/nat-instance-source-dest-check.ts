import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/** An instance that routes point at forwards nothing while its source/destination check is on. */
export const natInstanceSourceDestCheck: LintRule = {
  codes: ['NAT_INSTANCE_SOURCE_DEST_CHECK'],
  check(context) {
    const tablesByTarget = new Map<string, string[]>();
    for (const { resource: table } of context.resources('route-table')) {
      for (const route of table.routes) {
        const tables = tablesByTarget.get(route.target) ?? [];
        if (!tables.includes(table.id)) tables.push(table.id);
        tablesByTarget.set(route.target, tables);
      }
    }
    const findings: Finding[] = [];
    for (const { resource: instance, position } of context.resources('instance')) {
      const tables = tablesByTarget.get(instance.id);
      if (!tables || instance.sourceDestCheck === false) continue;
      findings.push(
        finding({
          code: 'NAT_INSTANCE_SOURCE_DEST_CHECK',
          resource: instance.id,
          severity: 'warning',
          path: context.path(position, ...(instance.sourceDestCheck === undefined ? [] : ['sourceDestCheck'])),
          params: { instance: instance.id, tables },
        }),
      );
    }
    return findings;
  },
};
