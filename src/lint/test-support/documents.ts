import type { Resource, SgRule, VpcLabDocument } from '../../model/index.ts';

/**
 * A small, clean design every lint test starts from: one VPC with an internet gateway, a public
 * subnet in AZs a and c and a private subnet in each, and one web server. It has no findings.
 */
export const BASE: readonly Resource[] = [
  { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
  { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
  { id: 'rt-public', type: 'route-table', vpc: 'vpc-main', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
  { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
  { id: 'public-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'c', routeTable: 'rt-public' },
  { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.11.0/24', az: 'a' },
  { id: 'private-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.12.0/24', az: 'c' },
  {
    id: 'sg-web',
    type: 'security-group',
    vpc: 'vpc-main',
    inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
    outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
  },
  { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
];

/** The base design plus `extra`, with resources of the same id replaced in place. */
export function design(...extra: Resource[]): VpcLabDocument {
  const replaced = BASE.map((r) => extra.find((e) => e.id === r.id) ?? r);
  const added = extra.filter((e) => !BASE.some((r) => r.id === e.id));
  return { format: 'vpclab', version: 2, name: 'lint test', resources: [...replaced, ...added] };
}

/** sg-web of the base design with one extra inbound rule. */
export const webGroup = (rule: SgRule): Resource => ({
  id: 'sg-web',
  type: 'security-group',
  vpc: 'vpc-main',
  inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }, rule],
  outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
});
/** A database in the two private subnets, with fields overridden. */
export const db = (fields: Partial<Extract<Resource, { type: 'database' }>>): Resource => ({
  id: 'db',
  type: 'database',
  engine: 'postgres',
  subnets: ['private-a', 'private-c'],
  ...fields,
});
/** An internet-facing application balancer in front of web-1. */
export const alb = (subnets: string[]): Resource => ({
  id: 'alb',
  type: 'load-balancer',
  kind: 'application',
  scheme: 'internet-facing',
  subnets,
  listeners: [{ protocol: 'https', port: 443 }],
  targets: ['web-1'],
});
/** A NAT instance in public-a and a table routing through it. */
export const natInstance = (sourceDestCheck: boolean | undefined): Resource[] => [
  { id: 'rt-private', type: 'route-table', vpc: 'vpc-main', routes: [{ destination: '0.0.0.0/0', target: 'nat-1' }] },
  {
    id: 'nat-1',
    type: 'instance',
    subnet: 'public-a',
    publicIp: true,
    ...(sourceDestCheck === undefined ? {} : { sourceDestCheck }),
  },
];
/** Another VPC with one subnet. */
export const secondVpc = (cidr: string): Resource[] => [
  { id: 'vpc-b', type: 'vpc', cidrBlocks: [cidr] },
  { id: 'b-a', type: 'subnet', vpc: 'vpc-b', cidr: cidr.replace('.0.0/16', '.1.0/24'), az: 'a' },
];
/** A transit gateway attaching vpc-main and vpc-b. */
export const tgw: Resource = {
  id: 'tgw',
  type: 'transit-gateway',
  attachments: [
    { vpc: 'vpc-main', subnets: ['private-a'] },
    { vpc: 'vpc-b', subnets: ['b-a'] },
  ],
};
/** nacl-private with or without an allow rule in each direction. */
export const nacl = (inbound: boolean, outbound: boolean): Resource => {
  const allow = [{ rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' }] as const;
  return {
    id: 'nacl-private',
    type: 'network-acl',
    vpc: 'vpc-main',
    inbound: inbound ? [...allow] : [{ rule: 100, action: 'deny', protocol: 'all', cidr: '0.0.0.0/0' }],
    outbound: outbound ? [...allow] : [],
  };
};
/** private-a of the base design, optionally with its own NACL. */
export const privateA = (networkAcl?: string): Resource => ({
  id: 'private-a',
  type: 'subnet',
  vpc: 'vpc-main',
  cidr: '10.0.11.0/24',
  az: 'a',
  ...(networkAcl === undefined ? {} : { networkAcl }),
});
