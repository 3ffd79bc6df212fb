import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';
import { transitGatewaysByVpc, vpcOverlaps } from '../vpc-overlaps.ts';

/**
 * Overlapping VPCs that are not connected: harmless today, but they can never be peered or
 * share a transit gateway later, which is cheap to fix on a drawing and costly once deployed.
 */
export const vpcCidrOverlapUnpeered: LintRule = {
  codes: ['VPC_CIDR_OVERLAP_UNPEERED'],
  check(context) {
    const gateways = transitGatewaysByVpc(context);
    const findings: Finding[] = [];
    for (const { a, b, blockA, blockB, fieldB } of vpcOverlaps(context)) {
      const idA = a.resource.id;
      const idB = b.resource.id;
      const sharesGateway = [...(gateways.get(idA) ?? [])].some((tgw) => gateways.get(idB)?.has(tgw));
      if (context.index.peeredVpcs(idA).has(idB) || sharesGateway) continue;
      findings.push(
        finding({
          code: 'VPC_CIDR_OVERLAP_UNPEERED',
          resource: idB,
          severity: 'info',
          path: context.path(b.position, ...fieldB),
          params: { vpc: idB, block: blockB, other: idA, otherBlock: blockA },
        }),
      );
    }
    return findings;
  },
};
