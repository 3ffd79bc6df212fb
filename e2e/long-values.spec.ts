import { expect, test } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';

/** A public subnet with one instance; `name` and `az` as the test needs them. */
function design(name: string, az: string): string {
  return JSON.stringify({
    format: 'vpclab',
    version: 2,
    name,
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
      { id: 'rt', type: 'route-table', vpc: 'vpc-main', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
      { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az, routeTable: 'rt' },
      { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true },
    ],
  });
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

test('a 1,000,000-character name still exports JSON, PNG and SVG, under a bounded file name', async ({ page }) => {
  test.setTimeout(60_000);
  const doc = new DocumentPage(page);
  await doc.goto();
  await doc.importFile('long-name.vpclab.json', design('東'.repeat(1_000_000), 'a'));
  await expect(doc.resource('web-1')).toBeVisible();

  const json = await doc.exportJson();
  expect(bytes(json.fileName)).toBeLessThanOrEqual(255);
  expect(json.fileName).toMatch(/^東+\.vpclab\.json$/);
  expect((JSON.parse(json.text) as { name: string }).name).toHaveLength(1_000_000);

  for (const format of ['PNG', 'SVG'] as const) {
    const file = await doc.download(`Export ${format}`);
    expect(bytes(file.fileName)).toBeLessThanOrEqual(255);
    expect(file.fileName).toMatch(new RegExp(`^東+\\.${format.toLowerCase()}$`));
  }
  await expect(doc.alert).toHaveCount(0);
});

test('a 5,000-character Availability Zone stays inside its subnet, shortened, with the whole value in a tooltip', async ({
  page,
}) => {
  const doc = new DocumentPage(page);
  const az = `us-east-1${'x'.repeat(5000)}`;
  await doc.goto();
  await doc.importFile('long-az.vpclab.json', design('long AZ', az));
  const subnet = page.getByRole('group', { name: 'Subnet public-a' });
  const vpc = page.getByRole('group', { name: 'VPC vpc-main' });
  await expect(subnet).toBeVisible();
  const label = subnet.getByTitle(`AZ ${az}`);
  await expect(label).toBeVisible();
  const inner = (await label.boundingBox())!;
  const box = (await subnet.boundingBox())!;
  const outer = (await vpc.boundingBox())!;
  expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width);
  expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width);
  // Shortened, not cut off mid-air: the text a person sees ends in an ellipsis.
  await expect(label).toHaveCSS('text-overflow', 'ellipsis');
});
