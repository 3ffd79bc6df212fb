import { expect, test } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';

/**
 * A newcomer's first design, with nothing but the palette and the inspector: a VPC with a
 * public and a private subnet, an internet gateway, a route table that makes one subnet
 * public, a security group for HTTPS, and a web server; the live analysis then says the
 * internet reaches the web server and not the private one.
 */
test('a two-tier design built from scratch with the palette and the inspector, checked live', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  const analysis = new AnalysisPage(page);
  const selectedId = () => inspector.textbox('ID').inputValue();
  await page.goto('/');

  await canvas.add('VPC');
  await canvas.add('Subnet');
  const publicSubnet = await selectedId();
  await canvas.click('VPC vpc-1');
  await canvas.add('Subnet');
  const privateSubnet = await selectedId();
  await canvas.click('VPC vpc-1');
  await canvas.add('Internet gateway');
  const igw = await selectedId();

  await canvas.click('VPC vpc-1');
  await canvas.add('Route table');
  const table = await selectedId();
  const routes = inspector.table('Routes');
  // The table has no route yet and the VPC one gateway: the new route is 0.0.0.0/0 to it at once.
  await inspector.button('Add route').click();
  await expect(routes.getByRole('button', { name: 'Remove route 0.0.0.0/0' })).toBeVisible();
  await expect(routes.getByRole('combobox', { name: 'Target of route 0.0.0.0/0' })).toHaveValue(igw);

  await inspector.find(publicSubnet);
  await inspector.combobox('Route table').selectOption(table);
  await expect(canvas.node(`Subnet ${publicSubnet}`)).toContainText('public');
  await expect(canvas.node(`Subnet ${privateSubnet}`)).toContainText('private');

  await canvas.click('VPC vpc-1');
  await canvas.add('Security group');
  const group = await selectedId();
  await inspector.button('Add inbound rule').click();
  const inbound = inspector.table('Inbound rules');
  await inspector.enter(inbound.getByRole('combobox', { name: 'Ports of rule 1' }), '443');
  await inspector.enter(inbound.getByRole('textbox', { name: 'Source of rule 1' }), '0.0.0.0/0');

  await canvas.click(`Subnet ${publicSubnet}`);
  await canvas.add('Instance');
  const web = await selectedId();
  await inspector.region.getByRole('checkbox', { name: 'Public IP', exact: true }).check();
  await inspector.combobox('Security groups').selectOption(group);
  await expect(inspector.button(`Open ${group}`)).toBeVisible();

  await canvas.click(`Subnet ${privateSubnet}`);
  await canvas.add('Instance');
  const app = await selectedId();

  await expect(await analysis.trace('internet', web, 'TCP', 443)).toContainText('allowed');
  await expect(await analysis.trace('internet', app, 'TCP', 443)).toContainText('blocked');
  await expect(analysis.panel('Reachability').getByRole('list', { name: 'Explanations' })).toContainText(
    'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
  );
});
