import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { verdictOf } from '../iac/test-support/verdicts.ts';
import { parseHclInNode } from './parse-node.ts';
import { readTerraform } from './read.ts';

/**
 * A hub-and-spoke transit gateway as a hand-written module has it: the default table turned off,
 * two route tables, associations and a propagation naming attachments by reference, a static
 * route to the shared-services VPC and a blackhole guarding its admin subnet. The dev spoke is
 * associated but propagates nowhere, so its replies have no way back.
 */
const SPOKE = (name: string, cidr: string) => `
resource "aws_vpc" "${name}" {
  cidr_block = local.cidrs.${name}
  tags       = { Name = "${name}" }
}
resource "aws_subnet" "${name}_a" {
  vpc_id            = aws_vpc.${name}.id
  cidr_block        = cidrsubnet(local.cidrs.${name}, 8, 1)
  availability_zone = "\${var.region}a"
}
resource "aws_route_table" "${name}_routes" {
  vpc_id = aws_vpc.${name}.id
  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = aws_ec2_transit_gateway.hub.id
  }
}
resource "aws_route_table_association" "${name}_a" {
  subnet_id      = aws_subnet.${name}_a.id
  route_table_id = aws_route_table.${name}_routes.id
}
resource "aws_security_group" "${name}_web" {
  vpc_id = aws_vpc.${name}.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_instance" "${name}_server" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.${name}_a.id
  private_ip             = "${cidr}.1.10"
  vpc_security_group_ids = [aws_security_group.${name}_web.id]
}
resource "aws_ec2_transit_gateway_vpc_attachment" "${name}" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.${name}.id
  subnet_ids         = [aws_subnet.${name}_a.id]

  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}
`;

const HUB_TF = `
variable "region" {
  default = "ap-northeast-1"
}
provider "aws" {
  region = var.region
}
locals {
  cidrs = {
    shared = "10.0.0.0/16"
    app    = "10.1.0.0/16"
    dev    = "10.2.0.0/16"
  }
}

resource "aws_ec2_transit_gateway" "hub" {
  description                     = "Hub"
  amazon_side_asn                 = 64512
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
  tags = {
    Name = "hub"
  }
}
${SPOKE('shared', '10.0')}
${SPOKE('app', '10.1')}
${SPOKE('dev', '10.2')}
resource "aws_subnet" "admin" {
  vpc_id            = aws_vpc.shared.id
  cidr_block        = "10.0.9.0/24"
  availability_zone = "\${var.region}a"
}
resource "aws_instance" "admin_server" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.admin.id
  private_ip             = "10.0.9.10"
  vpc_security_group_ids = [aws_security_group.shared_web.id]
}

resource "aws_ec2_transit_gateway_route_table" "spokes" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  tags               = { Name = "Spokes" }
}
resource "aws_ec2_transit_gateway_route_table" "services" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  tags               = { Name = "Shared services" }
}

resource "aws_ec2_transit_gateway_route_table_association" "app" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
resource "aws_ec2_transit_gateway_route_table_association" "dev" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.dev.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
resource "aws_ec2_transit_gateway_route_table_association" "shared" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.shared.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.services.id
}
resource "aws_ec2_transit_gateway_route_table_propagation" "app" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.services.id
}

resource "aws_ec2_transit_gateway_route" "spokes_to_shared" {
  destination_cidr_block         = local.cidrs.shared
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.shared.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
resource "aws_ec2_transit_gateway_route" "spokes_no_admin" {
  destination_cidr_block         = "10.0.9.0/24"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
`;

async function read(text: string): Promise<Awaited<ReturnType<typeof readTerraform>>> {
  return readTerraform([{ name: 'main.tf', text }], parseHclInNode);
}

const flow = (from: string, to: string) => ({ from, to, protocol: 'tcp', port: 443 }) as const;

