/**
 * A small valid document that touches every resource type, and helpers to derive broken
 * variants from it. Tests mutate a deep copy, so each case starts from the same base.
 */

// Tests poke at the raw JSON freely, as a person editing the file would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const BASE_DOCUMENT = {
  format: 'vpclab',
  version: 2,
  name: 'Base',
  resources: [
    { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: ['2600:1f14:ab0:ee00::/56'] },
    { id: 'vpc-peer', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
    { id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc-main' },
    { id: 'vgw', type: 'vpn-gateway', vpc: 'vpc-main' },
    {
      id: 'rt-public',
      type: 'route-table',
      vpc: 'vpc-main',
      routes: [
        { destination: '0.0.0.0/0', target: 'igw' },
        { destination: '::/0', target: 'eigw' },
      ],
    },
    {
      id: 'rt-main',
      type: 'route-table',
      vpc: 'vpc-main',
      main: true,
      routes: [
        { destination: '192.168.0.0/16', target: 'vgw' },
        { destination: '10.1.0.0/16', target: 'pcx' },
        { destination: '172.16.0.0/16', target: 'tgw' },
        { destination: '0.0.0.0/0', target: 'nat-a' },
      ],
    },
    {
      id: 'rt-peer',
      type: 'route-table',
      vpc: 'vpc-peer',
      main: true,
      routes: [{ destination: '10.0.0.0/16', target: 'pcx' }],
    },
    {
      id: 'nacl-app',
      type: 'network-acl',
      vpc: 'vpc-main',
      inbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0' }],
    },
    {
      id: 'public-a',
      type: 'subnet',
      vpc: 'vpc-main',
      cidr: '10.0.1.0/24',
      ipv6Cidr: '2600:1f14:ab0:ee01::/64',
      az: 'a',
      routeTable: 'rt-public',
    },
    { id: 'public-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'c', routeTable: 'rt-public' },
    { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.11.0/24', az: 'a', networkAcl: 'nacl-app' },
    { id: 'private-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.12.0/24', az: 'c' },
    { id: 'peer-a', type: 'subnet', vpc: 'vpc-peer', cidr: '10.1.1.0/24', az: 'a' },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc-main',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    {
      id: 'sg-db',
      type: 'security-group',
      vpc: 'vpc-main',
      inbound: [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-web' }],
      outbound: [],
    },
    {
      id: 'sg-peer',
      type: 'security-group',
      vpc: 'vpc-peer',
      inbound: [
        { protocol: 'tcp', ports: '443', securityGroup: 'sg-web', description: 'group in the peered VPC' },
        { protocol: 'icmp', prefixList: 's3' },
      ],
      outbound: [{ protocol: 'all', securityGroup: 'vpc-peer/default' }],
    },
    { id: 'nat-a', type: 'nat-gateway', subnet: 'public-a' },
    {
      id: 'web-1',
      type: 'instance',
      subnet: 'public-a',
      privateIp: '10.0.1.10',
      publicIp: true,
      ipv6: true,
      securityGroups: ['sg-web'],
    },
    { id: 'app-1', type: 'instance', subnet: 'private-a' },
    { id: 'db', type: 'database', engine: 'postgres', subnets: ['private-a', 'private-c'], securityGroups: ['sg-db'] },
    {
      id: 'alb',
      type: 'load-balancer',
      kind: 'application',
      scheme: 'internet-facing',
      subnets: ['public-a', 'public-c'],
      securityGroups: ['sg-web'],
      listeners: [{ protocol: 'https', port: 443, targetPort: 8080 }],
      targets: ['web-1'],
    },
    { id: 'fn', type: 'lambda', subnets: ['private-a'] },
    { id: 'pcx', type: 'peering-connection', requester: 'vpc-main', accepter: 'vpc-peer' },
    {
      id: 'tgw',
      type: 'transit-gateway',
      attachments: [{ vpc: 'vpc-main', subnets: ['private-a', 'private-c'] }],
      routes: [
        { destination: '10.99.0.0/16', attachment: 'blackhole' },
        { destination: '172.16.0.0/16', attachment: 'dc' },
      ],
    },
    { id: 'dc', type: 'on-premises', cidrs: ['172.16.0.0/16'], via: 'tgw', link: 'direct-connect' },
    { id: 'office', type: 'on-premises', cidrs: ['192.168.0.0/16'], via: 'vgw', link: 'site-to-site-vpn' },
    { id: 'vpce-s3', type: 'vpc-endpoint', vpc: 'vpc-main', kind: 'gateway', service: 's3', routeTables: ['rt-main'] },
    {
      id: 'vpce-api',
      type: 'vpc-endpoint',
      vpc: 'vpc-main',
      kind: 'interface',
      service: 'execute-api',
      subnets: ['private-a', 'private-c'],
      securityGroups: ['sg-web'],
    },
  ],
  intents: [
    { id: 'i1', from: 'internet', to: 'alb', protocol: 'tcp', port: 443, expect: 'allowed' },
    { id: 'i2', from: 'web-1', to: 'db', protocol: 'tcp', port: 5432, expect: 'allowed' },
    { id: 'i3', from: 'office', to: 'app-1', protocol: 'icmp', expect: 'blocked' },
    { id: 'i4', from: 'app-1', to: 's3', protocol: 'tcp', port: 443, expect: 'allowed' },
    { id: 'i5', from: 'internet:203.0.113.5', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' },
  ],
  layout: { 'vpc-main': { x: 0, y: 0, width: 800, height: 600 }, 'web-1': { x: 40, y: 80 } },
  meta: { anything: { goes: ['here'] } },
} as const;

/** A deep copy of the base document, changed by `change`. */
export function mutate(change: (document: Json) => void): Json {
  const copy: Json = structuredClone(BASE_DOCUMENT);
  change(copy);
  return copy;
}

/** The resource with this id in a raw document (throws when absent, to keep tests honest). */
export function res(document: Json, id: string): Json {
  const found = (document.resources as Json[]).find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

/** The JSONPath of a resource field in a raw document: `at(doc, 'web-1', '.privateIp')`. */
export function at(document: Json, id: string, suffix = ''): string {
  const index = (document.resources as Json[]).findIndex((r) => r.id === id);
  return `$.resources[${index}]${suffix}`;
}
