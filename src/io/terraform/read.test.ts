import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { IacInputError } from '../iac/result.ts';
import { parseHclInNode } from './parse-node.ts';
import { looksLikeTerraformHcl, looksLikeTerraformShowJson, readTerraform } from './read.ts';

/** A configuration as people write them: variables, locals, count, cidrsubnet, data sources. */
const MAIN_TF = `
variable "cidr" {
  default = "10.40.0.0/16"
}
variable "admin_cidr" {
  type = string
}
locals {
  azs = ["a", "c"]
}
data "aws_availability_zones" "available" {}

resource "aws_vpc" "main" {
  cidr_block = var.cidr
  tags = { Name = "shop", env = "prod" }
}
resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.main.id
}
resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = "\${data.aws_region.current.name}\${local.azs[count.index]}"
}
resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 10)
  availability_zone = data.aws_availability_zones.available.names[0]
}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }
}
resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}
resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0", "::/0"]
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [var.admin_cidr]
}
resource "aws_instance" "web" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public[0].id
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.web.id]
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
module "extra" {
  source = "./extra"
}
`;

describe('reading .tf files', async () => {
  const { document, warnings } = await readTerraform([{ name: 'main.tf', text: MAIN_TF }], parseHclInNode, {
    name: 'shop',
  });
  const byId = new Map(document.resources.map((r) => [r.id, r]));

  it('resolves variables, locals, count and cidrsubnet; ids are block names, with the type where two share one', () => {
    expect(byId.get('main')).toEqual({
      id: 'main',
      type: 'vpc',
      cidrBlocks: ['10.40.0.0/16'],
      name: 'shop',
      tags: { env: 'prod' },
    });
    expect(byId.get('public-0')).toMatchObject({ cidr: '10.40.0.0/24', az: 'a', routeTable: 'public' });
    expect(byId.get('public-1')).toMatchObject({ cidr: '10.40.1.0/24', az: 'c', routeTable: 'public' });
    expect(byId.get('public')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'gw' }] });
    expect(byId.get('instance.web')).toEqual({
      id: 'instance.web',
      type: 'instance',
      subnet: 'public-0',
      publicIp: true,
      securityGroups: ['security_group.web'],
    });
  });

  it('folds aws_security_group_rule into the group, one rule per CIDR', () => {
    expect(byId.get('security_group.web')).toMatchObject({
      inbound: [
        { protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' },
        { protocol: 'tcp', ports: '443', cidr: '::/0' },
      ],
      outbound: [],
    });
  });

  it('reports what it cannot resolve by address and attribute, and guesses nothing', () => {
    expect(byId.has('private')).toBe(false);
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'aws_subnet.private', property: 'cidr_block' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'region-unknown', subject: 'aws_subnet.private', property: 'availability_zone' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'unresolved',
        subject: 'aws_security_group_rule.ssh',
        detail: 'variable admin_cidr has no default',
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unsupported-resource', subject: 'aws_s3_bucket.logs', detail: 'aws_s3_bucket' }),
    );
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unsupported-resource', subject: 'module.extra' }));
  });

  it('gives a valid document', () => {
    expect(validateDocument(document).errors).toEqual([]);
  });

  it('takes variable values and a region', async () => {
    const given = await readTerraform([{ name: 'main.tf', text: MAIN_TF }], parseHclInNode, {
      region: 'us-east-2',
      variables: { admin_cidr: '203.0.113.0/24' },
    });
    const ids = new Map(given.document.resources.map((r) => [r.id, r]));
    expect(ids.get('public-0')).toMatchObject({ az: 'us-east-2a' });
    expect(ids.get('security_group.web')).toMatchObject({
      inbound: expect.arrayContaining([{ protocol: 'tcp', ports: '22', cidr: '203.0.113.0/24' }]),
    });
  });
});

