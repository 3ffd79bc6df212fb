import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector.ts';
import { AnalysisPage } from './pages/analysis.ts';

/** The inspector edits every field without JSON; these drive it by role and name only. */

test('an invalid CIDR is refused with its reason and the document keeps the old value; a valid one applies on Enter', async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'public-a');
  await inspector.find('public-a');
  const cidr = inspector.textbox('CIDR');
  await expect(cidr).toHaveValue('10.0.1.0/24');

  await cidr.fill('10.0.1.5/24');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  expect(await inspector.messageOf(cidr)).toContain('host bits');
  await cidr.press('Enter');
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');

  await cidr.fill('10.1.0.0/24');
  expect(await inspector.messageOf(cidr)).toContain('outside');

  // Re-open the subnet: the document still holds the old block.
  await inspector.find('private-a');
  await inspector.find('public-a');
  await expect(inspector.textbox('CIDR')).toHaveValue('10.0.1.0/24');

  await inspector.enter(inspector.textbox('CIDR'), '10.0.9.0/24');
  await expect(inspector.textbox('CIDR')).not.toHaveAttribute('aria-invalid');
  await inspector.find('private-a');
  await inspector.find('public-a');
  await expect(inspector.textbox('CIDR')).toHaveValue('10.0.9.0/24');

  // Valid on its own but overlapping a sibling: applied, and the field says what is now wrong.
  await inspector.enter(inspector.textbox('CIDR'), '10.0.2.0/24');
  await expect(inspector.textbox('CIDR')).toHaveAttribute('aria-invalid', 'true');
  expect(await inspector.messageOf(inspector.textbox('CIDR'))).toContain('overlaps');
});

test('renaming an id carries its references along', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'rt-public');
  await inspector.find('rt-public');
  await inspector.enter(inspector.textbox('ID'), 'rt-web');
  await expect(inspector.finder).toHaveValue('rt-web');

  await inspector.find('public-a');
  await expect(inspector.combobox('Route table')).toHaveValue('rt-web');
  await inspector.button('Open route table').click();
  await expect(inspector.table('Routes')).toBeVisible();
  await expect(inspector.textbox('ID')).toHaveValue('rt-web');
});

test('a route is added once destination and target are valid, and removed by its button', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'vpc-main');
  await inspector.find('vpc-main');
  await inspector.button('rt-public').click();
  const routes = inspector.table('Routes');
  await expect(routes.getByRole('row', { name: /10\.0\.0\.0\/16 local/ })).toBeVisible();

  await inspector.button('Add route').click();
  await inspector.enter(routes.getByRole('textbox', { name: 'Destination of new route' }), '172.16.0.0/12');
  await expect(routes.getByRole('button', { name: 'Remove route 172.16.0.0/12' })).toHaveCount(0);
  await routes.getByRole('combobox', { name: 'Target of new route' }).selectOption('blackhole');
  await expect(routes.getByRole('button', { name: 'Remove route 172.16.0.0/12' })).toBeVisible();
  await expect(routes.getByRole('combobox', { name: 'Target of route 172.16.0.0/12' })).toHaveValue('blackhole');

  await routes.getByRole('button', { name: 'Remove route 172.16.0.0/12' }).click();
  await expect(routes.getByRole('button', { name: 'Remove route 172.16.0.0/12' })).toHaveCount(0);
  await expect(routes.getByRole('button', { name: 'Remove route 0.0.0.0/0' })).toBeVisible();
});

test('a transit gateway static route is added once destination and attachment are valid, and removed', async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('09-transit-gateway-hub', 'tgw');
  await inspector.find('tgw');
  const routes = inspector.table('Transit gateway routes');
  await expect(routes.getByRole('combobox', { name: 'Attachment of route 10.3.0.0/16' })).toHaveValue('blackhole');

  await inspector.button('Add route').click();
  await inspector.enter(routes.getByRole('textbox', { name: 'Destination of new route' }), '10.9.0.0/16');
  await expect(routes.getByRole('button', { name: 'Remove route 10.9.0.0/16' })).toHaveCount(0);
  await routes.getByRole('combobox', { name: 'Attachment of new route' }).selectOption('vpc-b');
  await expect(routes.getByRole('combobox', { name: 'Attachment of route 10.9.0.0/16' })).toHaveValue('vpc-b');

  await routes.getByRole('button', { name: 'Remove route 10.9.0.0/16' }).click();
  await expect(routes.getByRole('button', { name: 'Remove route 10.9.0.0/16' })).toHaveCount(0);
  await expect(routes.getByRole('button', { name: 'Remove route 10.3.0.0/16' })).toBeVisible();
});

