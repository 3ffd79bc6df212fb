import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../model/index.ts';
import { AWS_SAMPLES_DIR } from '../io/aws/test-support/samples.ts';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

const folder = (name: string) => join(AWS_SAMPLES_DIR, 'batfish', name);

describe('vpclab import aws', () => {
  it('writes a valid document to stdout and the warnings to stderr (exit 0)', async () => {
    const { code, stdout, stderr } = await run(['import', 'aws', folder('test-transit-gateway')]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as unknown;
    expect(validateDocument(document).errors).toEqual([]);
    expect(stderr).toContain('warning: i-04a292ff83b3aa833 (');
    expect(stderr).toContain('Not imported: its state is terminated.');
    expect(stderr).toMatch(/Imported test-transit-gateway: \d+ resources from \d+ files, 3 warnings\.\n$/);
  });

  it('writes to -o, and the document answers trace by AWS id and by address', async () => {
    const out = tempFile('peering.vpclab.json', '');
    const imported = await run(['import', 'aws', folder('test-vpc-peering'), '-o', out]);
    expect(imported).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'vpclab', name: 'test-vpc-peering' });
    const byId = await run([
      'trace',
      out,
      '--from',
      'i-06ba034d88c84ef07',
      '--to',
      'i-0b14080af811fda3d',
      '--port',
      '22',
    ]);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain('pcx-0b89b559e3319d6cf');
    const byAddress = await run([
      'trace',
      out,
      '--from',
      'i-06ba034d88c84ef07',
      '--to',
      '192.169.0.10',
      '--port',
      '22',
    ]);
    expect(byAddress.code).toBe(1);
    expect(byAddress.stdout).toMatch(/^BLOCKED/);
  });

  it('reads several files, each named as given', async () => {
    const files = ['Vpcs.json', 'Subnets.json', 'Reservations.json'].map((f) => join(folder('test-public-subnet'), f));
    const { code, stdout } = await run(['import', 'aws', ...files]);
    expect(code).toBe(0);
    const types = (JSON.parse(stdout) as { resources: { type: string }[] }).resources.map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['vpc', 'subnet', 'instance']));
  });

  it('reads UTF-16 with a byte order mark, as Windows PowerShell redirects the AWS CLI', async () => {
    const text = readFileSync(join(folder('test-public-subnet'), 'Vpcs.json'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { code, stdout } = await run(['import', 'aws', tempFile('Vpcs.json', utf16)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ resources: [{ id: 'vpc-0672bce73895d7252', type: 'vpc' }] });
  });

  it('exits 1 naming an unreadable or unrecognised input', async () => {
    const missing = await run(['import', 'aws', '/nonexistent/folder']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read /nonexistent/folder');
    const notAws = await run(['import', 'aws', tempFile('notes.json', { hello: 1 })]);
    expect(notAws.code).toBe(1);
    expect(notAws.stderr).toMatch(/notes\.json is not AWS CLI output/);
    const broken = await run(['import', 'aws', tempFile('Subnets.json', '{"Subnets": [')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Subnets\.json is not valid JSON/);
  });

  it('explains its usage', async () => {
    expect((await run(['import'])).code).toBe(2);
    expect((await run(['import', 'arm', 'x'])).stderr).toContain(
      'unknown import format "arm" (known: aws, cloudformation, terraform)',
    );
    expect((await run(['--help'])).stdout).toContain('import aws <folder|files...>');
  });
});
