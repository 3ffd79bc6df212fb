import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenario } from '../model/test-support/shared.ts';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

describe('vpclab import / export cloudformation and terraform', () => {
  const document = scenario('08-').document;

  it('exports a CloudFormation template and imports it back to the same document', async () => {
    const file = tempFile('vpn.vpclab.json', document);
    const exported = await run(['export', 'cloudformation', file]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('AWSTemplateFormatVersion');
    expect(exported.stdout).toContain('Type: AWS::EC2::VPNConnection');
    const template = tempFile('vpn.cfn.yaml', exported.stdout);
    const imported = await run(['import', 'cloudformation', template]);
    expect(imported.code).toBe(0);
    const { layout: _layout, ...expected } = document as Record<string, unknown>;
    expect(JSON.parse(imported.stdout)).toEqual(expected);
  });

  it('exports Terraform to a file with -o and imports a directory of .tf files', async () => {
    const file = tempFile('tf.vpclab.json', document);
    const out = join(dirname(file), 'tf-dir', 'main.tf');
    mkdirSync(dirname(out), { recursive: true });
    const exported = await run(['export', 'terraform', file, '-o', out]);
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toContain('resource "aws_vpn_connection"');
    const imported = await run(['import', 'terraform', dirname(out), '-o', join(dirname(out), 'back.json')]);
    expect(imported.code).toBe(0);
    const { layout: _layout, ...expected } = document as Record<string, unknown>;
    expect(JSON.parse(readFileSync(join(dirname(out), 'back.json'), 'utf8'))).toEqual(expected);
  });

  it('prints warnings on stderr, naming the logical id and property, and still writes the document', async () => {
    const template = tempFile(
      'partial.yaml',
      [
        'Resources:',
        '  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }',
        '  Sub:',
        '    Type: AWS::EC2::Subnet',
        '    Properties: { VpcId: !Ref Vpc, CidrBlock: !ImportValue shared-cidr, AvailabilityZone: us-east-1a }',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await run(['import', 'cloudformation', template]);
    expect(code).toBe(0);
    expect(stderr).toContain('Sub CidrBlock');
    expect(JSON.parse(stdout).resources).toEqual([{ id: 'Vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] }]);
  });

  it('exits 1 with the errors when the template describes an invalid design', async () => {
    const template = tempFile(
      'invalid.json',
      JSON.stringify({
        Resources: {
          Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
          Sub: {
            Type: 'AWS::EC2::Subnet',
            Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.9.0.0/24', AvailabilityZone: 'a' },
          },
        },
      }),
    );
    const { code, stdout, stderr } = await run(['import', 'cloudformation', template]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Sub');
  });

  it('exits 2 for input that is not the format, an unknown format or a missing file', async () => {
    const notTf = tempFile('notes.tf', 'just some notes\n');
    expect((await run(['import', 'terraform', notTf])).code).toBe(2);
    const unknown = await run(['import', 'pulumi', notTf]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown import format "pulumi"');
    expect((await run(['export', 'terraform', '/no/such/file.json'])).code).toBe(2);
  });
});
