import { expect, test } from '@playwright/test';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parseTemplateText } from '../src/io/cloudformation/yaml-tags.ts';
import { AnalysisPage } from './pages/analysis.ts';
import { DocumentPage } from './pages/document.ts';

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
