import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { IacInputError } from '../iac/result.ts';
import { looksLikeCloudFormation, readCloudFormation } from './read.ts';

/** A template as people write them: short forms, parameters, Fn::Cidr, Fn::GetAZs, no metadata. */
const TEMPLATE = `
AWSTemplateFormatVersion: '2010-09-09'
Description: Two-tier network
Parameters:
  VpcCidr:
    Type: String
    Default: 10.20.0.0/16
  AdminCidr:
    Type: String
Conditions:
  WithNat: !Equals [!Ref VpcCidr, 10.20.0.0/16]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref VpcCidr
      Tags: [{ Key: Name, Value: prod }, { Key: team, Value: web }]
  Igw:
    Type: AWS::EC2::InternetGateway
  IgwAttach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  PublicA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [0, !Cidr [!Ref VpcCidr, 4, 8]]
      AvailabilityZone: !Select [0, !GetAZs '']
  PrivateB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [1, !GetAZs { Ref: 'AWS::Region' }]
  PublicRt:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  DefaultRoute:
    Type: AWS::EC2::Route
    DependsOn: IgwAttach
    Properties: { RouteTableId: !Ref PublicRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref PublicA, RouteTableId: !Ref PublicRt }
  NatEip:
    Type: AWS::EC2::EIP
    Condition: WithNat
    Properties: { Domain: vpc }
  Nat:
    Type: AWS::EC2::NatGateway
    Condition: WithNat
    Properties: { SubnetId: !Ref PublicA, AllocationId: !GetAtt NatEip.AllocationId }
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr }
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      SubnetId: !Ref PublicA
      SecurityGroupIds: [!GetAtt WebSg.GroupId]
  Bucket:
    Type: AWS::S3::Bucket
  Imported:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !ImportValue shared-vpc
      CidrBlock: 10.99.0.0/24
      AvailabilityZone: us-east-1a
`;

describe('reading a CloudFormation template', () => {
  const { document, warnings } = readCloudFormation(TEMPLATE);
  const byId = new Map(document.resources.map((r) => [r.id, r]));

  it('resolves parameters with defaults, Fn::Cidr, Fn::Select and conditions', () => {
    expect(byId.get('Vpc')).toEqual({
      id: 'Vpc',
      type: 'vpc',
      cidrBlocks: ['10.20.0.0/16'],
      name: 'prod',
      tags: { team: 'web' },
    });
    expect(byId.get('PublicA')).toMatchObject({ cidr: '10.20.0.0/24', az: 'a', routeTable: 'PublicRt' });
    expect(byId.get('Nat')).toEqual({ id: 'Nat', type: 'nat-gateway', subnet: 'PublicA' });
    expect(byId.get('PublicRt')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'Igw' }] });
    expect(byId.get('Igw')).toEqual({ id: 'Igw', type: 'internet-gateway', vpc: 'Vpc' });
    expect(byId.get('Web')).toEqual({ id: 'Web', type: 'instance', subnet: 'PublicA', securityGroups: ['WebSg'] });
  });

  it('reports what cannot be resolved statically, naming logical id and property, and guesses nothing', () => {
    // A CIDR from an attribute of a deployed VPC is unknown: the subnet is left out, not invented.
    expect(byId.has('PrivateB')).toBe(false);
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'PrivateB', property: 'CidrBlock' }),
    );
    // A parameter without a default: the rule that uses it is left out, the other kept.
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'WebSg', detail: 'parameter AdminCidr has no default' }),
    );
    expect(byId.get('WebSg')).toMatchObject({ inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }] });
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'Imported', property: 'VpcId' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unsupported-resource', subject: 'Bucket', detail: 'AWS::S3::Bucket' }),
    );
  });

  it('reports Fn::GetAZs without a region, and evaluates it for a known region', () => {
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'region-unknown', subject: 'PublicA', property: 'AvailabilityZone' }),
    );
    const inTokyo = readCloudFormation(TEMPLATE, { region: 'ap-northeast-1' });
    expect(inTokyo.document.resources.find((r) => r.id === 'PublicA')).toMatchObject({ az: 'ap-northeast-1a' });
    expect(inTokyo.warnings.some((w) => w.code === 'region-unknown')).toBe(false);
  });

  it('gives a valid document, with AWS’s allow-all egress for a group that sets none', () => {
    expect(validateDocument(document).errors).toEqual([]);
    expect(byId.get('WebSg')).toMatchObject({ outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }] });
  });

  it('reads JSON templates', () => {
    const json = JSON.stringify({
      Resources: {
        V: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.1.0.0/16' } },
        S: {
          Type: 'AWS::EC2::Subnet',
          Properties: {
            VpcId: { Ref: 'V' },
            CidrBlock: '10.1.1.0/24',
            AvailabilityZone: { 'Fn::Sub': '${AWS::Region}b' },
          },
        },
      },
    });
    expect(looksLikeCloudFormation(json)).toBe(true);
    expect(readCloudFormation(json, { name: 'net.json' }).document).toMatchObject({
      name: 'net.json',
      resources: [{ id: 'V' }, { id: 'S', az: 'b', vpc: 'V' }],
    });
  });

  it('refuses text that is not a template', () => {
    expect(looksLikeCloudFormation('{"format":"vpclab"}')).toBe(false);
    expect(() => readCloudFormation('a: [')).toThrow(IacInputError);
    expect(() => readCloudFormation('{"format":"vpclab"}')).toThrow(/no Resources/);
  });
});