describe('reading transit gateway route tables from hand-written Terraform', () => {
  it('makes each aws_ec2_transit_gateway_route_table a table with its associations, propagation and routes', async () => {
    const { document, warnings } = await read(HUB_TF);
    expect(warnings).toEqual([]);
    const tables = document.resources.filter((r) => r.type === 'transit-gateway-route-table');
    expect(tables.sort((a, b) => b.id.localeCompare(a.id))).toEqual([
      {
        id: 'spokes',
        type: 'transit-gateway-route-table',
        name: 'Spokes',
        transitGateway: 'hub',
        associations: ['app', 'dev'],
        propagations: [],
        routes: [
          { destination: '10.0.9.0/24', attachment: 'blackhole' },
          { destination: '10.0.0.0/16', attachment: 'shared' },
        ],
      },
      {
        id: 'services',
        type: 'transit-gateway-route-table',
        name: 'Shared services',
        transitGateway: 'hub',
        associations: ['shared'],
        propagations: ['app'],
        routes: [],
      },
    ]);
    const hub = document.resources.find((r) => r.id === 'hub');
    expect(hub).toMatchObject({ type: 'transit-gateway', name: 'hub' });
    expect(hub).not.toHaveProperty('routes');
    expect(validateDocument(document).errors).toEqual([]);
  });

  it('gives the verdicts AWS would: segmentation, the blackhole, and a spoke that propagates nowhere', async () => {
    const { document } = await read(HUB_TF);
    const verdict = (from: string, to: string) => verdictOf(document, flow(from, to));
    expect(verdict('app_server', 'shared_server')).toEqual({ verdict: 'allowed' });
    expect(verdict('shared_server', 'app_server')).toEqual({ verdict: 'allowed' });
    expect(verdict('app_server', 'admin_server')).toEqual({
      verdict: 'blocked',
      code: 'TGW_RTB_BAD_STATE_ROUTE',
      component: 'spokes',
      path: 'forward',
    });
    expect(verdict('dev_server', 'shared_server')).toEqual({
      verdict: 'blocked',
      code: 'TGW_RTB_CANNOT_ROUTE',
      component: 'services',
      path: 'return',
    });
    expect(verdict('app_server', 'dev_server')).toEqual({
      verdict: 'blocked',
      code: 'TGW_RTB_CANNOT_ROUTE',
      component: 'spokes',
      path: 'forward',
    });
  });

  it('makes AWS’s default table a table of its own where it is not the implicit one', async () => {
    // Default association left on, default propagation off: every attachment is associated with
    // the default table and nothing propagates into it, which the implicit table cannot say.
    const text = HUB_TF.replace(/\n {2}default_route_table_association = "disable"/, '')
      .replace(/resource "aws_ec2_transit_gateway_route_table_association" "dev" \{[^}]*\}/, '')
      .replaceAll(/\n {2}transit_gateway_default_route_table_association = false/g, '');
    const { document, warnings } = await read(text);
    expect(warnings).toEqual([]);
    expect(document.resources.find((r) => r.id === 'hub-default')).toEqual({
      id: 'hub-default',
      type: 'transit-gateway-route-table',
      transitGateway: 'hub',
      associations: ['dev'],
      propagations: [],
      routes: [],
    });
    expect(validateDocument(document).errors).toEqual([]);
    expect(verdictOf(document, flow('dev_server', 'shared_server'))).toEqual({
      verdict: 'blocked',
      code: 'TGW_RTB_CANNOT_ROUTE',
      component: 'hub-default',
      path: 'forward',
    });
  });

  it('reads a gateway that leaves its default table on as the implicit table, its routes the gateway’s', async () => {
    const text = `
resource "aws_vpc" "a" {
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "a1" {
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "eu-west-1a"
}
resource "aws_ec2_transit_gateway" "tgw" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "a" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.a.id
  subnet_ids         = [aws_subnet.a1.id]
}
resource "aws_ec2_transit_gateway_route" "drop" {
  destination_cidr_block         = "10.9.0.0/16"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway.tgw.association_default_route_table_id
}`;
    const { document, warnings } = await read(text);
    expect(warnings).toEqual([]);
    expect(document.resources.find((r) => r.id === 'tgw')).toEqual({
      id: 'tgw',
      type: 'transit-gateway',
      attachments: [{ vpc: 'a', subnets: ['a1'] }],
      routes: [{ destination: '10.9.0.0/16', attachment: 'blackhole' }],
    });
    expect(document.resources.some((r) => r.type === 'transit-gateway-route-table')).toBe(false);
  });
});

