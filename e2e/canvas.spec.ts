import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';

test('an example is drawn: every resource once, by name and id, subnets with CIDR, AZ and access', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'VPC vpc-main');
  for (const [name, id] of [
    ['VPC vpc-main', 'vpc-main'],
    ['Subnet public-a', 'public-a'],
    ['Subnet private-a', 'private-a'],
    ['Internet gateway igw', 'igw'],
    ['Instance web-1', 'web-1'],
    ['Instance web-2', 'web-2'],
    ['Instance app-1', 'app-1'],
    ['Instance app-2', 'app-2'],
    ['Internet', 'internet'],
  ]) {
    await expect(canvas.node(name!)).toHaveCount(1);
    await expect(canvas.node(name!)).toHaveAttribute('data-resource-id', id!);
    await expect(canvas.region.locator(`[data-resource-id="${id}"]`)).toHaveCount(1);
  }
  // Route tables and security groups are not boxes.
  await expect(canvas.region.locator('[data-resource-id="rt-public"]')).toHaveCount(0);
  await expect(canvas.node('Subnet public-a')).toContainText('10.0.1.0/24');
  await expect(canvas.node('Subnet public-a')).toContainText('AZ a');
  await expect(canvas.node('Subnet public-a')).toContainText('public');
  await expect(canvas.node('Subnet private-a')).toContainText('private');
  // Nesting: the instance is drawn inside its subnet, the subnet inside its VPC.
  const inside = async (inner: string, outer: string) => {
    const a = (await canvas.node(inner).boundingBox())!;
    const b = (await canvas.node(outer).boundingBox())!;
    return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
  };
  expect(await inside('Instance web-1', 'Subnet public-a')).toBe(true);
  expect(await inside('Subnet private-a', 'VPC vpc-main')).toBe(true);
});

test('a two-tier design is built from scratch with the palette', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await page.goto('/');
  await canvas.add('VPC');
  await expect(canvas.node('VPC vpc-1')).toBeVisible();
  await canvas.add('Subnet'); // into the selected VPC
  await canvas.add('Subnet'); // the new subnet is selected: its VPC gets the next one
  await canvas.add('Internet gateway');
  await canvas.click('Subnet subnet-1');
  await canvas.add('Instance');
  await canvas.click('Subnet subnet-2');
  await canvas.add('Instance');

  await expect(canvas.node('Subnet subnet-1')).toContainText('10.0.0.0/24');
  await expect(canvas.node('Subnet subnet-1')).toContainText('AZ a');
  await expect(canvas.node('Subnet subnet-2')).toContainText('10.0.1.0/24');
  await expect(canvas.node('Subnet subnet-2')).toContainText('AZ b');
  await expect(canvas.node('Subnet subnet-2')).toContainText('private');
  await expect(canvas.node('Internet gateway igw-1')).toHaveAttribute('data-resource-id', 'igw-1');
  await expect(canvas.node('Internet')).toBeVisible();
  await expect(canvas.node('Instance web-1')).toHaveAttribute('data-resource-id', 'web-1');
  await expect(canvas.node('Instance web-2')).toBeVisible();
  const web2 = (await canvas.node('Instance web-2').boundingBox())!;
  const subnet2 = (await canvas.node('Subnet subnet-2').boundingBox())!;
  expect(web2.x).toBeGreaterThan(subnet2.x);
  expect(web2.x + web2.width).toBeLessThan(subnet2.x + subnet2.width);
});

test('an invalid palette click is refused with a message, nothing is added', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await page.goto('/');
  await canvas.add('Instance');
  await expect(page.getByText('Add a VPC first', { exact: false })).toBeVisible();
  await expect(canvas.region.locator('[data-resource-id]')).toHaveCount(0);
});

test('dragging a node moves it, and one Undo puts it back', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  const before = (await canvas.node('Instance web-1').boundingBox())!;
  await canvas.drag('Instance web-1', 0, 60);
  await expect.poll(async () => (await canvas.node('Instance web-1').boundingBox())!.y).toBeGreaterThan(before.y + 20);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await canvas.node('Instance web-1').boundingBox())!.y).toBeCloseTo(before.y, 0);
  expect((await canvas.node('Instance web-1').boundingBox())!.x).toBeCloseTo(before.x, 0);
});

test('moving a VPC moves what it contains', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'VPC vpc-main');
  const before = (await canvas.node('Instance app-2').boundingBox())!;
  const vpc = (await canvas.node('VPC vpc-main').boundingBox())!;
  // Grab the VPC by its empty bottom band, below the subnets.
  await page.mouse.move(vpc.x + vpc.width / 2, vpc.y + vpc.height - 10);
  await page.mouse.down();
  await page.mouse.move(vpc.x + vpc.width / 2 + 40, vpc.y + vpc.height + 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await canvas.node('Instance app-2').boundingBox())!.y).toBeGreaterThan(before.y + 20);
});

test('click selects, Shift+click adds, a click on empty canvas clears', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await canvas.click('Instance web-1');
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue('web-1');
  await canvas.click('Instance app-1', ['Shift']);
  await expect(inspector).toContainText('2 resources selected');
  await canvas.clickEmpty();
  await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveCount(0);
  await expect(inspector).not.toContainText('resources selected');
});
