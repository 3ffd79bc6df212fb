import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AWS_SAMPLES_DIR } from '../src/io/aws/test-support/samples.ts';
import { AnalysisPage } from './pages/analysis.ts';
import { DocumentPage } from './pages/document.ts';

const sample = (name: string) => join(AWS_SAMPLES_DIR, 'batfish', name);
const VPCS = ['vpc-05951c91977125d2e', 'vpc-0f44fae3468d2b998'];
const jsonFiles = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(folder, f));

test.describe('importing AWS CLI output', () => {
  test('a folder’s files through the file chooser: VPCs and subnets drawn, warnings in Findings, a trace between instances', async ({
    page,
  }) => {
    const doc = new DocumentPage(page);
    const analysis = new AnalysisPage(page);
    await doc.goto();
    await expect(doc.name).toHaveValue('Untitled design');
    const chooser = page.waitForEvent('filechooser');
    await doc.button('Import').click();
    await (await chooser).setFiles(jsonFiles(sample('test-transit-gateway')));

    await expect(page.getByRole('status').filter({ hasText: 'AWS CLI output imported' })).toContainText('3 warnings');
    for (const id of [
      'vpc-0404e08ceddf7f650',
      'vpc-00a31ce9d0c06675c',
      'subnet-006a19c846f047bd7',
      'subnet-0ebf6378a79a3e534',
    ]) {
      await expect(doc.resource(id)).toHaveCount(1);
    }
    await expect(doc.resource('tgw-044be4464fcc69aff')).toHaveCount(1);

    const findings = await analysis.open('Findings');
    const terminated = findings.getByRole('listitem').filter({ hasText: 'i-04a292ff83b3aa833' });
    await expect(terminated).toContainText('Warning');
    await expect(terminated).toContainText('Not imported: its state is terminated.');

    const allowed = await analysis.trace('i-06ba034d88c84ef07', 'i-0b14080af811fda3d', 'TCP', 22);
    await expect(allowed).toContainText('allowed');
    await expect(analysis.panel('Reachability').getByRole('list', { name: 'Forward path' })).toContainText(
      'tgw-044be4464fcc69aff',
    );
    // The subnet in an AZ without an attachment cannot use the transit gateway, as in AWS.
    const blocked = await analysis.trace('i-075e846ed41670385', 'i-0b14080af811fda3d', 'TCP', 22);
    await expect(blocked).toContainText('blocked');

    // One undoable step; the warnings belong to the imported design and go with it.
    await doc.button('Undo').click();
    await expect(doc.resource('vpc-0404e08ceddf7f650')).toHaveCount(0);
    await doc.button('New').click();
    await expect(findings.getByRole('listitem').filter({ hasText: 'i-04a292ff83b3aa833' })).toHaveCount(0);
  });

  test('a whole folder (accounts/<id>/<region>/) through Import folder imports as one document', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    const chooser = page.waitForEvent('filechooser');
    await doc.button('Import folder').click();
    await (await chooser).setFiles(sample('test-vpc-peering-multi-account'));
    await expect(doc.name).toHaveValue('test-vpc-peering-multi-account');
    // One VPC from each account's files.
    for (const id of VPCS) await expect(doc.resource(id)).toHaveCount(1);
    const analysis = new AnalysisPage(page);
    const findings = await analysis.open('Findings');
    await expect(findings.getByRole('listitem').filter({ hasText: 'pcx-00eeab4f3bd2a40da' })).toContainText(
      'its state is deleted',
    );
  });

  test('unreadable input keeps the design and names the file', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('NAT gateway for private subnets');
    await page.getByLabel('Import file').setInputFiles([
      { name: 'Vpcs.json', mimeType: 'application/json', buffer: Buffer.from('{"Vpcs": []}') },
      { name: 'Subnets.json', mimeType: 'application/json', buffer: Buffer.from('{"Subnets": {"SubnetId": "x"}}') },
    ]);
    await expect(doc.alert).toContainText('Could not import Subnets.json');
    await expect(doc.alert).toContainText('"Subnets" should be a list');
    await expect(doc.name).toHaveValue('NAT gateway');
    await expect(doc.resource('nat-a')).toHaveCount(1);
  });

  test('one VPC Lab file still imports as before', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.importFile(
      'one.vpclab.json',
      JSON.stringify({
        format: 'vpclab',
        version: 2,
        name: 'One',
        resources: [{ id: 'vpc-x', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] }],
      }),
    );
    await expect(doc.name).toHaveValue('One');
  });
});