/** Two gateways in two regions, peered, as `terraform show -json` of the applied state has them. */
const ARN = (region: string, id: string) => `arn:aws:ec2:${region}:111122223333:transit-gateway/${id}`;
const STATE_RESOURCES: Record<string, unknown>[] = [
  ...[
    ['tokyo', '10.10', 'ap-northeast-1'],
    ['virginia', '10.20', 'us-east-1'],
  ].flatMap(([name, prefix, region]) => [
    {
      address: `aws_vpc.${name}`,
      mode: 'managed',
      type: 'aws_vpc',
      name,
      values: { id: `vpc-${name}`, cidr_block: `${prefix}.0.0/16` },
    },
    {
      address: `aws_subnet.${name}_a`,
      mode: 'managed',
      type: 'aws_subnet',
      name: `${name}_a`,
      values: {
        id: `subnet-${name}`,
        vpc_id: `vpc-${name}`,
        cidr_block: `${prefix}.1.0/24`,
        availability_zone: `${region}a`,
      },
    },
    {
      address: `aws_ec2_transit_gateway.${name}`,
      mode: 'managed',
      type: 'aws_ec2_transit_gateway',
      name,
      values: {
        id: `tgw-${name}`,
        arn: ARN(region!, `tgw-${name}`),
        // Tokyo keeps its default table; Virginia routes with a table of its own.
        default_route_table_association: name === 'tokyo' ? 'enable' : 'disable',
        default_route_table_propagation: name === 'tokyo' ? 'enable' : 'disable',
        association_default_route_table_id: name === 'tokyo' ? 'tgw-rtb-tokyo-default' : '',
        propagation_default_route_table_id: name === 'tokyo' ? 'tgw-rtb-tokyo-default' : '',
      },
    },
  ]),
  // Routes sort before the attachments they name: an attachment id a route names must not be
  // taken for the route's own.
  ...[
    ['tokyo_to_virginia', 'tgw-rtb-tokyo-default', '10.20.0.0/16'],
    ['virginia_to_tokyo', 'tgw-rtb-virginia', '10.10.0.0/16'],
  ].map(([name, table, destination]) => ({
    address: `aws_ec2_transit_gateway_route.${name}`,
    mode: 'managed',
    type: 'aws_ec2_transit_gateway_route',
    name,
    values: {
      id: `${table}_${destination}`,
      destination_cidr_block: destination,
      blackhole: false,
      transit_gateway_attachment_id: 'tgw-attach-peer',
      transit_gateway_route_table_id: table,
    },
  })),
  {
    address: 'aws_ec2_transit_gateway_route_table.virginia',
    mode: 'managed',
    type: 'aws_ec2_transit_gateway_route_table',
    name: 'virginia',
    values: { id: 'tgw-rtb-virginia', transit_gateway_id: 'tgw-virginia', tags: { Name: 'Virginia' } },
  },
  ...[
    ['association', 'peer', 'tgw-attach-peer'],
    ['association', 'vpc', 'tgw-attach-virginia'],
    ['propagation', 'vpc', 'tgw-attach-virginia'],
  ].map(([kind, name, attachment]) => ({
    address: `aws_ec2_transit_gateway_route_table_${kind}.${name}`,
    mode: 'managed',
    type: `aws_ec2_transit_gateway_route_table_${kind}`,
    name,
    values: {
      id: `tgw-rtb-virginia_${attachment}`,
      transit_gateway_attachment_id: attachment,
      transit_gateway_route_table_id: 'tgw-rtb-virginia',
    },
  })),
  {
    address: 'aws_ec2_transit_gateway_peering_attachment.tokyo_virginia',
    mode: 'managed',
    type: 'aws_ec2_transit_gateway_peering_attachment',
    name: 'tokyo_virginia',
    values: {
      id: 'tgw-attach-peer',
      transit_gateway_id: 'tgw-tokyo',
      peer_transit_gateway_id: 'tgw-virginia',
      peer_region: 'us-east-1',
      peer_account_id: '111122223333',
    },
  },
  {
    address: 'aws_ec2_transit_gateway_peering_attachment_accepter.tokyo_virginia',
    mode: 'managed',
    type: 'aws_ec2_transit_gateway_peering_attachment_accepter',
    name: 'tokyo_virginia',
    values: {
      id: 'tgw-attach-peer',
      transit_gateway_attachment_id: 'tgw-attach-peer',
      transit_gateway_id: 'tgw-virginia',
      peer_transit_gateway_id: 'tgw-tokyo',
    },
  },
  ...['tokyo', 'virginia'].map((name) => ({
    address: `aws_ec2_transit_gateway_vpc_attachment.${name}`,
    mode: 'managed',
    type: 'aws_ec2_transit_gateway_vpc_attachment',
    name,
    values: {
      id: `tgw-attach-${name}`,
      transit_gateway_id: `tgw-${name}`,
      vpc_id: `vpc-${name}`,
      subnet_ids: [`subnet-${name}`],
      transit_gateway_default_route_table_association: name === 'tokyo',
      transit_gateway_default_route_table_propagation: name === 'tokyo',
    },
  })),
];
const PEERED_STATE = {
  format_version: '1.0',
  terraform_version: '1.9.0',
  values: { root_module: { resources: STATE_RESOURCES } },
};

