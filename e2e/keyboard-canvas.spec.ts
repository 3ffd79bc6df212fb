import { expect, test, type Locator, type Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';

/** What holds the focus: a drawn resource's id, or its accessible name otherwise. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const resource = active?.getAttribute('data-resource-id');
    if (resource) return `resource ${resource}`;
    const name = active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
    return active?.closest('section.palette') ? `palette ${name}` : name;
  });

/** Presses Tab from the page's start until `target` has the focus; returns what Tab passed through. */
async function tabsTo(page: Page, target: Locator, most = 120): Promise<string[]> {
  await page.locator('body').focus();
  const passed: string[] = [];
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return passed;
    await page.keyboard.press('Tab');
    passed.push(await focused(page));
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('the canvas is one tab stop on the way to Trace', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('00-worked-example', 'VPC vpc-main');
  const passed = await tabsTo(page, page.getByRole('button', { name: 'Trace', exact: true }));
  // Ten resources, one stop: the first resource in reading order; the palette is one stop too.
  // Before, every node and every palette button was a stop: 69 Tabs.
  const drawn = await canvas.region.locator('[data-resource-id]').count();
  expect(drawn).toBe(8);
  expect(passed.filter((stop) => stop.startsWith('resource '))).toEqual(['resource internet']);
  expect(passed.filter((stop) => stop.startsWith('palette '))).toEqual(['palette VPC']);
  // 30 before the top bar's "Start live session" (one more stop, before the canvas).
  expect(passed.length).toBeLessThanOrEqual(31);
  console.log(`Tabs from the page's start to Trace: ${passed.length}`);
});

test('the palette is one tab stop: arrows move between its buttons, Enter adds', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('00-worked-example', 'VPC vpc-main');
  const palette = page.getByRole('region', { name: 'Palette' });
  const first = palette.getByRole('button', { name: 'VPC', exact: true });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('button', { name: /^Learn more/ }).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('button', { name: 'Subnet', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(palette.getByRole('button', { name: 'Frame', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  // Tab leaves the palette in one press, and Shift+Tab comes back to the button last used.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await focused(page)).not.toMatch(/^palette /);
  await page.keyboard.press('Shift+Tab');
  await expect(palette.getByRole('button', { name: 'Subnet', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas.region.locator('[data-resource-id="subnet-1"]')).toBeVisible();
});

test('arrows rove between resources inside a container, Alt+Down and Alt+Up go in and out, Tab leaves', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'VPC vpc-main');
  await tabsTo(page, canvas.node('Internet'));
  const live = canvas.region.locator('[aria-live]');
  const expectFocus = async (name: string) => expect(canvas.node(name)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expectFocus('VPC vpc-main');
  await expect(canvas.node('VPC vpc-main')).toHaveAttribute('tabindex', '0');
  await expect(canvas.node('Internet')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Alt+ArrowDown');
  await expectFocus('Internet gateway igw');
  await page.keyboard.press('ArrowDown');
  await expectFocus('Subnet public-a');
  await page.keyboard.press('ArrowRight');
  await expectFocus('Subnet private-a');
  await page.keyboard.press('ArrowLeft');
  await expectFocus('Subnet public-a');
  await page.keyboard.press('Alt+ArrowDown');
  await expectFocus('Instance web-1');
  await expect(live).toHaveText('1 of 2 in Subnet public-a');
  await page.keyboard.press('ArrowRight');
  await expectFocus('Instance web-2');
  // At the container's edge the focus stays and says why.
  await page.keyboard.press('ArrowRight');
  await expectFocus('Instance web-2');
  await expect(live).toHaveText('No resource further right in Subnet public-a');
  await page.keyboard.press('Alt+ArrowUp');
  await expectFocus('Subnet public-a');

  // Tab leaves the canvas for its own controls; Shift+Tab comes back to the same resource.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expectFocus('Subnet public-a');
});

test('Enter selects, arrows nudge as one Undo step, Escape clears, Delete works without a mouse', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  await canvas.openExample('01-public-private-subnets', 'VPC vpc-main');
  await tabsTo(page, canvas.node('Internet'));
  for (const key of ['ArrowDown', 'Alt+ArrowDown', 'ArrowDown', 'Alt+ArrowDown']) await page.keyboard.press(key);
  const web1 = canvas.node('Instance web-1');
  await expect(web1).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(inspector.textbox('ID')).toHaveValue('web-1');
  const before = (await web1.boundingBox())!;
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  // Three cells right and one down, whatever the zoom.
  await expect.poll(async () => (await web1.boundingBox())!.y - before.y).toBeGreaterThan(1);
  const after = (await web1.boundingBox())!;
  expect((after.x - before.x) / (after.y - before.y)).toBeCloseTo(3, 0);
  await expect(web1).toBeFocused();
  // The whole burst is one step.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await web1.boundingBox())!.x - before.x)).toBe(0);
  expect(Math.round((await web1.boundingBox())!.y - before.y)).toBe(0);

  // Escape clears the selection; the arrows then move the focus again.
  await web1.focus();
  await page.keyboard.press('Escape');
  await expect(inspector.textbox('ID')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(canvas.node('Instance web-2')).toBeFocused();
  // Space selects too; Delete removes it and the focus goes to its subnet, not the page's start.
  await page.keyboard.press('Space');
  await expect(inspector.textbox('ID')).toHaveValue('web-2');
  await page.keyboard.press('Delete');
  await expect(canvas.node('Instance web-2')).toHaveCount(0);
  await expect(canvas.node('Subnet public-a')).toBeFocused();
});
