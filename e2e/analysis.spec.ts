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
