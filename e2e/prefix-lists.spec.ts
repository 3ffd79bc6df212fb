import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector.ts';

/** The golden case of prefix lists: two VPCs, office and peer lists named by routes and group rules. */
const golden = (
  JSON.parse(readFileSync(new URL('../cases/prefix-lists.json', import.meta.url), 'utf8')) as { document: object }
).document;

test('a prefix list’s entries are edited in the inspector, refused in the wrong family, and it lists who uses it', async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.importDocument(golden, 'office-nets');
  await inspector.find('office-nets');
  await expect(inspector.textbox('Entry 1 CIDR')).toHaveValue('192.168.10.0/24');
  await expect(inspector.combobox('Address family')).toHaveValue('IPv4');

  const add = inspector.textbox('Add entry');
  await add.fill('2001:db8::/48');
  await expect(add).toHaveAttribute('aria-invalid', 'true');
  await inspector.enter(add, '192.168.30.0/24');
  await expect(inspector.textbox('Entry 3 CIDR')).toHaveValue('192.168.30.0/24');

  const usedBy = inspector.region.getByRole('region', { name: 'Used by' });
  await usedBy.getByRole('button', { name: 'sg-app', exact: true }).click();
  const inbound = inspector.table('Inbound rules');
  await expect(inbound.getByRole('combobox').nth(2)).toBeVisible();
  await expect(inbound.getByRole('option', { name: 'office-nets (prefix list, IPv4)' })).toBeAttached();
  await inspector.button('Open office-nets').click();
  await expect(inspector.textbox('Entry 3 CIDR')).toHaveValue('192.168.30.0/24');
});

test('a route table offers the prefix lists as destinations and refuses a name that is no list', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.importDocument(golden, 'rt-a');
  await inspector.find('rt-a');
  const routes = inspector.table('Routes');
  await expect(routes.getByRole('combobox', { name: 'Destination of route peer-nets' })).toHaveValue('peer-nets');
  await inspector.button('Add route').click();
  const destination = inspector.region.getByRole('combobox', { name: 'Destination of new route' });
  await destination.fill('office-netz');
  await expect(destination).toHaveAttribute('aria-invalid', 'true');
  expect(await inspector.messageOf(destination)).toContain('neither a CIDR block nor a prefix list');
  await destination.fill('office-nets');
  await expect(destination).not.toHaveAttribute('aria-invalid');
});
