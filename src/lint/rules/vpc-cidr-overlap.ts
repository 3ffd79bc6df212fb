import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';
import { vpcOverlaps } from '../vpc-overlaps.ts';

/**
 * Overlapping VPCs attached to one transit gateway: the later one's routes do not propagate.
 * Overlapping peered VPCs are left out on purpose: validation already refuses that peering
 * (PCX_OVERLAPPING_CIDRS, an error), and one problem should be reported once.
 */
export const vpcCidrOverlap: LintRule = {
  codes: ['VPC_CIDR_OVERLAP'],
  check(context) {
    const overlaps = vpcOverlaps(context);
    const findings: Finding[] = [];
    for (const { resource: tgw, position } of context.resources('transit-gateway')) {
      const attached = tgw.attachments.map((attachment) => attachment.vpc);
      for (const { a, b, blockA, blockB } of overlaps) {
        const i = attached.indexOf(a.resource.id);
        const j = attached.indexOf(b.resource.id);
        if (i < 0 || j < 0) continue;
        findings.push(
          finding({
            code: 'VPC_CIDR_OVERLAP',
            resource: tgw.id,
            severity: 'warning',
            path: context.path(position, 'attachments', Math.max(i, j)),
            params: { tgw: tgw.id, vpc: a.resource.id, block: blockA, other: b.resource.id, otherBlock: blockB },
          }),
        );
      }
    }
    return findings;
  },
};
