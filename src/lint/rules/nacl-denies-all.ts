import { effectiveNetworkAcl } from '../../model/index.ts';
import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/**
 * A network ACL in use with no allow rule in one direction: every subnet using it is cut off
 * that way, including the replies to traffic allowed the other way (NACLs are stateless).
 */
export const naclDeniesAll: LintRule = {
  codes: ['NACL_DENIES_ALL'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: nacl, position } of context.resources('network-acl')) {
      const closed = (['inbound', 'outbound'] as const).filter((direction) =>
        nacl[direction].every((rule) => rule.action !== 'allow'),
      );
      if (closed.length === 0) continue;
      const subnets = context
        .resources('subnet')
        .filter(({ resource }) => effectiveNetworkAcl(context.index, resource)?.id === nacl.id)
        .map(({ resource }) => resource.id);
      if (subnets.length === 0) continue;
      findings.push(
        finding({
          code: 'NACL_DENIES_ALL',
          resource: nacl.id,
          severity: 'warning',
          path: context.path(position, closed[0]!),
          params: { nacl: nacl.id, closed, subnets },
        }),
      );
    }
    return findings;
  },
};
