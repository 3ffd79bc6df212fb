import type { Vpc } from '../model/index.ts';
import { cidrOverlaps } from '../net/index.ts';
import type { LintContext, Located } from './types.ts';

/** Two VPCs with a pair of overlapping blocks; `a` comes first in the document. */
export interface VpcOverlap {
  readonly a: Located<Vpc>;
  readonly b: Located<Vpc>;
  readonly blockA: string;
  readonly blockB: string;
  /** Where `blockB` sits in `b`: `['cidrBlocks', 0]` or `['ipv6CidrBlocks', 1]`. */
  readonly fieldB: readonly [string, number];
}

/** Every pair of distinct user VPCs whose blocks overlap, once per pair (the first clashing blocks), in document order. */
export function vpcOverlaps(context: LintContext): VpcOverlap[] {
  const vpcs = context.resources('vpc');
  const out: VpcOverlap[] = [];
  vpcs.forEach((a, i) => {
    for (const b of vpcs.slice(i + 1)) {
      if (a.resource.id === b.resource.id) continue; // a duplicated id is validation's concern
      const clash = firstClash(context, a.resource, b.resource);
      if (clash) out.push({ a, b, ...clash });
    }
  });
  return out;
}

function firstClash(context: LintContext, a: Vpc, b: Vpc): Omit<VpcOverlap, 'a' | 'b'> | undefined {
  for (const field of ['cidrBlocks', 'ipv6CidrBlocks'] as const) {
    const blocksB = b[field] ?? [];
    for (const blockA of a[field] ?? []) {
      const x = context.cidr(blockA);
      if (!x) continue;
      const k = blocksB.findIndex((text) => {
        const y = context.cidr(text);
        return y !== undefined && cidrOverlaps(x, y);
      });
      if (k >= 0) return { blockA, blockB: blocksB[k]!, fieldB: [field, k] };
    }
  }
  return undefined;
}

/** For each VPC, the transit gateways (user ids) it is attached to. */
export function transitGatewaysByVpc(context: LintContext): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { resource: tgw } of context.resources('transit-gateway')) {
    for (const attachment of tgw.attachments) {
      out.set(attachment.vpc, (out.get(attachment.vpc) ?? new Set()).add(tgw.id));
    }
  }
  return out;
}