test('NACL rules show in evaluation order with the final deny, and a rule is removed by number', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('05-nacl-return-traffic', 'good-b');
  await inspector.find('good-b');
  await inspector.button('Open network ACL').click();
  const inbound = inspector.table('Inbound rules');
  for (const column of ['Rule', 'Action', 'Protocol', 'Ports', 'CIDR']) {
    await expect(inbound.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  expect(await inspector.removeButtonNames(inbound)).toEqual(['Remove rule 90', 'Remove rule 100']);
  await expect(inbound.getByRole('row').last()).toContainText('*');
  await expect(inbound.getByRole('row').last()).toContainText('Deny');

  await inbound.getByRole('button', { name: 'Remove rule 100' }).click();
  expect(await inspector.removeButtonNames(inbound)).toEqual(['Remove rule 90']);

  await inspector.button('Add inbound rule').click();
  await expect(inbound.getByRole('button', { name: 'Remove rule 100' })).toBeVisible();
});

test('an implicit main route table becomes a real one on its first edit', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('05-nacl-return-traffic', 'good-a');
  await inspector.find('good-a');
  await inspector.button('Open route table').click();
  await expect(inspector.textbox('ID')).toHaveValue('vpc-good/main');
  await inspector.button('Add route').click();
  const routes = inspector.table('Routes');
  await inspector.enter(routes.getByRole('textbox', { name: 'Destination of new route' }), '192.168.0.0/16');
  await routes.getByRole('combobox', { name: 'Target of new route' }).selectOption('blackhole');
  await expect(inspector.textbox('ID')).toHaveValue('vpc-good-main');
  await expect(inspector.table('Routes').getByRole('button', { name: 'Remove route 192.168.0.0/16' })).toBeVisible();
  await inspector.find('good-b');
  await inspector.button('Open route table').click();
  await expect(inspector.textbox('ID')).toHaveValue('vpc-good-main');
});

test('a security group inbound rule is added and set to a well-known port', async ({ page }) => {
  const inspector = new InspectorPage(page);
  await inspector.openExample('01-public-private-subnets', 'web-1');
  await inspector.find('web-1');
  await inspector.button('Open sg-web').click();
  const inbound = inspector.table('Inbound rules');
  for (const column of ['Protocol', 'Ports', 'Source']) {
    await expect(inbound.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  }
  await inspector.button('Add inbound rule').click();
  const ports = inbound.getByRole('combobox', { name: 'Ports of rule 2' });
  await expect(ports).toHaveAttribute('list', /.+/); // suggests the well-known services
  await inspector.enter(ports, '22');
  await expect(inbound.getByRole('row').nth(2)).toContainText('SSH');
  await inspector.enter(inbound.getByRole('textbox', { name: 'Source of rule 2' }), '203.0.113.0/24');

  await inspector.find('vpc-main');
  await inspector.find('sg-web');
  await expect(inspector.table('Inbound rules').getByRole('combobox', { name: 'Ports of rule 2' })).toHaveValue('22');
  await expect(inspector.table('Inbound rules').getByRole('textbox', { name: 'Source of rule 2' })).toHaveValue(
    '203.0.113.0/24',
  );
});

test('a sixth security group is refused with a message', async ({ page }) => {
  const inspector = new InspectorPage(page);
  const groups = ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'];
  await inspector.importDocument(
    {
      format: 'vpclab',
      version: 2,
      name: 'Many groups',
      resources: [
        { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'subnet-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
        ...groups.map((id) => ({ id, type: 'security-group', vpc: 'vpc', inbound: [], outbound: [] })),
        { id: 'app', type: 'instance', subnet: 'subnet-a', securityGroups: ['sg-1'] },
      ],
    },
    'app',
  );
  await inspector.find('app');
  const picker = inspector.combobox('Security groups');
  for (const id of groups.slice(1, 5)) await picker.selectOption(id);
  for (const id of groups.slice(0, 5)) await expect(inspector.button(`Open ${id}`)).toBeVisible();

  await picker.selectOption('sg-6');
  await expect(picker).toHaveAttribute('aria-invalid', 'true');
  expect(await inspector.messageOf(picker)).toContain('at most 5');
  await expect(inspector.button('Open sg-6')).toHaveCount(0);
});

test("editing a VPC's implicit default security group keeps it the default group, attached, with no error", async ({
  page,
}) => {
  const inspector = new InspectorPage(page);
  await page.goto('/');
  await page.getByRole('region', { name: 'Palette' }).getByRole('button', { name: 'VPC', exact: true }).click();
  // The new VPC is selected; it declares no default group, so it has the implicit `<vpc>/default`.
  const vpc = await inspector.textbox('ID').inputValue();
  await inspector.button(`${vpc}/default`).click();
  await expect(inspector.textbox('ID')).toHaveValue(`${vpc}/default`);

  // AWS keeps the default group's name: the Name field says so instead of renaming behind one's back.
  await expect(inspector.textbox('Name')).toHaveValue('default');
  await expect(inspector.textbox('Name')).toHaveAttribute('readonly', '');

  await inspector.button('Add inbound rule').click();
  const inbound = inspector.table('Inbound rules');
  await expect(
    inbound.getByRole('row').filter({ has: page.getByRole('button', { name: /^Remove rule/ }) }),
  ).toHaveCount(2);
  const id = await inspector.textbox('ID').inputValue();
  expect(id).not.toContain('/');
  await expect(inspector.textbox('Name')).toHaveValue('default');
  // The group's own rule still names the group (its self-reference followed the new id).
  await expect(
    inbound.getByRole('combobox').filter({ has: page.locator(`option[value="${id}"]:checked`) }),
  ).toHaveCount(1);

  const findings = await new AnalysisPage(page).open('Findings');
  await expect(findings.getByRole('listitem').filter({ hasText: /^Error/ })).toHaveCount(0);
  await expect(findings).not.toContainText('does not exist');
  await expect(findings).not.toContainText('not attached');
});
