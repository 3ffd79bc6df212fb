import { expect, test } from '@playwright/test';

test('the page loads with every region and no console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');

  await expect(page.getByRole('toolbar', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Palette' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  for (const name of ['Reachability', 'Intents', 'Findings']) {
    await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Canvas' }).locator('.react-flow')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('dock tabs switch by click and by arrow keys, each showing the panel it labels', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: /^Findings/ }).click();
  await expect(page.getByRole('tabpanel', { name: /^Findings/ })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: /^Reachability/ })).toBeHidden();

  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: /^Intents/ })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: /^Intents/ })).toBeVisible();
});

test('the Examples and Export menus and the lesson list close on a press outside them, and stay open inside', async ({
  page,
}) => {
  await page.goto('/');
  const toolbar = page.getByRole('toolbar', { name: 'Main' });
  const palette = page.getByRole('region', { name: 'Palette' });
  for (const [button, popup] of [
    ['Examples', page.getByRole('menu', { name: 'Examples' })],
    ['Export', page.getByRole('menu', { name: 'Export' })],
    ['Lessons', page.getByRole('button', { name: /^Lesson 1:/ })],
  ] as const) {
    await toolbar.getByRole('button', { name: button, exact: true }).click();
    await expect(popup).toBeVisible();
    // A press on the popup itself (not on an item, which would choose it) keeps it open.
    await popup.dispatchEvent('pointerdown');
    await expect(popup).toBeVisible();
    await palette.getByRole('heading', { name: 'Palette', exact: true }).click();
    await expect(popup).toBeHidden();
  }
});
