import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DocumentPage } from './pages/document.ts';

/**
 * Nothing floats over the design unasked, and every load frames the whole design in the part
 * of the canvas that nothing covers (ui.md, Canvas).
 */
const examples = (
  JSON.parse(readFileSync(new URL('../public/examples/index.json', import.meta.url), 'utf8')) as { file: string }[]
).map((entry) => entry.file.replace(/\.json$/, ''));

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Every drawn resource that is outside the canvas or under something floating on it (the
 * legend, the mini map, the zoom controls), as `id: why` lines.
 */
async function framingProblems(page: Page): Promise<string[]> {
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const view = (await canvas.boundingBox())!;
  const covering: { name: string; box: Box }[] = [];
  for (const [name, locator] of [
    ['the legend', page.getByRole('button', { name: 'Legend', exact: true })],
    ['the mini map', page.getByRole('img', { name: 'Mini map' })],
    ['the canvas controls', page.getByRole('button', { name: 'Fit view', exact: true })],
  ] as const) {
    const box = (await locator.count()) > 0 ? await locator.boundingBox() : null;
    if (box) covering.push({ name, box });
  }
  const problems: string[] = [];
  for (const element of await canvas.locator('.react-flow__node[data-resource-id]').all()) {
    const id = await element.getAttribute('data-resource-id');
    const box = await element.boundingBox();
    if (!box || box.width === 0) continue;
    const inside =
      box.x >= view.x - 1 &&
      box.y >= view.y - 1 &&
      box.x + box.width <= view.x + view.width + 1 &&
      box.y + box.height <= view.y + view.height + 1;
    if (!inside) problems.push(`${id}: outside the canvas`);
    for (const { name, box: cover } of covering) {
      const overlaps =
        box.x < cover.x + cover.width &&
        cover.x < box.x + box.width &&
        box.y < cover.y + cover.height &&
        cover.y < box.y + box.height;
      if (overlaps) problems.push(`${id}: under ${name}`);
    }
  }
  return problems;
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height}, every bundled example opens framed in the uncovered canvas`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const doc = new DocumentPage(page);
    for (const example of examples) {
      await doc.goto(`/?example=${example}`);
      await expect(page.locator('.react-flow__node[data-resource-id]').first()).toBeVisible();
      await expect.poll(() => framingProblems(page), { message: example }).toEqual([]);
    }
  });
}

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
