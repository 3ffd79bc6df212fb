import { expect, test } from '@playwright/test';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parseTemplateText } from '../src/io/cloudformation/yaml-tags.ts';
import { AnalysisPage } from './pages/analysis.ts';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

/** CloudFormation and Terraform, both ways, through the Export menu and the Import file chooser. */

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Shop network
Parameters:
  Cidr: { Type: String, Default: 10.30.0.0/16 }
Resources:
  ShopVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: !Ref Cidr }
  WebSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref ShopVpc
      CidrBlock: !Select [0, !Cidr [!Ref Cidr, 2, 8]]
      AvailabilityZone: !Sub '\${AWS::Region}a'
  Web:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0123456789abcdef0, SubnetId: !Ref WebSubnet }
  Logs:
    Type: AWS::S3::Bucket
`;

const MAIN_TF = `variable "cidr" {
  default = "10.50.0.0/16"
}
resource "aws_vpc" "lab" {
  cidr_block = var.cidr
  tags = { Name = "lab" }
}
resource "aws_subnet" "app" {
  vpc_id            = aws_vpc.lab.id
  cidr_block        = cidrsubnet(var.cidr, 8, 1)
  availability_zone = "ap-northeast-1a"
}
`;

/** A hub whose two route tables segment its spokes (format version 2), as a module writes it. */
const HUB_TF = `resource "aws_ec2_transit_gateway" "hub" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
${['shared', 'app']
  .map(
    (name, i) => `resource "aws_vpc" "${name}" {
  cidr_block = "10.${i}.0.0/16"
}
resource "aws_subnet" "${name}_a" {
  vpc_id            = aws_vpc.${name}.id
  cidr_block        = "10.${i}.1.0/24"
  availability_zone = "ap-northeast-1a"
}
resource "aws_ec2_transit_gateway_vpc_attachment" "${name}" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.${name}.id
  subnet_ids         = [aws_subnet.${name}_a.id]
}`,
  )
  .join('\n')}
resource "aws_ec2_transit_gateway_route_table" "spokes" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
}
resource "aws_ec2_transit_gateway_route_table" "services" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
}
resource "aws_ec2_transit_gateway_route_table_association" "app" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
resource "aws_ec2_transit_gateway_route_table_propagation" "app" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.services.id
}
resource "aws_ec2_transit_gateway_route" "no_admin" {
  destination_cidr_block         = "10.0.9.0/24"
  blackhole                      = true
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.spokes.id
}
`;

test.describe('CloudFormation and Terraform', () => {
  test('an example exports as a CloudFormation template and as Terraform, both readable', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=00-worked-example');
    await expect(doc.name).toHaveValue('Web and database');

    const cfn = await doc.download('Export CloudFormation');
    expect(cfn.fileName).toBe('Web-and-database.cfn.yaml');
    const template = parseTemplateText(cfn.bytes.toString('utf8')) as { Resources: Record<string, { Type: string }> };
    expect(template.Resources['VpcMain']?.Type).toBe('AWS::EC2::VPC');
    await expect(page.getByRole('status').filter({ hasText: 'Web-and-database.cfn.yaml' })).toBeVisible();

    const tf = await doc.download('Export Terraform');
    expect(tf.fileName).toBe('Web-and-database.tf');
    const hcl = tf.bytes.toString('utf8');
    expect(hcl).toContain('resource "aws_vpc" "vpc_main"');
    const parsed = (await parseHcl('main.tf', hcl)) as { resource: Record<string, Record<string, unknown>> };
    expect(Object.keys(parsed.resource['aws_subnet'] ?? {})).toEqual(expect.arrayContaining(['public_a', 'private_a']));
  });

  test('a CloudFormation template imports through the file chooser, its warnings in a notice and in Findings', async ({
    page,
  }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=00-worked-example');
    await expect(doc.name).toHaveValue('Web and database');
    await doc.importFile('shop.yaml', TEMPLATE);
    await expect(doc.name).toHaveValue('Shop network');
    await expect(doc.resource('ShopVpc')).toBeVisible();
    await expect(doc.resource('WebSubnet')).toBeVisible();
    await expect(doc.resource('Web')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'shop.yaml' });
    await expect(notice).toContainText('1 warning');
    await expect(notice).toContainText('AWS::S3::Bucket');
    const findings = await new AnalysisPage(page).open('Findings');
    await expect(findings).toContainText('Logs: AWS::S3::Bucket is not part of a VPC Lab design');
  });

  test('a .tf file imports through the file chooser and draws its VPC', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=00-worked-example');
    await expect(doc.name).toHaveValue('Web and database');
    await doc.importFile('main.tf', MAIN_TF);
    await expect(doc.resource('lab')).toBeVisible({ timeout: 15_000 });
    await expect(doc.resource('app')).toBeVisible();
    await expect(doc.name).toHaveValue('main');
    await expect(doc.alert).toHaveCount(0);
  });

  test('a .tf hub with transit gateway route tables imports them as tables of its gateway', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=00-worked-example');
    await expect(doc.name).toHaveValue('Web and database');
    await doc.importFile('hub.tf', HUB_TF);
    await expect(doc.resource('hub')).toBeVisible({ timeout: 15_000 });
    await expect(doc.alert).toHaveCount(0);
    // A gateway's tables live in the inspector: the association, the blackhole, the propagation.
    const inspector = new InspectorPage(page);
    await inspector.find('spokes');
    await expect(inspector.button('Dissociate app')).toBeVisible();
    const routes = inspector.table('Transit gateway routes');
    await expect(routes.getByRole('combobox', { name: /10\.0\.9\.0\/24/ })).toHaveValue('blackhole');
    await inspector.find('services');
    await expect(routes.getByRole('row', { name: /10\.1\.0\.0\/16 app \(propagated\)/ })).toBeVisible();
  });

  test('a template that describes an invalid design is refused and the design stays', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=00-worked-example');
    await expect(doc.name).toHaveValue('Web and database');
    await doc.importFile(
      'broken.json',
      JSON.stringify({
        Resources: {
          V: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
          S: {
            Type: 'AWS::EC2::Subnet',
            Properties: { VpcId: { Ref: 'V' }, CidrBlock: '10.9.0.0/24', AvailabilityZone: 'a' },
          },
        },
      }),
    );
    await expect(doc.alert).toContainText('broken.json');
    await expect(doc.alert).toContainText('S (');
    await expect(doc.name).toHaveValue('Web and database');
  });
});
