import { cidrContains, cidrOverlaps, formatCidr, type Cidr } from '../net/index.ts';
import { reportOtherVpc, resolve } from './references.ts';
import type { Subnet } from './schema.ts';
import { formatBlocks, type ValidationContext } from './validate-context.ts';

/** Subnet sizes AWS allows for IPv4; IPv6 subnets are always /64. */
export const SUBNET_LIMITS = { minPrefix: 16, maxPrefix: 28, ipv6Prefix: 64 } as const;

/** Subnet CIDRs against their VPC and siblings, and the route table and ACL they name. */
export function validateSubnets(context: ValidationContext): void {
  const placed = new Map<string, { subnet: Subnet; block: Cidr }[]>();
  for (const subnet of context.index.ofType('subnet')) {
    const vpc = resolve(context, { owner: subnet, segments: ['vpc'], label: 'vpc', id: subnet.vpc, types: ['vpc'] });
    const v4 = checkIpv4(context, subnet, vpc !== undefined);
    const v6 =
      subnet.ipv6Cidr === undefined ? undefined : checkIpv6(context, subnet, subnet.ipv6Cidr, vpc !== undefined);
    const siblings = placed.get(subnet.vpc) ?? [];
    for (const [block, field] of [
      [v4, 'cidr'],
      [v6, 'ipv6Cidr'],
    ] as const) {
      if (!block) continue;
      const clash = siblings.find((s) => cidrOverlaps(s.block, block));
      if (clash) {
        context.error(
          'SUBNETS_OVERLAP',
          subnet.id,
          context.path(subnet, field),
          `${context.name(subnet)}: ${field} ${formatCidr(block)} overlaps subnet "${clash.subnet.id}" (${formatCidr(clash.block)}) in VPC "${subnet.vpc}". Pick a block that no other subnet of the VPC uses.`,
        );
      }
    }
    placed.set(subnet.vpc, [
      ...siblings,
      ...[v4, v6].filter((b) => b !== undefined).map((block) => ({ subnet, block })),
    ]);
    checkAssociations(context, subnet);
  }
}

function checkIpv4(context: ValidationContext, subnet: Subnet, vpcExists: boolean): Cidr | undefined {
  const block = context.checkCidr(subnet, ['cidr'], 'cidr', subnet.cidr);
  if (!block) return undefined;
  const path = context.path(subnet, 'cidr');
  if (block.version !== 4) {
    context.error(
      'CIDR_WRONG_VERSION',
      subnet.id,
      path,
      `${context.name(subnet)}: cidr ${subnet.cidr} is IPv6, but cidr must be an IPv4 block. Put the IPv6 block in ipv6Cidr and an IPv4 block in cidr.`,
    );
    return undefined;
  }
  if (block.prefix < SUBNET_LIMITS.minPrefix || block.prefix > SUBNET_LIMITS.maxPrefix) {
    context.error(
      'SUBNET_SIZE',
      subnet.id,
      path,
      `${context.name(subnet)}: cidr ${subnet.cidr} is a /${block.prefix}, but a subnet must be between /16 and /28. Pick a prefix length in that range.`,
    );
  }
  const blocks = context.vpcBlocks(subnet.vpc).v4;
  if (vpcExists && blocks.length > 0 && !blocks.some((b) => cidrContains(b, block))) {
    context.error(
      'SUBNET_OUTSIDE_VPC',
      subnet.id,
      path,
      `${context.name(subnet)}: cidr ${subnet.cidr} is outside every CIDR block of VPC "${subnet.vpc}" (${formatBlocks(blocks)}). Pick a block inside ${formatBlocks(blocks)}.`,
    );
  }
  return block;
}

function checkIpv6(context: ValidationContext, subnet: Subnet, text: string, vpcExists: boolean): Cidr | undefined {
  const block = context.checkCidr(subnet, ['ipv6Cidr'], 'ipv6Cidr', text);
  if (!block) return undefined;
  const path = context.path(subnet, 'ipv6Cidr');
  if (block.version !== 6) {
    context.error(
      'CIDR_WRONG_VERSION',
      subnet.id,
      path,
      `${context.name(subnet)}: ipv6Cidr ${text} is IPv4, but ipv6Cidr must be an IPv6 /64. Put IPv4 blocks in cidr.`,
    );
    return undefined;
  }
  if (block.prefix !== SUBNET_LIMITS.ipv6Prefix) {
    context.error(
      'SUBNET_IPV6_SIZE',
      subnet.id,
      path,
      `${context.name(subnet)}: ipv6Cidr ${text} is a /${block.prefix}, but an IPv6 subnet must be a /64. Pick a /64 inside the VPC's IPv6 block.`,
    );
  }
  if (!vpcExists) return block;
  const blocks = context.vpcBlocks(subnet.vpc).v6;
  const declared = context.index.get(subnet.vpc, 'vpc')?.ipv6CidrBlocks ?? [];
  if (declared.length === 0) {
    context.error(
      'SUBNET_IPV6_WITHOUT_VPC_IPV6',
      subnet.id,
      path,
      `${context.name(subnet)}: has ipv6Cidr ${text}, but VPC "${subnet.vpc}" has no IPv6 block. Add an IPv6 block to the VPC's ipv6CidrBlocks or remove ipv6Cidr.`,
    );
  } else if (blocks.length > 0 && !blocks.some((b) => cidrContains(b, block))) {
    context.error(
      'SUBNET_IPV6_OUTSIDE_VPC',
      subnet.id,
      path,
      `${context.name(subnet)}: ipv6Cidr ${text} is outside every IPv6 block of VPC "${subnet.vpc}" (${formatBlocks(blocks)}). Pick a /64 inside ${formatBlocks(blocks)}.`,
    );
  }
  return block;
}

function checkAssociations(context: ValidationContext, subnet: Subnet): void {
  if (subnet.routeTable !== undefined) {
    const table = resolve(context, {
      owner: subnet,
      segments: ['routeTable'],
      label: 'routeTable',
      id: subnet.routeTable,
      types: ['route-table'],
    });
    if (table && table.vpc !== subnet.vpc) {
      reportOtherVpc(context, subnet, ['routeTable'], `route table "${table.id}"`, table.vpc, subnet.vpc);
    }
  }
  if (subnet.networkAcl !== undefined) {
    const acl = resolve(context, {
      owner: subnet,
      segments: ['networkAcl'],
      label: 'networkAcl',
      id: subnet.networkAcl,
      types: ['network-acl'],
    });
    if (acl && acl.vpc !== subnet.vpc) {
      reportOtherVpc(context, subnet, ['networkAcl'], `network ACL "${acl.id}"`, acl.vpc, subnet.vpc);
    }
  }
}