describe('reading transit gateway peering from terraform show -json', () => {
  it('reads both gateways, their regions from the ARN, the peering from either side', async () => {
    const { document, warnings } = await readTerraform(
      [{ name: 'state.json', text: JSON.stringify(PEERED_STATE) }],
      parseHclInNode,
    );
    expect(warnings).toEqual([]);
    const gateways = document.resources.filter((r) => r.type === 'transit-gateway');
    expect(gateways).toEqual([
      {
        id: 'ec2_transit_gateway.tokyo',
        type: 'transit-gateway',
        attachments: [{ vpc: 'vpc.tokyo', subnets: ['tokyo_a'] }],
        peers: ['ec2_transit_gateway.virginia'],
        region: 'ap-northeast-1',
        routes: [{ destination: '10.20.0.0/16', attachment: 'ec2_transit_gateway.virginia' }],
      },
      {
        id: 'ec2_transit_gateway.virginia',
        type: 'transit-gateway',
        attachments: [{ vpc: 'vpc.virginia', subnets: ['virginia_a'] }],
        region: 'us-east-1',
      },
    ]);
    expect(document.resources.filter((r) => r.type === 'transit-gateway-route-table')).toEqual([
      {
        id: 'ec2_transit_gateway_route_table.virginia',
        type: 'transit-gateway-route-table',
        name: 'Virginia',
        transitGateway: 'ec2_transit_gateway.virginia',
        associations: ['ec2_transit_gateway.tokyo', 'vpc.virginia'],
        propagations: ['vpc.virginia'],
        routes: [{ destination: '10.10.0.0/16', attachment: 'ec2_transit_gateway.tokyo' }],
      },
    ]);
    expect(validateDocument(document).errors).toEqual([]);
  });
});

/** A plan knows no ids yet: references come from the configuration's expressions. */
const PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.0',
  planned_values: {
    root_module: {
      resources: [
        { type: 'aws_vpc', name: 'app', values: { cidr_block: '10.1.0.0/16' } },
        { type: 'aws_subnet', name: 'app_a', values: { cidr_block: '10.1.1.0/24', availability_zone: 'eu-west-1a' } },
        {
          type: 'aws_ec2_transit_gateway',
          name: 'hub',
          values: { default_route_table_association: 'disable', default_route_table_propagation: 'disable' },
        },
        { type: 'aws_ec2_transit_gateway_vpc_attachment', name: 'app', values: {} },
        { type: 'aws_ec2_transit_gateway_route_table', name: 'spokes', values: {} },
        { type: 'aws_ec2_transit_gateway_route_table_association', name: 'app', values: {} },
        {
          type: 'aws_ec2_transit_gateway_route',
          name: 'drop',
          values: { destination_cidr_block: '10.9.0.0/16', blackhole: true },
        },
      ].map((r) => ({ ...r, address: `${r.type}.${r.name}`, mode: 'managed' })),
    },
  },
  configuration: {
    root_module: {
      resources: [
        ['aws_subnet', 'app_a', { vpc_id: ['aws_vpc.app.id', 'aws_vpc.app'] }],
        [
          'aws_ec2_transit_gateway_vpc_attachment',
          'app',
          {
            transit_gateway_id: ['aws_ec2_transit_gateway.hub.id', 'aws_ec2_transit_gateway.hub'],
            vpc_id: ['aws_vpc.app.id', 'aws_vpc.app'],
            subnet_ids: ['aws_subnet.app_a.id', 'aws_subnet.app_a'],
          },
        ],
        [
          'aws_ec2_transit_gateway_route_table',
          'spokes',
          { transit_gateway_id: ['aws_ec2_transit_gateway.hub.id', 'aws_ec2_transit_gateway.hub'] },
        ],
        [
          'aws_ec2_transit_gateway_route_table_association',
          'app',
          {
            transit_gateway_attachment_id: [
              'aws_ec2_transit_gateway_vpc_attachment.app.id',
              'aws_ec2_transit_gateway_vpc_attachment.app',
            ],
            transit_gateway_route_table_id: [
              'aws_ec2_transit_gateway_route_table.spokes.id',
              'aws_ec2_transit_gateway_route_table.spokes',
            ],
          },
        ],
        [
          'aws_ec2_transit_gateway_route',
          'drop',
          {
            transit_gateway_route_table_id: [
              'aws_ec2_transit_gateway_route_table.spokes.id',
              'aws_ec2_transit_gateway_route_table.spokes',
            ],
          },
        ],
      ].map(([type, name, references]) => ({
        address: `${type as string}.${name as string}`,
        mode: 'managed',
        type,
        name,
        expressions: Object.fromEntries(
          Object.entries(references as Record<string, string[]>).map(([key, refs]) => [key, { references: refs }]),
        ),
      })),
    },
  },
};

describe('reading transit gateway route tables from a terraform show -json plan', () => {
  it('follows the configuration’s references to the table, its association and its blackhole', async () => {
    const { document, warnings } = await readTerraform(
      [{ name: 'plan.json', text: JSON.stringify(PLAN) }],
      parseHclInNode,
    );
    expect(warnings).toEqual([]);
    expect(document.resources.find((r) => r.type === 'transit-gateway-route-table')).toEqual({
      id: 'spokes',
      type: 'transit-gateway-route-table',
      transitGateway: 'hub',
      associations: ['app'],
      propagations: [],
      routes: [{ destination: '10.9.0.0/16', attachment: 'blackhole' }],
    });
    expect(validateDocument(document).errors).toEqual([]);
  });
});
