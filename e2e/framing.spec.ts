import { expect, test } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';
import { framingProblems } from './pages/example-checks.ts';

/**
 * Nothing floats over the design unasked, and every load frames the whole design in the part
 * of the canvas that nothing covers (ui.md, Canvas); every bundled example is checked in
 * examples-open.spec.ts.
 */
test('the legend starts as a small button, opens on request, and the choice is remembered', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.goto('/?example=01-public-private-subnets');
  const toggle = page.getByRole('button', { name: 'Legend', exact: true });
  const legend = page.getByRole('figure', { name: 'Reachability legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(legend).toBeHidden();
  await toggle.click();
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('listitem').filter({ hasText: 'Blocked intent' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('figure', { name: 'Reachability legend' })).toBeVisible();
  // Fit view now frames the design beside the open legend.
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  const legendBox = (await legend.boundingBox())!;
  for (const element of await page.locator('.react-flow__node[data-resource-id]').all()) {
    const box = (await element.boundingBox())!;
    const clear =
      box.x >= legendBox.x + legendBox.width ||
      box.x + box.width <= legendBox.x ||
      box.y >= legendBox.y + legendBox.height ||
      box.y + box.height <= legendBox.y;
    expect(clear, `${await element.getAttribute('data-resource-id')} clear of the open legend`).toBe(true);
  }
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  await expect(legend).toBeHidden();
});

test('the mini map can be hidden, and stays hidden after a reload', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.goto('/?example=01-public-private-subnets');
  const toggle = page.getByRole('button', { name: 'Mini map', exact: true });
  await expect(page.getByRole('img', { name: 'Mini map' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.getByRole('img', { name: 'Mini map' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mini map', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('img', { name: 'Mini map' })).toHaveCount(0);
});

test('Shift+1 frames the design again after the view was moved away', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.goto('/?example=09-transit-gateway-hub');
  await expect.poll(() => framingProblems(page)).toEqual([]);
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const view = (await canvas.boundingBox())!;
  // Zoom in on a corner: most of the design leaves the screen.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(async () => (await framingProblems(page)).length).toBeGreaterThan(0);
  await page.mouse.click(view.x + view.width / 2, view.y + 5);
  await page.keyboard.press('Shift+Digit1');
  await expect.poll(() => framingProblems(page)).toEqual([]);
});

test('an open lesson docks beside the canvas, never over it, and folds to its title', async ({ page }) => {
  const doc = new DocumentPage(page);
  await doc.goto();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: 'Lesson 1: Open the web server to the internet', exact: true }).click();
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  const canvasBox = (await page.getByRole('region', { name: 'Canvas' }).boundingBox())!;
  const lessonBox = (await lesson.boundingBox())!;
  expect(lessonBox.x).toBeGreaterThanOrEqual(canvasBox.x + canvasBox.width - 1);
  await expect.poll(() => framingProblems(page)).toEqual([]);

  await lesson.getByRole('button', { name: 'Collapse lesson' }).click();
  await expect(lesson.getByRole('button', { name: 'Check', exact: true })).toBeHidden();
  await lesson.getByRole('button', { name: 'Expand lesson' }).click();
  await expect(lesson.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
});