/** `terraform show -json` of an applied state: real ids, which references are matched by. */
const STATE = {
  format_version: '1.0',
  terraform_version: '1.9.0',
  values: {
    root_module: {
      resources: [
        {
          address: 'aws_vpc.main',
          mode: 'managed',
          type: 'aws_vpc',
          name: 'main',
          values: {
            id: 'vpc-0a1b2c3d',
            cidr_block: '10.0.0.0/16',
            main_route_table_id: 'rtb-main',
            default_network_acl_id: 'acl-default',
            default_security_group_id: 'sg-default',
            tags: { Name: 'core' },
          },
        },
      ],
      child_modules: [
        {
          address: 'module.net',
          resources: [
            {
              address: 'module.net.aws_subnet.app["a"]',
              mode: 'managed',
              type: 'aws_subnet',
              name: 'app',
              index: 'a',
              values: {
                id: 'subnet-1',
                vpc_id: 'vpc-0a1b2c3d',
                cidr_block: '10.0.1.0/24',
                availability_zone: 'eu-west-1a',
              },
            },
            {
              address: 'module.net.aws_security_group.app',
              mode: 'managed',
              type: 'aws_security_group',
              name: 'app',
              values: {
                id: 'sg-app',
                vpc_id: 'vpc-0a1b2c3d',
                description: 'Managed by Terraform',
                ingress: [
                  {
                    protocol: 'tcp',
                    from_port: 8080,
                    to_port: 8080,
                    cidr_blocks: [],
                    security_groups: ['sg-default'],
                    self: false,
                    prefix_list_ids: [],
                  },
                ],
                egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'], self: false }],
              },
            },
            {
              address: 'module.net.aws_instance.app',
              mode: 'managed',
              type: 'aws_instance',
              name: 'app',
              values: {
                id: 'i-0abc',
                subnet_id: 'subnet-1',
                private_ip: '10.0.1.20',
                vpc_security_group_ids: ['sg-app'],
                source_dest_check: true,
                ipv6_address_count: 0,
              },
            },
          ],
        },
      ],
    },
  },
};

describe('reading terraform show -json', () => {
  it('reads a state with child modules, matching references by real id', async () => {
    const text = JSON.stringify(STATE);
    expect(looksLikeTerraformShowJson(text)).toBe(true);
    const { document, warnings } = await readTerraform([{ name: 'state.json', text }], parseHclInNode);
    expect(warnings).toEqual([]);
    expect(document.resources).toEqual([
      { id: 'main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], name: 'core' },
      { id: 'net.app-a', type: 'subnet', vpc: 'main', cidr: '10.0.1.0/24', az: 'eu-west-1a' },
      {
        id: 'security_group.net.app',
        type: 'security-group',
        vpc: 'main',
        inbound: [{ protocol: 'tcp', ports: '8080', securityGroup: 'main/default' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'instance.net.app',
        type: 'instance',
        subnet: 'net.app-a',
        privateIp: '10.0.1.20',
        ipv6: false,
        securityGroups: ['security_group.net.app'],
        sourceDestCheck: true,
      },
    ]);
    expect(validateDocument(document).errors).toEqual([]);
  });

  it('reads a plan, taking unknown ids from the configuration’s references', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_vpc.v',
              mode: 'managed',
              type: 'aws_vpc',
              name: 'v',
              values: { cidr_block: '10.9.0.0/16' },
            },
            {
              address: 'aws_subnet.s',
              mode: 'managed',
              type: 'aws_subnet',
              name: 's',
              values: { cidr_block: '10.9.1.0/24', availability_zone: 'us-east-1b' },
            },
          ],
        },
      },
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.v', mode: 'managed', type: 'aws_vpc', name: 'v', expressions: {} },
            {
              address: 'aws_subnet.s',
              mode: 'managed',
              type: 'aws_subnet',
              name: 's',
              expressions: { vpc_id: { references: ['aws_vpc.v.id', 'aws_vpc.v'] } },
            },
          ],
        },
      },
    };
    const { document } = await readTerraform([{ name: 'plan.json', text: JSON.stringify(plan) }], parseHclInNode);
    expect(document.resources).toEqual([
      { id: 'v', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] },
      { id: 's', type: 'subnet', vpc: 'v', cidr: '10.9.1.0/24', az: 'us-east-1b' },
    ]);
  });

  it('refuses what is not Terraform', async () => {
    expect(looksLikeTerraformHcl('{"format":"vpclab"}')).toBe(false);
    await expect(readTerraform([{ name: 'x.json', text: '{"format":"vpclab"}' }], parseHclInNode)).rejects.toThrow(
      IacInputError,
    );
    await expect(readTerraform([{ name: 'x.tf', text: 'hello' }], parseHclInNode)).rejects.toThrow(/not Terraform/);
    await expect(readTerraform([{ name: 'x.tf', text: 'resource "a" "b" {' }], parseHclInNode)).rejects.toThrow(
      IacInputError,
    );
  });
});
