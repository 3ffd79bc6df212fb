import { cidrOverlaps, formatCidr } from '../net/index.ts';
import { resolve } from './references.ts';
import type { ValidationContext } from './validate-context.ts';

/** Peering connections join two different VPCs whose CIDRs do not overlap, once per pair. */
export function validatePeering(context: ValidationContext): void {
  const pairs = new Map<string, string>();
  for (const pcx of context.index.ofType('peering-connection')) {
    const requester = resolve(context, {
      owner: pcx,
      segments: ['requester'],
      label: 'requester',
      id: pcx.requester,
      types: ['vpc'],
    });
    const accepter = resolve(context, {
      owner: pcx,
      segments: ['accepter'],
      label: 'accepter',
      id: pcx.accepter,
      types: ['vpc'],
    });
    if (!requester || !accepter) continue;
    if (requester.id === accepter.id) {
      context.error(
        'PEERING_SAME_VPC',
        pcx.id,
        context.path(pcx, 'accepter'),
        `${context.name(pcx)}: requester and accepter are both VPC "${requester.id}", but a peering connection joins two different VPCs. Pick another accepter VPC.`,
      );
      continue;
    }
    const key = [requester.id, accepter.id].sort().join('\u0000');
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      context.error(
        'PEERING_DUPLICATE',
        pcx.id,
        context.path(pcx),
        `${context.name(pcx)}: VPCs "${requester.id}" and "${accepter.id}" are already peered by "${earlier}", and AWS allows one active peering per pair. Delete one of the two.`,
      );
      continue;
    }
    pairs.set(key, pcx.id);
    const a = context.vpcBlocks(requester.id);
    const b = context.vpcBlocks(accepter.id);
    for (const x of [...a.v4, ...a.v6]) {
      const y = [...b.v4, ...b.v6].find((block) => cidrOverlaps(x, block));
      if (y) {
        context.error(
          'PCX_OVERLAPPING_CIDRS',
          pcx.id,
          context.path(pcx),
          `${context.name(pcx)}: VPC "${requester.id}" (${formatCidr(x)}) and VPC "${accepter.id}" (${formatCidr(y)}) have overlapping CIDR blocks, so they cannot be peered. Change one VPC's blocks so they do not overlap.`,
        );
        break;
      }
    }
  }
}
