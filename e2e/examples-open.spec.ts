import { expect, test } from '@playwright/test';
import { examples, framingProblems, unreadableNames } from './pages/example-checks.ts';
import { DocumentPage } from './pages/document.ts';

/**
 * Every bundled example opens framed in the uncovered canvas with names that can be read
 * (ui.md, Canvas; issue 14). One pass over the examples per viewport checks both, so the suite
 * opens each example once per size instead of once per check.
 */
for (const { viewport, names, minPx } of [
  // At the small size, the containers' names must be readable; tiles may be small.
  { viewport: { width: 1024, height: 700 }, names: '.container-title', minPx: 9 },
  { viewport: { width: 1440, height: 900 }, names: '.container-title, .resource-title', minPx: 9 },
]) {
  test(`at ${viewport.width}×${viewport.height}, every bundled example opens framed in the uncovered canvas with its names readable`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const doc = new DocumentPage(page);
    for (const example of examples) {
      await doc.goto(`/?example=${example}`);
      await expect(page.locator('.react-flow__node[data-resource-id]').first()).toBeVisible();
      await expect.poll(() => framingProblems(page), { message: `${example}: framing` }).toEqual([]);
      await expect.poll(() => unreadableNames(page, names, minPx), { message: `${example}: names` }).toEqual([]);
    }
  });
}
