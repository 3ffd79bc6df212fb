import type { VpcLabDocument } from '../../model/index.ts';

/**
 * Hand-written VPC Lab documents mirroring two of Batfish's AWS end-to-end snapshots
 * (/work/shared/aws-samples/batfish; there is no AWS importer yet). Ids are shortened; the
 * addresses, routes, network ACLs and security groups are the snapshot's.
 */

/**
 * `test-public-subnet`: one instance (private 10.0.0.91, with a public IP) in a subnet routed
 * to an internet gateway; its group admits SSH from anywhere; the default NACL allows all.
 */
export function batfishPublicSubnet(): VpcLabDocument {
  return {
    format: 'vpclab',
    version: 2,
    name: 'Batfish test-public-subnet',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
      { id: 'rtb-public', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
      { id: 'public', type: 'subnet', vpc: 'vpc', cidr: '10.0.0.0/24', az: 'us-east-2b', routeTable: 'rtb-public' },
      {
        id: 'launch-wizard-1',
        type: 'security-group',
        vpc: 'vpc',
        inbound: [{ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'i-06669a',
        type: 'instance',
        subnet: 'public',
        privateIp: '10.0.0.91',
        publicIp: true,
        securityGroups: ['launch-wizard-1'],
      },
    ],
  };
}

/**
 * `test-nat-gateway`: a jump host in a public subnet, and two private subnets; subnet 1 routes
 * 0.0.0.0/0 to the NAT gateway in the public subnet, subnet 20 has only the
 * local route. Every instance's group admits SSH and ICMP from anywhere and allows all out.
 */
export function batfishNatGateway(): VpcLabDocument {
  return {
    format: 'vpclab',
    version: 2,
    name: 'Batfish test-nat-gateway',
    resources: [
      { id: 'vpc-a', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-a' },
      { id: 'rtb-public', type: 'route-table', vpc: 'vpc-a', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
      { id: 'rtb-nat', type: 'route-table', vpc: 'vpc-a', routes: [{ destination: '0.0.0.0/0', target: 'nat' }] },
      { id: 'subnet-1', type: 'subnet', vpc: 'vpc-a', cidr: '10.1.1.0/24', az: 'us-east-2b', routeTable: 'rtb-nat' },
      { id: 'subnet-20', type: 'subnet', vpc: 'vpc-a', cidr: '10.1.20.0/24', az: 'us-east-2b' },
      {
        id: 'public',
        type: 'subnet',
        vpc: 'vpc-a',
        cidr: '10.1.250.0/24',
        az: 'us-east-2b',
        routeTable: 'rtb-public',
      },
      { id: 'nat', type: 'nat-gateway', subnet: 'public' },
      {
        id: 'vpc-a-jump',
        type: 'security-group',
        vpc: 'vpc-a',
        inbound: [
          { protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' },
          { protocol: 'icmp', cidr: '0.0.0.0/0' },
        ],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'jump',
        type: 'instance',
        subnet: 'public',
        privateIp: '10.1.250.116',
        publicIp: true,
        securityGroups: ['vpc-a-jump'],
      },
      { id: 'private-1', type: 'instance', subnet: 'subnet-1', privateIp: '10.1.1.98', securityGroups: ['vpc-a-jump'] },
      {
        id: 'private-20',
        type: 'instance',
        subnet: 'subnet-20',
        privateIp: '10.1.20.173',
        securityGroups: ['vpc-a-jump'],
      },
    ],
  };
}
