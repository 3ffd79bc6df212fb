import type { Resource } from '../../model/index.ts';
import type { Prng } from './prng.ts';

/**
 * What the random document generator knows while it draws: the network skeleton, so later
 * draws (routes, rules, resources) only reference things that exist and stay valid.
 */
export interface SubnetDraft {
  readonly id: string;
  readonly vpc: string;
  readonly cidr: string;
  readonly ipv6Cidr: string | undefined;
  readonly az: string;
  /** The first addresses the automatic assignment hands out (.4, .5, ...), for /32 rules. */
  readonly hostBase: string;
}

export interface VpcDraft {
  readonly id: string;
  readonly cidr: string;
  /** A secondary IPv4 block (172.16.x.0/24), or undefined. */
  readonly secondary: string | undefined;
  readonly ipv6: string | undefined;
  readonly subnets: SubnetDraft[];
  igw: string | undefined;
  eigw: string | undefined;
  vgw: string | undefined;
  readonly natGateways: string[];
  /** Instances with source/destination check off: NAT instance route targets. */
  readonly natInstances: string[];
  /** Instances that are valid route targets even with the check on (to exercise the block). */
  readonly routableInstances: string[];
  readonly groups: string[];
  readonly tables: string[];
  readonly peers: Map<string, string>;
  tgwAttached: boolean;
}

export interface OnPremDraft {
  readonly id: string;
  /** An IPv4 block, sometimes followed by an IPv6 one. */
  readonly cidrs: string[];
  readonly via: string;
}

export interface Draft {
  readonly rng: Prng;
  readonly vpcs: VpcDraft[];
  readonly onPrem: OnPremDraft[];
  tgw: string | undefined;
  readonly resources: Resource[];
}

/** Every IPv4 block a rule may name: the design's own and some outside ones. */
export function ipv4Blocks(draft: Draft): string[] {
  const out = ['0.0.0.0/0', '10.0.0.0/8', '203.0.113.0/24', '52.216.0.0/15'];
  for (const vpc of draft.vpcs) {
    out.push(vpc.cidr, ...(vpc.secondary === undefined ? [] : [vpc.secondary]));
    for (const subnet of vpc.subnets) out.push(subnet.cidr, `${subnet.hostBase}4/32`, `${subnet.hostBase}5/32`);
  }
  for (const network of draft.onPrem) out.push(network.cidrs[0]!);
  return out;
}

/** Every IPv6 block a rule may name. */
export function ipv6Blocks(draft: Draft): string[] {
  const out = ['::/0'];
  for (const vpc of draft.vpcs) {
    if (vpc.ipv6) out.push(vpc.ipv6);
    for (const subnet of vpc.subnets) if (subnet.ipv6Cidr) out.push(subnet.ipv6Cidr);
  }
  for (const network of draft.onPrem) out.push(...network.cidrs.slice(1));
  return out;
}

export const hasIpv6 = (draft: Draft): boolean => draft.vpcs.some((v) => v.ipv6 !== undefined);
