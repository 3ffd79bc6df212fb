import { expect, type Page } from '@playwright/test';
import { test } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';

/** One VPC, one large subnet, and three instances scattered in it (ids a, b, c). */
const SCATTERED = JSON.stringify({
  format: 'vpclab',
  version: 2,
  name: 'Scattered',
  resources: [
    { id: 'v', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 's', type: 'subnet', vpc: 'v', cidr: '10.0.1.0/24', az: 'a' },
    { id: 'a', type: 'instance', subnet: 's' },
    { id: 'b', type: 'instance', subnet: 's' },
    { id: 'c', type: 'instance', subnet: 's' },
  ],
  layout: {
    v: { x: 0, y: 0, width: 900, height: 560 },
    s: { x: 20, y: 80, width: 860, height: 460 },
    a: { x: 60, y: 160 },
    b: { x: 330, y: 260 },
    c: { x: 560, y: 420 },
  },
});

/** Presses the mouse at `from` and releases it at `to`, in page pixels, moving in steps. */
async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

/** A box around two drawn nodes, `margin` pixels wider on every side. */
async function around(canvas: CanvasPage, first: string, second: string, margin = 10) {
  const one = (await canvas.node(first).boundingBox())!;
  const two = (await canvas.node(second).boundingBox())!;
  return {
    from: { x: Math.min(one.x, two.x) - margin, y: Math.min(one.y, two.y) - margin },
    to: {
      x: Math.max(one.x + one.width, two.x + two.width) + margin,
      y: Math.max(one.y + one.height, two.y + two.height) + margin,
    },
  };
}

test('Shift+drag and the Select area tool select what the box holds; Ctrl+A selects every resource', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');

  const web = await around(canvas, 'Instance web-1', 'Instance web-2');
  await page.keyboard.down('Shift');
  await dragBetween(page, web.from, web.to);
  await page.keyboard.up('Shift');
  await expect(inspector).toContainText('2 resources selected');
  await expect(inspector.getByRole('button', { name: 'web-1', exact: true })).toBeVisible();
  await expect(inspector.getByRole('button', { name: 'web-2', exact: true })).toBeVisible();

  const tool = canvas.region.getByRole('button', { name: 'Select area' });
  await expect(tool).toHaveAttribute('aria-pressed', 'false');
  await tool.click();
  await expect(tool).toHaveAttribute('aria-pressed', 'true');
  // A plain drag inside the subnet draws a box now, instead of moving the subnet.
  const app = await around(canvas, 'Instance app-1', 'Instance app-2');
  const subnetBefore = (await canvas.node('Subnet private-a').boundingBox())!;
  await dragBetween(page, app.from, app.to);
  await expect(inspector).toContainText('2 resources selected');
  await expect(inspector.getByRole('button', { name: 'app-1', exact: true })).toBeVisible();
  await expect(inspector.getByRole('button', { name: 'app-2', exact: true })).toBeVisible();
  expect((await canvas.node('Subnet private-a').boundingBox())!.x).toBeCloseTo(subnetBefore.x, 0);
  await tool.click();
  await expect(tool).toHaveAttribute('aria-pressed', 'false');

  // Every drawn resource: the VPC, its gateway, two subnets and four instances (not the Internet).
  await canvas.click('Instance web-1');
  await page.keyboard.press('ControlOrMeta+a');
  await expect(inspector).toContainText('8 resources selected');
  // Not inside a text field: there Ctrl+A selects the text.
  await canvas.clickEmpty();
  await page.getByRole('textbox', { name: 'Document name' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(inspector).not.toContainText('resources selected');
});

test('moving two selected nodes is one Undo step', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await canvas.click('Instance web-1');
  await canvas.click('Instance web-2', ['Shift']);
  const one = (await canvas.node('Instance web-1').boundingBox())!;
  const two = (await canvas.node('Instance web-2').boundingBox())!;
  await canvas.drag('Instance web-1', 30, 30);
  await expect.poll(async () => (await canvas.node('Instance web-1').boundingBox())!.y).toBeGreaterThan(one.y + 15);
  await expect.poll(async () => (await canvas.node('Instance web-2').boundingBox())!.y).toBeGreaterThan(two.y + 15);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await canvas.node('Instance web-1').boundingBox())!.y).toBeCloseTo(one.y, 0);
  await expect.poll(async () => (await canvas.node('Instance web-2').boundingBox())!.y).toBeCloseTo(two.y, 0);
  expect((await canvas.node('Instance web-2').boundingBox())!.x).toBeCloseTo(two.x, 0);
});

