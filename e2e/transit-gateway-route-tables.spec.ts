import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector.ts';

/** Transit gateway route tables in the inspector: what a table learns, and a gateway's first table. */

const segmentation = JSON.parse(
  readFileSync(new URL('../cases/transit-gateway-route-tables.json', import.meta.url), 'utf8'),
) as { document: object };
const hub = JSON.parse(
  readFileSync(new URL('../public/examples/09-transit-gateway-hub.json', import.meta.url), 'utf8'),
) as object;

test('a transit gateway route table shows what propagates into it; propagating one more VPC adds its route, Undo takes it back', async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.importDocument(segmentation.document, 'rtb-spokes');
  await inspector.find('rtb-spokes');
  const routes = inspector.table('Transit gateway routes');
  await expect(routes.getByRole('row', { name: /10\.0\.0\.0\/16 vpc-shared \(propagated\)/ })).toBeVisible();
  await expect(routes.getByRole('row', { name: /10\.2\.0\.0\/16/ })).toHaveCount(0);
  await expect(inspector.button('Dissociate vpc-dev')).toBeVisible();

  await inspector.combobox('Propagating attachments').selectOption('vpc-prod');
  await expect(routes.getByRole('row', { name: /10\.2\.0\.0\/16 vpc-prod \(propagated\)/ })).toBeVisible();
  await expect(inspector.button('Stop propagating vpc-prod')).toBeVisible();

  // (Ctrl+Z inside the select belongs to the select: the toolbar's Undo, as a person would.)
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo' }).click();
  await expect(routes.getByRole('row', { name: /10\.2\.0\.0\/16/ })).toHaveCount(0);
});

test('a gateway’s first route table takes over its implicit table: every attachment, and its static routes', async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.importDocument(hub, 'tgw');
  await inspector.find('tgw');
  await expect(inspector.table('Transit gateway routes')).toBeVisible();
  await inspector.button('Add route table').click();
  await expect(inspector.finder).toHaveValue('tgw-rtb-1');
  for (const vpc of ['vpc-a', 'vpc-b', 'vpc-c']) await expect(inspector.button(`Dissociate ${vpc}`)).toBeVisible();
  const routes = inspector.table('Transit gateway routes');
  await expect(routes.getByRole('combobox', { name: /10\.3\.0\.0\/16/ })).toHaveValue('blackhole');
  // The gateway keeps no routes of its own and lists the table.
  await inspector.find('tgw');
  await expect(inspector.table('Transit gateway routes')).toHaveCount(0);
  await expect(inspector.button('tgw-rtb-1')).toBeVisible();
});
