import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { importAws } from './index.ts';

const file = (name: string, value: object) => ({ name, text: JSON.stringify(value) });

/** A VPC peered with another, a customer-managed list, a route and a group rule naming it. */
const input = [
  file('Vpcs.json', {
    Vpcs: [
      { VpcId: 'vpc-a', CidrBlock: '10.0.0.0/16' },
      { VpcId: 'vpc-b', CidrBlock: '10.1.0.0/16' },
    ],
  }),
  file('VpcPeeringConnections.json', {
    VpcPeeringConnections: [
      {
        VpcPeeringConnectionId: 'pcx-1',
        Status: { Code: 'active' },
        RequesterVpcInfo: { VpcId: 'vpc-a', CidrBlock: '10.0.0.0/16' },
        AccepterVpcInfo: { VpcId: 'vpc-b', CidrBlock: '10.1.0.0/16' },
      },
    ],
  }),
  file('PrefixLists.json', {
    PrefixLists: [
      {
        PrefixListId: 'pl-0office',
        PrefixListName: 'office-networks',
        AddressFamily: 'IPv4',
        MaxEntries: 10,
        Entries: [{ Cidr: '192.168.10.0/24', Description: 'head office' }, { Cidr: '10.1.0.0/16' }],
      },
      { PrefixListId: 'pl-68a54001', PrefixListName: 'com.amazonaws.us-west-2.s3', Cidrs: ['52.218.128.0/17'] },
    ],
  }),
  file('RouteTables.json', {
    RouteTables: [
      {
        RouteTableId: 'rtb-a',
        VpcId: 'vpc-a',
        Routes: [
          { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
          { DestinationPrefixListId: 'pl-0office', VpcPeeringConnectionId: 'pcx-1', State: 'active' },
          { DestinationPrefixListId: 'pl-0unknown', VpcPeeringConnectionId: 'pcx-1', State: 'active' },
        ],
        Associations: [{ Main: true, RouteTableId: 'rtb-a' }],
      },
    ],
  }),
  file('SecurityGroups.json', {
    SecurityGroups: [
      {
        GroupId: 'sg-a',
        GroupName: 'app',
        VpcId: 'vpc-a',
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-0office' }] },
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-68a54001' }] },
        ],
        IpPermissionsEgress: [],
      },
    ],
  }),
];

describe('AWS CLI import of managed prefix lists', () => {
  it('imports a customer-managed list, the routes and rules naming it, and keeps s3 as the AWS-managed list', () => {
    const { document, warnings } = importAws(input);
    expect(validateDocument(document).errors).toEqual([]);
    expect(document.resources.find((r) => r.id === 'pl-0office')).toEqual({
      id: 'pl-0office',
      type: 'prefix-list',
      name: 'office-networks',
      addressFamily: 'IPv4',
      maxEntries: 10,
      entries: [{ cidr: '192.168.10.0/24', description: 'head office' }, { cidr: '10.1.0.0/16' }],
    });
    const table = document.resources.find((r) => r.id === 'rtb-a');
    expect(table?.type === 'route-table' && table.routes).toEqual([{ destination: 'pl-0office', target: 'pcx-1' }]);
    const group = document.resources.find((r) => r.id === 'sg-a');
    expect(group?.type === 'security-group' && group.inbound.map((r) => r.prefixList)).toEqual(['pl-0office', 's3']);
    // A list the input does not describe is still reported, naming it.
    expect(warnings.map((w) => JSON.stringify(w))).toEqual([expect.stringContaining('pl-0unknown')]);
  });
});
