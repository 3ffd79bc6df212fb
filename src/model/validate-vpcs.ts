import { cidrOverlaps, formatCidr, type Cidr } from '../net/index.ts';
import type { Resource, ResourceType, Vpc } from './schema.ts';
import { isNamedDefaultGroup } from './implicit.ts';
import type { ValidationContext } from './validate-context.ts';

/** AWS limits: 1-5 IPv4 blocks per VPC, each /16 to /28; IPv6 blocks /44 to /60. */
export const VPC_LIMITS = { maxBlocks: 5, minPrefix: 16, maxPrefix: 28, minIpv6Prefix: 44, maxIpv6Prefix: 60 } as const;

/** VPC CIDR blocks, and the one-per-VPC rules for main tables, default NACLs and gateways. */
export function validateVpcs(context: ValidationContext): void {
  for (const vpc of context.index.ofType('vpc')) {
    validateIpv4Blocks(context, vpc);
    validateIpv6Blocks(context, vpc);
  }
  onePerVpc(context, 'route-table', (r) => r.type === 'route-table' && r.main === true, 'main', {
    code: 'VPC_MULTIPLE_MAIN_ROUTE_TABLES',
    what: 'a main route table',
    fix: 'Set "main" on only one route table of the VPC.',
  });
  onePerVpc(context, 'network-acl', (r) => r.type === 'network-acl' && r.default === true, 'default', {
    code: 'VPC_MULTIPLE_DEFAULT_NACLS',
    what: 'a default network ACL',
    fix: 'Set "default" on only one network ACL of the VPC.',
  });
  onePerVpc(context, 'security-group', isNamedDefaultGroup, 'name', {
    code: 'VPC_MULTIPLE_DEFAULT_SECURITY_GROUPS',
    what: 'a security group named "default"',
    fix: 'AWS keeps the name "default" for the VPC\'s default security group: rename the other groups.',
  });
  onePerVpc(context, 'internet-gateway', () => true, 'vpc', {
    code: 'VPC_MULTIPLE_INTERNET_GATEWAYS',
    what: 'an internet gateway',
    fix: 'A VPC can have only one internet gateway: delete this one or attach it to another VPC.',
  });
  onePerVpc(context, 'vpn-gateway', () => true, 'vpc', {
    code: 'VPC_MULTIPLE_VPN_GATEWAYS',
    what: 'a VPN gateway',
    fix: 'A VPC can have only one virtual private gateway attached: delete this one or attach it to another VPC.',
  });
}

function validateIpv4Blocks(context: ValidationContext, vpc: Vpc): void {
  const count = vpc.cidrBlocks.length;
  if (count < 1 || count > VPC_LIMITS.maxBlocks) {
    context.error(
      'VPC_BLOCK_COUNT',
      vpc.id,
      context.path(vpc, 'cidrBlocks'),
      count < 1
        ? `${context.name(vpc)}: cidrBlocks is empty. Add an IPv4 block between /16 and /28, like 10.0.0.0/16.`
        : `${context.name(vpc)}: cidrBlocks lists ${count} IPv4 blocks, but a VPC can have at most ${VPC_LIMITS.maxBlocks}. Remove ${count - VPC_LIMITS.maxBlocks}.`,
    );
  }
  const blocks: { block: Cidr; i: number }[] = [];
  vpc.cidrBlocks.forEach((text, i) => {
    const block = context.checkCidr(vpc, ['cidrBlocks', i], 'CIDR block', text);
    if (!block) return;
    if (block.version !== 4) {
      context.error(
        'CIDR_WRONG_VERSION',
        vpc.id,
        context.path(vpc, 'cidrBlocks', i),
        `${context.name(vpc)}: cidrBlocks holds IPv4 blocks, but ${text} is IPv6. Move it to ipv6CidrBlocks.`,
      );
      return;
    }
    if (block.prefix < VPC_LIMITS.minPrefix || block.prefix > VPC_LIMITS.maxPrefix) {
      context.error(
        'VPC_BLOCK_SIZE',
        vpc.id,
        context.path(vpc, 'cidrBlocks', i),
        `${context.name(vpc)}: CIDR block ${text} is a /${block.prefix}, but a VPC block must be between /16 and /28. Pick a prefix length in that range.`,
      );
    }
    reportOverlap(context, vpc, 'cidrBlocks', blocks, block, i);
    blocks.push({ block, i });
  });
}

function validateIpv6Blocks(context: ValidationContext, vpc: Vpc): void {
  const texts = vpc.ipv6CidrBlocks ?? [];
  if (texts.length > VPC_LIMITS.maxBlocks) {
    context.error(
      'VPC_BLOCK_COUNT',
      vpc.id,
      context.path(vpc, 'ipv6CidrBlocks'),
      `${context.name(vpc)}: ipv6CidrBlocks lists ${texts.length} blocks, but a VPC can have at most ${VPC_LIMITS.maxBlocks}. Remove ${texts.length - VPC_LIMITS.maxBlocks}.`,
    );
  }
  const blocks: { block: Cidr; i: number }[] = [];
  texts.forEach((text, i) => {
    const block = context.checkCidr(vpc, ['ipv6CidrBlocks', i], 'IPv6 CIDR block', text);
    if (!block) return;
    if (block.version !== 6) {
      context.error(
        'CIDR_WRONG_VERSION',
        vpc.id,
        context.path(vpc, 'ipv6CidrBlocks', i),
        `${context.name(vpc)}: ipv6CidrBlocks holds IPv6 blocks, but ${text} is IPv4. Move it to cidrBlocks.`,
      );
      return;
    }
    if (block.prefix < VPC_LIMITS.minIpv6Prefix || block.prefix > VPC_LIMITS.maxIpv6Prefix) {
      context.error(
        'VPC_BLOCK_SIZE',
        vpc.id,
        context.path(vpc, 'ipv6CidrBlocks', i),
        `${context.name(vpc)}: IPv6 CIDR block ${text} is a /${block.prefix}, but a VPC IPv6 block must be between /44 and /60 (AWS assigns a /56). Pick a prefix length in that range.`,
      );
    }
    reportOverlap(context, vpc, 'ipv6CidrBlocks', blocks, block, i);
    blocks.push({ block, i });
  });
}

function reportOverlap(
  context: ValidationContext,
  vpc: Vpc,
  field: string,
  earlier: readonly { block: Cidr; i: number }[],
  block: Cidr,
  i: number,
): void {
  const clash = earlier.find((e) => cidrOverlaps(e.block, block));
  if (!clash) return;
  context.error(
    'VPC_BLOCKS_OVERLAP',
    vpc.id,
    context.path(vpc, field, i),
    `${context.name(vpc)}: CIDR block ${formatCidr(block)} overlaps ${formatCidr(clash.block)} of the same VPC. Pick a block that does not overlap it.`,
  );
}

/** Reports every resource after the first of its kind in one VPC. */
function onePerVpc(
  context: ValidationContext,
  type: ResourceType,
  counts: (resource: Resource) => boolean,
  field: string,
  rule: { code: string; what: string; fix: string },
): void {
  const firstByVpc = new Map<string, string>();
  for (const resource of context.index.ofType(type)) {
    if (!counts(resource) || !('vpc' in resource) || context.index.position.get(resource.id) === undefined) continue;
    const first = firstByVpc.get(resource.vpc);
    if (first === undefined) {
      firstByVpc.set(resource.vpc, resource.id);
      continue;
    }
    context.error(
      rule.code,
      resource.id,
      context.path(resource, field),
      `${context.name(resource)}: VPC "${resource.vpc}" already has ${rule.what}, "${first}". ${rule.fix}`,
    );
  }
}
