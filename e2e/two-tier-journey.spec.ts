import { expect, test } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { ConnectPage } from './pages/connect.ts';
import { Counter } from './pages/counter.ts';
import { InspectorPage } from './pages/inspector.ts';

/**
 * Issue 17's journey, as a new user builds it from an empty canvas: a two-tier design across two
 * AZs (a VPC, four subnets, an internet gateway, a NAT gateway, a web instance, a database,
 * routes, groups and one intent), counting every click and keystroke. The bars: at most 40
 * clicks and at most 30 keystrokes besides names. Checking the result afterwards (traces) is
 * the test's, not the person's, and is not counted.
 */
test('the two-tier journey takes at most 40 clicks and 30 keystrokes, and works', async ({ page }) => {
  test.setTimeout(60_000);
  const connect = new ConnectPage(page);
  const { canvas } = connect;
  const inspector = new InspectorPage(page);
  const analysis = new AnalysisPage(page);
  await page.goto('/');
  const count = new Counter(page);
  const palette = (name: string) => count.click(canvas.palette.getByRole('button', { name, exact: true }));
  const node = (name: string) => count.click(canvas.node(name), { position: { x: 12, y: 12 } });
  const answer = (name: string) => count.click(page.getByRole('alertdialog').getByRole('button', { name }));

  // The network: a VPC and four subnets, which alternate AZs (a, b, a, b).
  await palette('VPC');
  for (let i = 0; i < 4; i++) await palette('Subnet');
  await expect(canvas.node('Subnet subnet-4')).toContainText('b');
  await palette('Internet gateway');

  // Public subnets: drawn to the internet gateway; the first gets its own table, the second reuses it.
  await connect.draw('Subnet subnet-1', 'subnet-1', 'Internet gateway igw-1');
  await answer('Own route table');
  await connect.draw('Subnet subnet-2', 'subnet-2', 'Internet gateway igw-1');
  await answer('Use rt-1');
  await expect(canvas.node('Subnet subnet-2')).toContainText('public');

  // The NAT gateway lands in a public subnet; the private subnets share the main table, edited once.
  await palette('NAT gateway');
  await expect(canvas.node('NAT gateway nat-1')).toBeVisible();
  await connect.draw('Subnet subnet-3', 'subnet-3', 'NAT gateway nat-1');
  await answer('Edit the shared table');

  // The web instance in a public subnet, with a public address; the database in the private ones.
  await node('Subnet subnet-1');
  await palette('Instance');
  await count.click(inspector.region.getByRole('checkbox', { name: 'Public IP', exact: true }));
  await node('Subnet subnet-3');
  await palette('Database');

  // Groups: one for the web instance admitting HTTPS from anywhere (the new rule's default),
  // then the web instance drawn to the database, which admits it on PostgreSQL's port.
  await node('Instance web-1');
  await palette('Security group');
  await count.click(inspector.button('Add inbound rule'));
  const inbound = inspector.table('Inbound rules');
  await expect(inbound.getByRole('textbox', { name: 'Source of rule 1' })).toHaveValue('0.0.0.0/0');
  await connect.draw('Instance web-1', 'web-1', 'Database db-1');
  const form = page.getByRole('dialog', { name: 'Allow web-1 to reach db-1' });
  await expect(form.getByRole('combobox', { name: 'Port' })).toHaveValue('5432');
  await count.press('Enter');
  await expect(form).toBeHidden();

  // One intent: the internet reaches the web server on HTTPS.
  await count.click(analysis.tab('Intents'));
  await count.click(analysis.panel('Intents').getByRole('button', { name: 'Add intent' }));
  const intentForm = analysis.panel('Intents').getByRole('form', { name: 'Intent' });
  await count.select(intentForm.getByRole('combobox', { name: 'To', exact: true }), 'web-1');
  await count.click(intentForm.getByRole('button', { name: 'Add', exact: true }));

  console.log(`two-tier journey: ${count.clicks} clicks, ${count.keystrokes} keystrokes besides names`);
  expect(count.clicks).toBeLessThanOrEqual(40);
  expect(count.keystrokes).toBeLessThanOrEqual(30);

  // It works: the intent passes, the internet reaches the web server and not the database.
  await expect(analysis.intent('internet → web-1 tcp/443')).toContainText('pass');
  await expect(await analysis.trace('internet', 'web-1', 'TCP', 443)).toContainText('allowed');
  await expect(await analysis.trace('internet', 'db-1', 'TCP', 5432)).toContainText('blocked');
  await expect(await analysis.trace('web-1', 'db-1', 'TCP', 5432)).toContainText('allowed');
});
