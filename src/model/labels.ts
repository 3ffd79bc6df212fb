import type { ResourceType } from './schema.ts';

/** How people call each resource type, capitalised for the start of a message. */
export const TYPE_LABEL: Readonly<Record<ResourceType, string>> = {
  vpc: 'VPC',
  subnet: 'Subnet',
  'route-table': 'Route table',
  'network-acl': 'Network ACL',
  'security-group': 'Security group',
  'internet-gateway': 'Internet gateway',
  'egress-only-internet-gateway': 'Egress-only internet gateway',
  'nat-gateway': 'NAT gateway',
  'vpn-gateway': 'VPN gateway',
  'on-premises': 'On-premises network',
  'peering-connection': 'Peering connection',
  'transit-gateway': 'Transit gateway',
  'transit-gateway-route-table': 'Transit gateway route table',
  'vpc-endpoint': 'VPC endpoint',
  instance: 'Instance',
  database: 'Database',
  'load-balancer': 'Load balancer',
  lambda: 'Lambda function',
  'prefix-list': 'Prefix list',
};

/** The same labels in running text. */
const TYPE_WORD: Readonly<Record<ResourceType, string>> = {
  vpc: 'VPC',
  subnet: 'subnet',
  'route-table': 'route table',
  'network-acl': 'network ACL',
  'security-group': 'security group',
  'internet-gateway': 'internet gateway',
  'egress-only-internet-gateway': 'egress-only internet gateway',
  'nat-gateway': 'NAT gateway',
  'vpn-gateway': 'VPN gateway',
  'on-premises': 'on-premises network',
  'peering-connection': 'peering connection',
  'transit-gateway': 'transit gateway',
  'transit-gateway-route-table': 'transit gateway route table',
  'vpc-endpoint': 'VPC endpoint',
  instance: 'instance',
  database: 'database',
  'load-balancer': 'load balancer',
  lambda: 'Lambda function',
  'prefix-list': 'prefix list',
};

/** The label of a type in running text: `route table`, `VPC`. */
export function typeWord(type: ResourceType): string {
  return TYPE_WORD[type];
}

/** `a VPC`, `an internet gateway`: a type in running text, with its article. */
export function aType(type: ResourceType): string {
  const word = TYPE_WORD[type];
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/** `Subnet "private-a"`: how a message names a resource. */
export function named(type: ResourceType, id: string): string {
  return `${TYPE_LABEL[type]} "${id}"`;
}

/** Lists choices for a message: `a VPC`, `a VPC or a subnet`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
