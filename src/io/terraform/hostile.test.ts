import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n.ts';
import { validateDocument } from '../../model/index.ts';
import { describeIacWarning } from '../iac/describe.ts';
import { parseHclInNode } from './parse-node.ts';
import { readTerraform } from './read.ts';

/** Terraform a stranger sends: it must be read in bounded time and memory, or refused with a warning. */
describe('hostile Terraform', () => {
  it('reads one instance of a count above 1,000 and says why', async () => {
    const text = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  count      = 50000000
}`;
    const { document, warnings } = await readTerraform([{ name: 'count.tf', text }], parseHclInNode, {});
    expect(document.resources.filter((r) => r.type === 'vpc')).toHaveLength(1);
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'aws_vpc.main', property: 'count' }),
    );
  });

  it('works out each local once, so locals that name each other twice over do not take 2^n steps', async () => {
    const locals = Array.from({ length: 40 }, (_, i) => `  l${i} = element([local.l${i + 1}, local.l${i + 1}], 0)`);
    const text = `
locals {
${locals.join('\n')}
  l40 = "10.0.0.0/16"
}
resource "aws_vpc" "main" {
  cidr_block = local.l0
}`;
    const { document } = await readTerraform([{ name: 'locals.tf', text }], parseHclInNode, {});
    expect(document.resources.find((r) => r.type === 'vpc')).toMatchObject({ cidrBlocks: ['10.0.0.0/16'] });
  });

  it('leaves out a transit gateway route table or peering naming an unknown gateway, saying which resource and field', async () => {
    const text = `
resource "aws_ec2_transit_gateway" "hub" {}
resource "aws_ec2_transit_gateway_route_table" "spokes" {
  transit_gateway_id = aws_ec2_transit_gateway.hbu.id
}
resource "aws_ec2_transit_gateway_route_table" "shared" {
  transit_gateway_id = "tgw-0123456789abcdef0"
}
resource "aws_ec2_transit_gateway_route" "drop" {
  destination_cidr_block         = "10.0.9.0/24"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
resource "aws_ec2_transit_gateway_peering_attachment" "remote" {
  transit_gateway_id      = aws_ec2_transit_gateway.hub.id
  peer_transit_gateway_id = "tgw-0fedcba9876543210"
  peer_region             = "eu-west-1"
}`;
    const { document, warnings } = await readTerraform([{ name: 'tgw.tf', text }], parseHclInNode, {});
    expect(document.resources.map((r) => r.id)).toEqual(['hub']);
    expect(validateDocument(document).errors).toEqual([]);
    const t = translator('en');
    const messages = warnings.map((w) => describeIacWarning(w, t));
    expect(messages).toContain(
      'aws_ec2_transit_gateway_route_table.spokes transit_gateway_id: refers to aws_ec2_transit_gateway.hbu, which is not in the imported files',
    );
    expect(messages).toContain(
      'aws_ec2_transit_gateway_route_table.spokes transit_gateway_id: missing or unreadable, so this aws_ec2_transit_gateway_route_table is left out',
    );
    expect(messages).toContain(
      'aws_ec2_transit_gateway_route_table.shared transit_gateway_id: refers to tgw-0123456789abcdef0, which is not in the imported files',
    );
    // A peering to a gateway outside the input is no peer, and says so.
    expect(document.resources[0]).not.toHaveProperty('peers');
    expect(messages).toContain(
      'aws_ec2_transit_gateway_peering_attachment.remote peer_transit_gateway_id: refers to tgw-0fedcba9876543210, which is not in the imported files',
    );
  });
});