test('align and distribute line three instances up, each one Undo step', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const documentPage = new DocumentPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await documentPage.goto();
  await documentPage.importFile('scattered.vpclab.json', SCATTERED);
  await expect(canvas.node('Instance c')).toBeVisible();
  await canvas.click('Instance a');
  await canvas.click('Instance b', ['Shift']);
  await canvas.click('Instance c', ['Shift']);
  await expect(inspector).toContainText('3 resources selected');

  const rects = () =>
    page.evaluate(() =>
      ['a', 'b', 'c'].map((id) => {
        const r = document.querySelector(`.react-flow__node[data-resource-id="${id}"]`)!.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          cx: r.left + r.width / 2,
          cy: r.top + r.height / 2,
        };
      }),
    );
  const before = await rects();
  type Rect = (typeof before)[number];
  const same = (pick: (r: Rect) => number) => async () => {
    const values = (await rects()).map(pick);
    return Math.max(...values) - Math.min(...values);
  };
  const evenGaps = (start: (r: Rect) => number, end: (r: Rect) => number) => async () => {
    const sorted = (await rects()).sort((p, q) => start(p) - start(q));
    const first = start(sorted[1]!) - end(sorted[0]!);
    const second = start(sorted[2]!) - end(sorted[1]!);
    return Math.abs(first - second);
  };
  const checks: [string, () => Promise<number>][] = [
    ['Align left', same((r) => r.left)],
    ['Align centre', same((r) => r.cx)],
    ['Align right', same((r) => r.right)],
    ['Align top', same((r) => r.top)],
    ['Align middle', same((r) => r.cy)],
    ['Align bottom', same((r) => r.bottom)],
    [
      'Distribute horizontally',
      evenGaps(
        (r) => r.left,
        (r) => r.right,
      ),
    ],
    [
      'Distribute vertically',
      evenGaps(
        (r) => r.top,
        (r) => r.bottom,
      ),
    ],
  ];
  for (const [name, spread] of checks) {
    expect(await spread(), `${name} before`).toBeGreaterThan(5);
    await inspector.getByRole('button', { name, exact: true }).click();
    await expect.poll(spread, { message: name }).toBeLessThan(1.5);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    const corners = async () => (await rects()).map((r) => [Math.round(r.left), Math.round(r.top)]);
    await expect
      .poll(corners, { message: `${name} undone` })
      .toEqual(before.map((r) => [Math.round(r.left), Math.round(r.top)]));
  }
});

test('double-click and F2 rename in place: Enter keeps the name, Escape cancels, the ID stays', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await canvas.node('Instance web-1').dblclick();
  const field = page.getByRole('textbox', { name: 'Rename web-1' });
  await expect(field).toBeFocused();
  await field.fill('Web server');
  await field.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(canvas.node('Instance Web server')).toHaveAttribute('data-resource-id', 'web-1');
  await canvas.click('Instance Web server');
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('web-1');
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Web server');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(canvas.node('Instance web-1')).toBeVisible();

  await canvas.click('Instance app-1');
  await page.keyboard.press('F2');
  const f2 = page.getByRole('textbox', { name: 'Rename app-1' });
  await expect(f2).toBeFocused();
  await page.keyboard.type('Nothing');
  await page.keyboard.press('Escape');
  await expect(f2).toHaveCount(0);
  await expect(canvas.node('Instance app-1')).toBeVisible();
  await expect(canvas.node('Instance app-1')).toBeFocused();
  // Escape in the field cancels the rename only; the selection stays.
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('app-1');
});

test('the menu opens by right-click and by Shift+F10 and is driven by keys', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');

  await canvas.node('Instance web-2').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Actions for web-2' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Rename', 'Copy', 'Cut', 'Duplicate', 'Delete', 'Connect to…']);
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('web-2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  const instances = canvas.region.getByRole('group', { name: /^Instance / });
  await expect(instances).toHaveCount(4);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(instances).toHaveCount(5);

  // A click outside closes it.
  await canvas.node('Instance web-1').click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'Actions for web-1' })).toBeVisible();
  await canvas.clickEmpty();
  await expect(page.getByRole('menu')).toHaveCount(0);

  // On the empty canvas: "Select all" (the duplicate makes nine drawn resources).
  await canvas.region.click({ position: { x: 8, y: 8 }, button: 'right' });
  await page.getByRole('menu', { name: 'Canvas actions' }).getByRole('menuitem', { name: 'Select all' }).click();
  await expect(inspector).toContainText('9 resources selected');

  // Shift+F10 on the selected subnet; Escape closes and gives the focus back to the subnet.
  await canvas.click('Subnet public-a');
  await page.keyboard.press('Shift+F10');
  const subnetMenu = page.getByRole('menu', { name: 'Actions for public-a' });
  await expect(subnetMenu.getByRole('menuitem')).toHaveText([
    'Rename',
    'Copy',
    'Cut',
    'Duplicate',
    'Delete',
    'Connect to…',
    'Open route table',
    'Open network ACL',
  ]);
  await page.keyboard.press('Escape');
  await expect(subnetMenu).toHaveCount(0);
  await expect(canvas.node('Subnet public-a')).toBeFocused();

  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(subnetMenu.getByRole('menuitem', { name: 'Open route table' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(subnetMenu).toHaveCount(0);
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('rt-public');
});
