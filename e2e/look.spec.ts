import { expect, test, type Page } from '@playwright/test';

/**
 * Screenshot comparisons that guard the look of a few examples as a whole (layout, colours,
 * overlay, theme, Japanese), which the structural tests elsewhere check piece by piece. The
 * reference images are in look.spec.ts-snapshots/; after an intended change of the look,
 * regenerate them with `npx playwright test e2e/look.spec.ts --update-snapshots` and look at
 * each before committing it.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' } as const;

/** Opens an example and waits until its analysis is drawn. */
async function openSettled(page: Page, example: string): Promise<void> {
  await page.goto(`/?example=${example}`);
  await expect(page.locator('.react-flow__node[data-resource-id]').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Reachability overlay' })).toHaveAttribute('aria-busy', 'false');
  // Fit and the mini map repaint after the first frames.
  await page.waitForTimeout(500);
}

for (const example of ['01-public-private-subnets', '09-transit-gateway-hub', '12-alb-private-targets']) {
  test(`the look of ${example}`, async ({ page }) => {
    await openSettled(page, example);
    await expect(page).toHaveScreenshot(`${example}.png`, TOLERANCE);
  });
}

test('the look of a trace in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSettled(page, '12-alb-private-targets');
  const panel = page.getByRole('tabpanel', { name: /^Reachability/ });
  await panel.getByRole('combobox', { name: 'From', exact: true }).selectOption('internet');
  await panel.getByRole('combobox', { name: 'To', exact: true }).selectOption('alb');
  await panel.getByRole('button', { name: 'Trace', exact: true }).click();
  await expect(panel.getByRole('status').first()).toContainText(/allowed|blocked|partial/);
  await expect(page.getByRole('group', { name: /^Trace path/ })).toHaveCount(1);
  await expect(page).toHaveScreenshot('12-trace-dark.png', TOLERANCE);
});

test('the look of the Japanese page with the legend open', async ({ page }) => {
  await openSettled(page, '05-nacl-return-traffic');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await page.getByRole('button', { name: '凡例', exact: true }).click();
  await expect(page).toHaveScreenshot('05-ja-legend.png', TOLERANCE);
});
