/**
 * Key order of exported documents: the order format.md lists the fields in, so an exported file
 * reads like the spec and diffs stay small. Keys not listed (tags, meta content) keep their order
 * after the listed ones.
 */
export const DOCUMENT_KEYS = ['format', 'version', 'name', 'description', 'resources', 'intents', 'layout', 'meta'];

const BASE = ['id', 'type', 'name', 'tags'];

/** Per resource type, the fields after id, type, name and tags. */
export const RESOURCE_KEYS: Readonly<Record<string, readonly string[]>> = {
  vpc: [...BASE, 'cidrBlocks', 'ipv6CidrBlocks'],
  subnet: [...BASE, 'vpc', 'cidr', 'ipv6Cidr', 'az', 'routeTable', 'networkAcl'],
  'route-table': [...BASE, 'vpc', 'main', 'routes'],
  'network-acl': [...BASE, 'vpc', 'default', 'inbound', 'outbound'],
  'security-group': [...BASE, 'vpc', 'description', 'inbound', 'outbound'],
  'internet-gateway': [...BASE, 'vpc'],
  'egress-only-internet-gateway': [...BASE, 'vpc'],
  'nat-gateway': [...BASE, 'subnet', 'connectivity'],
  'vpn-gateway': [...BASE, 'vpc'],
  'on-premises': [...BASE, 'cidrs', 'via', 'link'],
  'peering-connection': [...BASE, 'requester', 'accepter'],
  'transit-gateway': [...BASE, 'attachments', 'routes'],
  'vpc-endpoint': [...BASE, 'vpc', 'kind', 'service', 'routeTables', 'subnets', 'securityGroups'],
  instance: [
    ...BASE,
    'subnet',
    'privateIp',
    'publicIp',
    'elasticIp',
    'ipv6',
    'securityGroups',
    'sourceDestCheck',
    'os',
    'role',
    'networkInterfaces',
  ],
  database: [...BASE, 'subnets', 'engine', 'port', 'publiclyAccessible', 'multiAz', 'securityGroups'],
  'load-balancer': [...BASE, 'kind', 'scheme', 'subnets', 'securityGroups', 'listeners', 'targets'],
  lambda: [...BASE, 'subnets', 'securityGroups'],
};

/** Nested records, by the key that holds them. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  routes: ['destination', 'target', 'attachment'],
  inbound: ['rule', 'action', 'protocol', 'ports', 'cidr', 'securityGroup', 'prefixList', 'description'],
  outbound: ['rule', 'action', 'protocol', 'ports', 'cidr', 'securityGroup', 'prefixList', 'description'],
  attachments: ['vpc', 'subnets'],
  networkInterfaces: [
    'id',
    'subnet',
    'privateIp',
    'publicIp',
    'elasticIp',
    'ipv6',
    'securityGroups',
    'sourceDestCheck',
    'description',
  ],
  listeners: ['protocol', 'port', 'targetPort'],
  intents: ['id', 'from', 'to', 'protocol', 'port', 'ipVersion', 'expect', 'note'],
  layout: ['x', 'y', 'width', 'height'],
};
