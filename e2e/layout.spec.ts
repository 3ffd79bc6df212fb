import { expect, test, type Page } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';
import { examples, names, unreadableNames, zoomOf } from './pages/example-checks.ts';

/**
 * Auto layout and names that can be read (issue 14, items 3 and 6): labels are measured on
 * screen, as a person would see them.
 */
/**
 * Subnet and VPC names that are cut short without saying so: a label may be whole, or shortened
 * with an ellipsis while its tooltip holds the whole name; never cut to a stub of a letter or two.
 */
async function truncatedTitles(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const label of await names(page, '.container-title')) {
    if (label.scrollWidth <= label.clientWidth) continue;
    const shown = Math.floor((label.text.length * label.clientWidth) / label.scrollWidth);
    if (!label.ellipsis || label.title !== label.text) problems.push(`${label.id}: clipped without a tooltip`);
    else if (shown < Math.min(label.text.length, 4)) problems.push(`${label.id}: cut to ${shown} characters`);
  }
  return problems;
}

async function autoLayout(page: Page): Promise<void> {
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Auto layout', exact: true }).click();
  // The view fits the new layout once it is drawn.
  await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).not.toBe(before);
}

/** Every drawn resource wholly inside the canvas region, as `id` lines for those that are not. */
async function outsideCanvas(page: Page): Promise<string[]> {
  const view = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
  const outside: string[] = [];
  for (const element of await page.locator('.react-flow__node[data-resource-id]').all()) {
    const box = await element.boundingBox();
    if (!box) continue;
    if (
      box.x < view.x - 1 ||
      box.y < view.y - 1 ||
      box.x + box.width > view.x + view.width + 1 ||
      box.y + box.height > view.y + view.height + 1
    )
      outside.push((await element.getAttribute('data-resource-id'))!);
  }
  return outside;
}

test('every bundled example, as loaded and after Auto layout, shows its subnet and VPC names whole or with a tooltip', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const doc = new DocumentPage(page);
  for (const example of examples) {
    await doc.goto(`/?example=${example}`);
    await expect(page.locator('.react-flow__node[data-resource-id]').first()).toBeVisible();
    await expect.poll(() => truncatedTitles(page), { message: `${example} as loaded` }).toEqual([]);
    await autoLayout(page);
    await expect.poll(() => truncatedTitles(page), { message: `${example} after Auto layout` }).toEqual([]);
    await expect.poll(() => outsideCanvas(page), { message: `${example} framed after Auto layout` }).toEqual([]);
  }
});

test('after Auto layout, at 100 % zoom, no subnet or VPC name is shortened at all', async ({ page }) => {
  const doc = new DocumentPage(page);
  for (const example of ['02-nat-gateway', '09-transit-gateway-hub', '12-alb-private-targets']) {
    await doc.goto(`/?example=${example}`);
    await expect(page.locator('.react-flow__node[data-resource-id]').first()).toBeVisible();
    await autoLayout(page);
    for (let i = 0; i < 10 && (await zoomOf(page)) < 1; i++) {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    }
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(1);
    const clipped = (await names(page, '.container-title')).filter((l) => l.scrollWidth > l.clientWidth);
    expect(
      clipped.map((l) => l.id),
      example,
    ).toEqual([]);
  }
});

test('Auto layout arranges tiers as rows (public above private, data last), AZs as columns, in one undo step', async ({
  page,
}) => {
  const doc = new DocumentPage(page);
  await doc.goto('/?example=04-database-private-subnets');
  const box = async (id: string) => (await doc.resource(id).boundingBox())!;
  const loaded = await box('db-c');
  await autoLayout(page);
  const [publicA, appA, dbA, dbC] = await Promise.all(['public-a', 'app-a', 'db-a', 'db-c'].map(box));
  expect(publicA!.y + publicA!.height).toBeLessThan(appA!.y);
  expect(appA!.y + appA!.height).toBeLessThan(dbA!.y);
  expect(Math.abs(dbC!.y - dbA!.y)).toBeLessThan(1);
  expect(dbC!.x).toBeGreaterThan(dbA!.x + dbA!.width);
  // One undo step brings the loaded arrangement back (the view stays where Auto layout left it).
  await doc.button('Undo').click();
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect.poll(async () => Math.round((await box('db-c')).x)).toBe(Math.round(loaded.x));
});

test('zooming out grows the names instead of shrinking them out of sight', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.goto('/?example=01-public-private-subnets');
  const title = doc.resource('public-a').locator('.container-title');
  const onScreen = async () => (await title.boundingBox())!.height;
  const near = await onScreen();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.5);
  // Smaller on screen than at fit, but never under the readable size.
  await expect.poll(() => unreadableNames(page, '.container-title, .resource-title')).toEqual([]);
  expect(await onScreen()).toBeGreaterThan(near * 0.5);
});
