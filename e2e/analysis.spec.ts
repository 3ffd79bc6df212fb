import { expect, test } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { InspectorPage } from './pages/inspector.ts';

test('an example with intents: every intent passes, live from the worker', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  await page.goto('/?example=01-public-private-subnets');
  const intents = await analysis.open('Intents');
  await expect(intents.getByRole('listitem')).toHaveCount(4);
  for (const item of await intents.getByRole('listitem').all()) await expect(item).toContainText('pass');
  await expect(intents).not.toContainText('fail');
});

test('removing a route turns an intent to fail with its code within a second; undo brings the pass back', async ({
  page,
}) => {
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'rt-public');
  await analysis.open('Intents');
  const intent = analysis.intent('internet → web-1 tcp/443');
  await expect(intent).toContainText('pass');

  // The subnet's tile says whether it is public: that follows its route table, edit by edit.
  const subnet = page.getByRole('group', { name: 'Subnet public-a' });
  await expect(subnet).not.toContainText('private');

  await inspector.find('rt-public');
  await inspector.region.getByRole('button', { name: 'Remove route 0.0.0.0/0' }).click();
  await expect(intent).toContainText('fail', { timeout: 1000 });
  await expect(intent).toContainText('NO_ROUTE_TO_DESTINATION');
  await expect(subnet).toContainText('private');

  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(intent).toContainText('pass', { timeout: 1000 });
  await expect(subnet).not.toContainText('private');
});

test('a trace from the internet to a private instance is blocked, with the code and the hops', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  await page.goto('/?example=01-public-private-subnets');
  const status = await analysis.trace('internet', 'app-1', 'TCP', 443);
  await expect(status).toContainText('blocked');
  const panel = analysis.panel('Reachability');
  await expect(panel.getByRole('list', { name: 'Explanations' })).toContainText(
    'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
  );
  await expect(panel.getByRole('list', { name: 'Forward path' }).getByRole('button').first()).toBeVisible();
});

test('all protocols through a NAT gateway: partial, the NAT gateway drops the others, TCP, UDP and ICMP pass', async ({
  page,
}) => {
  const analysis = new AnalysisPage(page);
  await page.goto('/?example=02-nat-gateway');
  const status = await analysis.trace('app-a', 'internet', 'All');
  await expect(status).toContainText('partial');
  const panel = analysis.panel('Reachability');
  await expect(panel).toContainText('Passes: tcp all; udp all; icmp');
  await expect(panel.getByRole('list', { name: 'Explanations' })).toContainText('NGW_PROTOCOL_RESTRICTION');
  await expect(panel.getByRole('list', { name: 'Explanations' })).toContainText('carries only TCP, UDP and ICMP');
});

test('clicking a hop selects the component that acted', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await page.goto('/?example=02-nat-gateway');
  await analysis.trace('app-a', 'internet', 'TCP', 443);
  const forward = analysis.panel('Reachability').getByRole('list', { name: 'Forward path' });
  await forward
    .getByRole('button', { name: /^\d+\. nat-a / })
    .first()
    .click();
  await expect(inspector.textbox('ID')).toHaveValue('nat-a');
});

test('a design with errors yields messages in Findings, not a crash, and the rest is still analysed', async ({
  page,
}) => {
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await inspector.openExample('01-public-private-subnets', 'private-a');
  await inspector.find('private-a');
  // Overlapping its sibling is a validation error the inspector lets through and reports.
  await inspector.enter(inspector.textbox('CIDR'), '10.0.1.0/24');
  const findings = await analysis.open('Findings');
  await expect(analysis.tab('Findings')).toHaveText(/Findings \(\d+\)/);
  await expect(
    findings
      .getByRole('listitem')
      .filter({ hasText: /^Error/ })
      .first(),
  ).toBeVisible();
  await analysis.open('Intents');
  await expect(analysis.intent('internet → web-1 tcp/443')).toContainText('pass');
  expect(problems).toEqual([]);
});

test('"What can reach this?" says which protocol and port it answers for, lists only what opens connections, and traces a pair', async ({
  page,
}) => {
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await inspector.openExample('04-database-private-subnets', 'orders-db');
  await inspector.find('orders-db');
  const panel = await analysis.open('Reachability');
  await panel.getByRole('combobox', { name: 'Protocol', exact: true }).selectOption({ label: 'TCP' });
  const port = panel.getByRole('spinbutton', { name: 'Port', exact: true });
  await port.fill('443');
  await panel.getByRole('button', { name: 'What can reach this?' }).click();

  const atHttps = panel.getByRole('list', { name: 'What can reach orders-db on TCP port 443' });
  await expect(atHttps.getByRole('listitem').filter({ hasText: /^app-1: blocked/ })).toHaveCount(1);
  // S3 and DynamoDB only answer: they never open a connection to anything.
  await expect(atHttps.getByRole('listitem').filter({ hasText: /^(s3|dynamodb):/ })).toHaveCount(0);

  await port.fill('5432');
  const atPostgres = panel.getByRole('list', { name: 'What can reach orders-db on TCP port 5432' });
  const app = atPostgres.getByRole('listitem').filter({ hasText: /^app-1: allowed/ });
  await expect(app).toHaveCount(1);

  await app.getByRole('button', { name: 'Trace app-1 → orders-db' }).click();
  await expect(panel.getByRole('combobox', { name: 'From', exact: true })).toHaveValue('app-1');
  await expect(panel.getByRole('combobox', { name: 'To', exact: true })).toHaveValue('orders-db');
  await expect(panel.getByRole('status')).toContainText('app-1 → orders-db tcp/5432');
  await expect(panel.getByRole('status')).toContainText('allowed');
});

test('"What can reach this?" leaves out NAT gateways, which only translate what others open', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await inspector.openExample('02-nat-gateway', 'app-a');
  await inspector.find('app-b');
  const panel = await analysis.open('Reachability');
  await panel.getByRole('button', { name: 'What can reach this?' }).click();
  const list = panel.getByRole('list', { name: /^What can reach app-b on / });
  await expect(list.getByRole('listitem').filter({ hasText: /^app-a:/ })).toHaveCount(1);
  await expect(list.getByRole('listitem').filter({ hasText: /^nat-/ })).toHaveCount(0);
});

test('a flow blocked on the way there shows no return path, and says why', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  await page.goto('/?example=01-public-private-subnets');
  const blocked = await analysis.trace('internet', 'web-1', 'TCP', 22);
  await expect(blocked).toContainText('blocked');
  const panel = analysis.panel('Reachability');
  await expect(panel.getByRole('list', { name: 'Forward path' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Return path' })).toHaveCount(0);
  await expect(panel).toContainText('None: the request is blocked on the way there, so no reply comes back.');

  const allowed = await analysis.trace('internet', 'web-1', 'TCP', 443);
  await expect(allowed).toContainText('allowed');
  await expect(panel.getByRole('list', { name: 'Return path' }).getByRole('button').first()).toBeVisible();
});
