import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource } from '../../model/index.ts';
import { AwsImportError, importAws, isAwsOutput } from './index.ts';
import { sampleFiles } from './test-support/samples.ts';

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

/** describe-managed-prefix-lists without entries, get-managed-prefix-list-entries in a file per list (test-support). */
const capture = sampleFiles(fileURLToPath(new URL('./test-support/prefix-list-capture', import.meta.url)));
const listOf = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id);

describe('AWS CLI import of prefix list entries in both shapes a capture gives them', () => {
  it('reads a get-managed-prefix-list-entries file named after its list, and entries inline in an item', () => {
    const { document, warnings } = importAws(capture);
    expect(validateDocument(document).errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(listOf(document.resources, 'pl-0a1b2c3d4e5f60789')).toEqual({
      id: 'pl-0a1b2c3d4e5f60789',
      type: 'prefix-list',
      name: 'partner-networks',
      addressFamily: 'IPv4',
      maxEntries: 5,
      entries: [{ cidr: '203.0.113.0/24', description: 'partner A' }, { cidr: '192.0.2.0/25' }],
    });
    // The whole get-managed-prefix-list-entries output placed inside the item reads the same.
    expect(listOf(document.resources, 'pl-0e5f6a7b8c9d0e1f2')).toMatchObject({
      name: 'admin-hosts',
      entries: [{ cidr: '198.51.100.7/32', description: 'bastion' }],
    });
    // The route naming the list comes in too, now that the list has its entries.
    const table = listOf(document.resources, 'rtb-0f1e2d3c4b5a69788');
    expect(table?.type === 'route-table' && table.routes).toEqual([
      { destination: 'pl-0a1b2c3d4e5f60789', target: 'igw-0123456789abcdef0' },
    ]);
  });

  it('merges both shapes for one list, each entry once, and makes a list only an entries file names', () => {
    const extra = {
      name: 'more.json',
      text: JSON.stringify({
        PrefixListId: 'pl-0c0ffee',
        Entries: [{ Cidr: '192.0.2.128/25', Description: 'lab' }],
      }),
    };
    const inline = {
      name: 'again/PrefixLists.json',
      text: JSON.stringify({
        PrefixLists: [
          {
            PrefixListId: 'pl-0a1b2c3d4e5f60789',
            PrefixListName: 'partner-networks',
            Entries: [{ Cidr: '192.0.2.0/25' }, { Cidr: '100.64.0.0/24' }],
          },
        ],
      }),
    };
    const { document } = importAws([...capture, inline, extra]);
    expect(validateDocument(document).errors).toEqual([]);
    const merged = listOf(document.resources, 'pl-0a1b2c3d4e5f60789');
    expect(merged?.type === 'prefix-list' && merged.entries.map((e) => e.cidr)).toEqual([
      '192.0.2.0/25',
      '100.64.0.0/24',
      '203.0.113.0/24',
    ]);
    expect(listOf(document.resources, 'pl-0c0ffee')).toEqual({
      id: 'pl-0c0ffee',
      type: 'prefix-list',
      addressFamily: 'IPv4',
      entries: [{ cidr: '192.0.2.128/25', description: 'lab' }],
    });
  });

  it('recognises an entries file as AWS output, and refuses one that names no list, naming the file', () => {
    expect(isAwsOutput({ Entries: [{ Cidr: '192.0.2.0/24' }] })).toBe(true);
    const orphan = { name: 'entries.json', text: JSON.stringify({ Entries: [{ Cidr: '192.0.2.0/24' }] }) };
    expect(() => importAws([...capture, orphan])).toThrow(AwsImportError);
    expect(() => importAws([...capture, orphan])).toThrow(/entries\.json .*PrefixListId/);
  });
});
