import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { importAws } from './index.ts';

/** describe-instances with two ENIs and a route to the second one: imported for real, not warned about. */
const combined = {
  Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }],
  Subnets: [
    { SubnetId: 'subnet-a', VpcId: 'vpc-1', CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' },
    { SubnetId: 'subnet-b', VpcId: 'vpc-1', CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-1a' },
  ],
  SecurityGroups: [
    { GroupId: 'sg-1', VpcId: 'vpc-1', GroupName: 'fw', IpPermissions: [], IpPermissionsEgress: [] },
    { GroupId: 'sg-2', VpcId: 'vpc-1', GroupName: 'mgmt', IpPermissions: [], IpPermissionsEgress: [] },
  ],
  RouteTables: [
    {
      RouteTableId: 'rtb-1',
      VpcId: 'vpc-1',
      Routes: [{ DestinationCidrBlock: '0.0.0.0/0', NetworkInterfaceId: 'eni-0bbb', State: 'active' }],
      Associations: [{ SubnetId: 'subnet-a', Main: false }],
    },
  ],
  Reservations: [
    {
      Instances: [
        {
          InstanceId: 'i-1',
          State: { Name: 'running' },
          SubnetId: 'subnet-a',
          NetworkInterfaces: [
            {
              NetworkInterfaceId: 'eni-0aaa',
              SubnetId: 'subnet-a',
              PrivateIpAddress: '10.0.1.10',
              Attachment: { DeviceIndex: 0 },
              Groups: [{ GroupId: 'sg-1' }],
              SourceDestCheck: true,
            },
            {
              NetworkInterfaceId: 'eni-0bbb',
              SubnetId: 'subnet-b',
              PrivateIpAddress: '10.0.2.10',
              Attachment: { DeviceIndex: 1 },
              Groups: [{ GroupId: 'sg-2' }],
              SourceDestCheck: false,
              Description: 'inside leg',
            },
          ],
        },
      ],
    },
  ],
};

describe('AWS import of an instance with two network interfaces', () => {
  it('keeps the second interface with its subnet, address, group and check, and routes to it by name', () => {
    const { document, warnings } = importAws([{ name: 'all.json', text: JSON.stringify(combined) }]);
    const instance = document.resources.find((r) => r.id === 'i-1');
    expect(instance?.type === 'instance' && instance.networkInterfaces).toEqual([
      {
        id: 'eni-0bbb',
        subnet: 'subnet-b',
        privateIp: '10.0.2.10',
        securityGroups: ['sg-2'],
        sourceDestCheck: false,
        description: 'inside leg',
      },
    ]);
    const table = document.resources.find((r) => r.id === 'rtb-1');
    expect(table?.type === 'route-table' && table.routes).toEqual([
      { destination: '0.0.0.0/0', target: 'i-1/eni-0bbb' },
    ]);
    expect(warnings.map((w) => w.code ?? w)).not.toContainEqual(expect.stringContaining('extraInterface'));
    expect(validateDocument(document).errors).toEqual([]);
  });
});
