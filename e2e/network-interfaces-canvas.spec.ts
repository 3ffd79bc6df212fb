import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';

/**
 * Secondary network interfaces on the canvas (ui.md, Canvas): each drawn inside its own subnet,
 * joined to its instance; selected, deleted and undone like any node; a trace to one ends there.
 */

async function openDualHomed(page: Page): Promise<{ canvas: CanvasPage; doc: DocumentPage }> {
  const doc = new DocumentPage(page);
  const canvas = new CanvasPage(page);
  await doc.goto();
  const golden = JSON.parse(await readFile('cases/eni-dual-homed.json', 'utf8')) as { document: unknown };
  await doc.importFile('dual-homed.json', JSON.stringify(golden.document));
  await expect(canvas.node('Instance app')).toBeVisible();
  return { canvas, doc };
}

async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

test('the second interface is drawn in its own subnet; selecting it opens its instance’s interfaces; Delete and Undo', async ({
  page,
}) => {
  const { canvas } = await openDualHomed(page);
  const eni = canvas.node('Network interface eni-1 of app');
  await expect(eni).toBeVisible();
  await expect(eni).toHaveAttribute('data-resource-id', 'app/eni-1');
  await expect(eni).toContainText('10.0.2.10');
  expect(await within(eni, canvas.node('Subnet mgmt-a'))).toBe(true);
  expect(await within(canvas.node('Instance app'), canvas.node('Subnet front-a'))).toBe(true);

  await eni.click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('form', { name: 'Instance app' })).toBeVisible();
  const group = inspector.getByRole('group', { name: 'Network interface eni-1', exact: true });
  await expect(group).toBeVisible();
  await expect(group).toHaveAttribute('aria-current', 'true');
  await expect(inspector.getByRole('textbox', { name: 'Private IP of eni-1' })).toHaveValue('10.0.2.10');

  await page.keyboard.press('Delete');
  await expect(eni).toHaveCount(0);
  await expect(canvas.node('Instance app')).toBeVisible();
  await expect(group).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(eni).toBeVisible();
  expect(await within(eni, canvas.node('Subnet mgmt-a'))).toBe(true);
});

test('a trace to the secondary interface ends at the interface’s node', async ({ page }) => {
  await openDualHomed(page);
  const analysis = new AnalysisPage(page);
  const status = await analysis.trace('admin-1', 'app/eni-1', 'TCP', 9000);
  await expect(status).toContainText('allowed');
  const drawn = page.getByRole('region', { name: 'Canvas' }).getByRole('group', { name: /^Trace path/ });
  const forward = drawn.getByRole('img', { name: /^Forward path: admin-1 → mgmt-a → app\/eni-1$/ });
  await expect(forward).toBeVisible();
  await expect(forward).toHaveAttribute('data-stops', 'admin-1 mgmt-a app/eni-1');
});

test('an interface dropped into a subnet its instance already uses snaps back with the reason', async ({ page }) => {
  const { canvas } = await openDualHomed(page);
  const eni = canvas.node('Network interface eni-1 of app');
  const before = await eni.boundingBox();
  const target = await canvas.node('Instance user-1').boundingBox();
  if (!before || !target) throw new Error('not drawn');
  await canvas.drag(
    'Network interface eni-1 of app',
    target.x + target.width + 40 - (before.x + before.width / 2),
    target.y + target.height / 2 - (before.y + before.height / 2),
  );
  await expect(page.getByRole('alert')).toContainText(
    'app already has an interface in subnet front-a: each interface of an instance needs a subnet of its own.',
  );
  await expect.poll(async () => (await eni.boundingBox())?.x).toBeCloseTo(before.x, 0);
  expect(await within(eni, canvas.node('Subnet mgmt-a'))).toBe(true);
});

test('Find resource finds the interface by its endpoint and selects its node', async ({ page }) => {
  const { canvas } = await openDualHomed(page);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const finder = inspector.getByRole('combobox', { name: 'Find resource' });
  await finder.fill('app/eni');
  await expect(inspector.getByRole('option').first()).toContainText('app/eni-1');
  await finder.press('Enter');
  await expect(canvas.node('Network interface eni-1 of app')).toHaveClass(/selected/);
  await expect(inspector.getByRole('group', { name: 'Network interface eni-1', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
});
