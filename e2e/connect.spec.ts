import { expect, test, type Page } from '@playwright/test';
import { ConnectPage } from './pages/connect.ts';
import { InspectorPage } from './pages/inspector.ts';

/**
 * Drawing connections (docs/ui.md, "Drawing connections"): a subnet drawn to a gateway gets the
 * route people mean, asking first when its table is shared; an instance drawn to a database
 * gets the rule on the database's port. One Undo removes each.
 */

const DESIGN = {
  format: 'vpclab',
  version: 2,
  name: 'connect',
  resources: [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: ['2600:1f18::/56'] },
    { id: 'pub-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.0.0/24', az: 'a' },
    { id: 'pub-b', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'b' },
    { id: 'priv-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-priv' },
    { id: 'rt-priv', type: 'route-table', vpc: 'vpc', routes: [] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
    { id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc' },
    { id: 'vgw', type: 'vpn-gateway', vpc: 'vpc' },
    { id: 'office', type: 'on-premises', cidrs: ['192.168.0.0/24'], via: 'vgw', link: 'site-to-site-vpn' },
    { id: 'nat', type: 'nat-gateway', subnet: 'pub-a' },
    { id: 'web', type: 'instance', subnet: 'pub-a' },
    { id: 'db', type: 'database', engine: 'mysql', subnets: ['priv-a'] },
    { id: 'peer', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
    { id: 'peer-a', type: 'subnet', vpc: 'peer', cidr: '10.1.0.0/24', az: 'a' },
    { id: 'pcx', type: 'peering-connection', requester: 'vpc', accepter: 'peer' },
    { id: 'tgw', type: 'transit-gateway', attachments: [{ vpc: 'peer', subnets: ['peer-a'] }] },
  ],
};

const undo = (page: Page) => page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo' }).click();

test('a subnet on the shared main table asks first, then gets its own table, or reuses one', async ({ page }) => {
  const connect = new ConnectPage(page);
  const { canvas } = connect;
  await connect.load(DESIGN, 'Subnet pub-a');
  await connect.draw('Subnet pub-a', 'pub-a', 'Internet gateway igw');
  const dialog = page.getByRole('alertdialog', { name: 'Give pub-a its own route table?' });
  await expect(dialog).toContainText('also routes pub-b');
  await expect(dialog).toContainText('0.0.0.0/0 → igw');
  await dialog.getByRole('button', { name: 'Own route table' }).click();
  await expect(canvas.node('Subnet pub-a')).toContainText('public');
  await expect(canvas.node('Subnet pub-b')).toContainText('private');

  await connect.draw('Subnet pub-b', 'pub-b', 'Internet gateway igw');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Use rt-1' }).click();
  await expect(canvas.node('Subnet pub-b')).toContainText('public');

  await undo(page);
  await expect(canvas.node('Subnet pub-b')).toContainText('private');
  await undo(page);
  await expect(canvas.node('Subnet pub-a')).toContainText('private');
});

test('each gateway kind adds the route people mean to a subnet’s own table, one Undo each', async ({ page }) => {
  const connect = new ConnectPage(page);
  const inspector = new InspectorPage(page);
  await connect.load(DESIGN, 'Subnet priv-a');
  const routes = inspector.table('Routes');
  const drawn = [
    { to: 'NAT gateway nat', route: '0.0.0.0/0' },
    { to: 'Egress-only internet gateway eigw', route: '::/0' },
    { to: 'VPN gateway vgw', route: '192.168.0.0/24' },
    { to: 'Transit gateway tgw', route: '10.1.0.0/16' },
  ];
  for (const { to, route } of drawn) {
    await connect.draw('Subnet priv-a', 'priv-a', to);
    await connect.canvas.click('Subnet priv-a');
    await inspector.button('Open route table').click();
    await expect(routes.getByRole('button', { name: `Remove route ${route}` })).toBeVisible();
  }
  // The peer VPC means its peering connection; a drop on the VPC's header counts.
  await undo(page); // the transit gateway route (and its attachment) go
  await expect(routes.getByRole('button', { name: 'Remove route 10.1.0.0/16' })).toHaveCount(0);
  await connect.draw('Subnet priv-a', 'priv-a', 'VPC peer', { x: 40, y: 14 });
  await expect(routes.getByRole('row', { name: /10\.1\.0\.0\/16/ })).toContainText('pcx');
  await undo(page);
  await expect(routes.getByRole('button', { name: 'Remove route 10.1.0.0/16' })).toHaveCount(0);
  await expect(routes.getByRole('button', { name: 'Remove route 192.168.0.0/24' })).toBeVisible();
});

test('an instance drawn to a database allows it on the engine’s port; a meaningless drop says why', async ({
  page,
}) => {
  const connect = new ConnectPage(page);
  const inspector = new InspectorPage(page);
  await connect.load(DESIGN, 'Database db');
  await connect.draw('Instance web', 'web', 'Database db');
  const form = page.getByRole('dialog', { name: 'Allow web to reach db' });
  await expect(form.getByRole('combobox', { name: 'Port' })).toHaveValue('3306');
  await form.getByRole('button', { name: 'Add rule' }).click();
  await expect(form).toBeHidden();
  await connect.canvas.click('Database db');
  await inspector.button('Open sg-2').click();
  const inbound = inspector.table('Inbound rules');
  await expect(inbound.getByRole('row', { name: /3306/ })).toContainText('sg-1');

  await undo(page);
  await connect.canvas.click('Database db');
  await expect(inspector.button('Open sg-2')).toHaveCount(0);

  await connect.draw('Subnet pub-a', 'pub-a', 'Instance web');
  await expect(page.getByRole('alert')).toContainText('A subnet connects to');
});

test('defaults that save clicks, from an empty canvas', async ({ page }) => {
  const connect = new ConnectPage(page);
  const { canvas } = connect;
  const inspector = new InspectorPage(page);
  const add = (name: string) => canvas.add(name);
  await page.goto('/');
  await add('VPC');
  for (let i = 0; i < 4; i++) await add('Subnet');
  for (const [n, az] of [
    [1, 'a'],
    [2, 'b'],
    [3, 'a'],
    [4, 'b'],
  ] as const) {
    await expect(canvas.node(`Subnet subnet-${n}`)).toContainText(`AZ ${az}`);
  }
  // The Internet node an internet gateway brings along is panned into view.
  await add('Internet gateway');
  await expect(canvas.node('Internet')).toBeInViewport();

  // A new route starts at 0.0.0.0/0 to the only gateway; the main table is listed once.
  await add('Route table');
  await inspector.button('Add route').click();
  const routes = inspector.table('Routes');
  await expect(routes.getByRole('button', { name: 'Remove route 0.0.0.0/0' })).toBeVisible();
  await expect(routes.getByRole('combobox', { name: 'Target of route 0.0.0.0/0' })).toHaveValue('igw-1');
  await canvas.click('Subnet subnet-1');
  const tables = inspector.combobox('Route table').locator('option');
  await expect(tables).toHaveText([/vpc-1\/main/, 'rt-1']);

  // "Security group" with an instance selected attaches the new group to it, in one step.
  await add('Instance');
  await add('Security group');
  await canvas.click('Instance web-1');
  await expect(inspector.button('Open sg-1')).toBeVisible();
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo' }).click();
  await canvas.click('Instance web-1');
  await expect(inspector.button('Open sg-1')).toHaveCount(0);
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Redo' }).click();

  // A rule whose source is a group names another group, not the group itself.
  await canvas.click('Instance web-1');
  await inspector.button('Open sg-1').click();
  await inspector.button('Add inbound rule').click();
  const inbound = inspector.table('Inbound rules');
  await inbound.getByRole('combobox', { name: 'Source type of rule 1' }).selectOption('securityGroup');
  await expect(inbound.getByRole('combobox', { name: 'Source of rule 1' })).toHaveValue('vpc-1/default');
});

test('without a mouse: Shift+F10 on a resource, "Connect to…", pick the target, and the same questions follow', async ({
  page,
}) => {
  const connect = new ConnectPage(page);
  const { canvas } = connect;
  await connect.load(DESIGN, 'Subnet pub-a');
  const web = canvas.node('Instance web');
  await web.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Connect to…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Connect web to' });
  const target = dialog.getByRole('combobox', { name: 'Connect to' });
  await expect(target).toBeFocused();
  // Only places a connection from an instance means something: no gateways, no subnets.
  await expect(target.getByRole('option')).toHaveText(['db']);
  await expect(dialog).toContainText('Allow web → db (3306)');
  await page.keyboard.press('Enter');
  const rule = page.getByRole('dialog', { name: 'Allow web to reach db' });
  await expect(rule.getByRole('combobox', { name: 'Port' })).toHaveValue('3306');
  await page.keyboard.press('Enter');
  await expect(rule).toBeHidden();
  const inspector = new InspectorPage(page);
  await connect.canvas.click('Database db');
  await inspector.button('Open sg-2').click();
  await expect(inspector.table('Inbound rules').getByRole('row', { name: /3306/ })).toContainText('sg-1');
});
