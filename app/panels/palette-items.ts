import type { ResourceType } from '../../src/model/index.ts';

export interface PaletteItem {
  readonly type: ResourceType;
  readonly label: string;
  readonly group: 'network' | 'gateway' | 'compute' | 'policy';
  readonly description: string;
}

/** Palette entries in the order and with the names of ui.md (the names are a test contract). */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { type: 'vpc', label: 'VPC', group: 'network', description: 'An isolated network with one or more IPv4 blocks' },
  { type: 'subnet', label: 'Subnet', group: 'network', description: 'A slice of a VPC in one Availability Zone' },
  {
    type: 'internet-gateway',
    label: 'Internet gateway',
    group: 'gateway',
    description: 'Two-way internet access for public addresses',
  },
  {
    type: 'nat-gateway',
    label: 'NAT gateway',
    group: 'gateway',
    description: 'Outbound-only internet access for private subnets',
  },
  {
    type: 'egress-only-internet-gateway',
    label: 'Egress-only internet gateway',
    group: 'gateway',
    description: 'Outbound-only IPv6 internet access',
  },
  {
    type: 'vpn-gateway',
    label: 'VPN gateway',
    group: 'gateway',
    description: 'The AWS side of a Site-to-Site VPN or Direct Connect',
  },
  {
    type: 'on-premises',
    label: 'On-premises network',
    group: 'network',
    description: 'A data centre or office reached over VPN or Direct Connect',
  },
  {
    type: 'peering-connection',
    label: 'Peering connection',
    group: 'gateway',
    description: 'A private link between two VPCs (not transitive)',
  },
  {
    type: 'transit-gateway',
    label: 'Transit gateway',
    group: 'gateway',
    description: 'A hub that routes between many VPCs and on-premises networks',
  },
  {
    type: 'vpc-endpoint',
    label: 'VPC endpoint',
    group: 'gateway',
    description: 'Private access to S3, DynamoDB or another service',
  },
  { type: 'instance', label: 'Instance', group: 'compute', description: 'An EC2 instance' },
  { type: 'database', label: 'Database', group: 'compute', description: 'An RDS database in a DB subnet group' },
  {
    type: 'load-balancer',
    label: 'Load balancer',
    group: 'compute',
    description: 'An application or network load balancer',
  },
  {
    type: 'lambda',
    label: 'Lambda function',
    group: 'compute',
    description: 'A function with VPC access (it only initiates traffic)',
  },
  {
    type: 'security-group',
    label: 'Security group',
    group: 'policy',
    description: 'Stateful allow rules on network interfaces',
  },
  {
    type: 'network-acl',
    label: 'Network ACL',
    group: 'policy',
    description: 'Stateless, numbered allow and deny rules on subnets',
  },
  {
    type: 'route-table',
    label: 'Route table',
    group: 'policy',
    description: 'Where a subnet sends traffic, by longest prefix',
  },
  {
    type: 'prefix-list',
    label: 'Prefix list',
    group: 'policy',
    description: 'A named set of CIDR blocks that routes and security group rules can use as one',
  },
  {
    type: 'transit-gateway-route-table',
    label: 'Transit gateway route table',
    group: 'policy',
    description: 'Segments a transit gateway: which attachments use it, which propagate into it, and its static routes',
  },
];
