import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { readFile } from 'node:fs/promises';
import { AnalysisPage } from './pages/analysis.ts';
import { DocumentPage } from './pages/document.ts';

/**
 * Drills for the ways work used to be lost: a reload right after an edit, a closed tab, an
 * unopened example, a broken link, unreadable saved work, two tabs, a share link over saved
 * work, and a worker that died under a trace.
 */

/** Renames the document (Enter commits), an edit every test can see in the bar. */
async function rename(doc: DocumentPage, name: string): Promise<void> {
  await doc.name.fill(name);
  await doc.name.press('Enter');
  await expect(doc.name).toHaveValue(name);
}

/** Puts `value` where autosave keeps the work (idb-keyval's default store), as another version would have. */
async function putSaved(page: Page, value: unknown): Promise<void> {
  // The callback runs in the page; the e2e tsconfig has no DOM types, hence the small shapes.
  interface Request<T> {
    result: T;
    onsuccess: (() => void) | null;
  }
  interface Database {
    transaction(
      store: string,
      mode: string,
    ): { objectStore(name: string): { put(v: unknown, k: string): void }; oncomplete: (() => void) | null };
    close(): void;
  }
  await page.evaluate(async (saved) => {
    const idb = (globalThis as unknown as { indexedDB: { open(name: string): Request<Database> } }).indexedDB;
    const db = await new Promise<Database>((resolve) => {
      const request = idb.open('keyval-store');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('keyval', 'readwrite');
      transaction.objectStore('keyval').put(saved, 'vpclab:document');
      transaction.oncomplete = () => resolve();
    });
    db.close();
  }, value);
}

test.describe('saved work survives', () => {
  test('an example opened by address or from the menu, reloaded at once', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=02-nat-gateway');
    await expect(doc.resource('nat-a')).toHaveCount(1);
    await page.reload();
    await expect(doc.name).toHaveValue('NAT gateway');
    await expect(doc.resource('nat-a')).toHaveCount(1);

    await doc.openExample('Bastion host');
    const name = await doc.name.inputValue();
    await page.reload();
    await expect(doc.name).toHaveValue(name);
  });

  for (const delay of [0, 50, 100, 200]) {
    test(`a reload ${delay} ms after an edit keeps the edit`, async ({ page }) => {
      const doc = new DocumentPage(page);
      await doc.goto('/?example=01-public-private-subnets');
      await expect(doc.name).toHaveValue('Public and private subnets');
      await doc.waitForAutosave();
      await rename(doc, `Edited ${delay} ms before the reload`);
      if (delay > 0) await page.waitForTimeout(delay);
      await page.reload();
      await expect(doc.name).toHaveValue(`Edited ${delay} ms before the reload`);
      // The edit is an undo step of its own, after the example.
      await doc.button('Undo').click();
      await expect(doc.name).toHaveValue('Public and private subnets');
    });
  }

  test('closing the tab 50 ms after an edit keeps the edit', async ({ context }) => {
    const first = await context.newPage();
    const doc = new DocumentPage(first);
    await doc.goto('/?example=01-public-private-subnets');
    await expect(doc.name).toHaveValue('Public and private subnets');
    await doc.waitForAutosave();
    await rename(doc, 'Edited just before closing');
    await first.waitForTimeout(50);
    await first.close({ runBeforeUnload: true });
    const second = new DocumentPage(await context.newPage());
    await second.goto();
    await expect(second.name).toHaveValue('Edited just before closing');
  });

  test('a broken share link says so, and autosave still runs', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/#doc=yA');
    await expect(doc.alert).toContainText('share link');
    await rename(doc, 'Saved after a broken link');
    await doc.waitForAutosave();
    await page.reload();
    await expect(doc.name).toHaveValue('Saved after a broken link');
  });

  test('saved work this version cannot open is kept aside, offered as a file, and not destroyed by the next edit', async ({
    page,
  }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    const fromTheFuture = {
      format: 'vpclab',
      version: 99,
      name: 'From a newer VPC Lab',
      resources: [],
      hologram: true,
    };
    await putSaved(page, fromTheFuture);
    await page.reload();
    await expect(doc.alert).toContainText('could not be opened');
    await expect(doc.alert).toContainText('version');

    await rename(doc, 'New work over it');
    await doc.waitForAutosave();
    await page.reload();
    await expect(doc.name).toHaveValue('New work over it');
    const offer = doc.alert.getByRole('button', { name: 'Download unreadable work' });
    const download = page.waitForEvent('download');
    await offer.click();
    const file = await download;
    expect(JSON.parse(await readFile(await file.path(), 'utf8'))).toEqual(fromTheFuture);

    await doc.alert.getByRole('button', { name: 'Discard it' }).click();
    await expect(doc.alert).toHaveCount(0);
    await page.reload();
    await expect(doc.name).toHaveValue('New work over it');
    await expect(doc.alert).toHaveCount(0);
  });

  test('two tabs: a tab learns that the other saved, and can load its version with its own one Undo away', async ({
    context,
  }) => {
    const a = new DocumentPage(await context.newPage());
    await a.goto('/?example=01-public-private-subnets');
    await expect(a.name).toHaveValue('Public and private subnets');
    await a.waitForAutosave();
    const b = new DocumentPage(await context.newPage());
    await b.goto();
    await expect(b.name).toHaveValue('Public and private subnets');
    await rename(b, 'Tab B version');
    await b.waitForAutosave();

    const told = a.page.getByRole('status').filter({ hasText: 'changed in another tab' });
    await expect(told).toBeVisible();
    await told.getByRole('button', { name: "Load the other tab's version" }).click();
    await expect(a.name).toHaveValue('Tab B version');
    await a.button('Undo').click();
    await expect(a.name).toHaveValue('Public and private subnets');

    // And the other way round: tab B hears of tab A's save.
    await rename(a, 'Tab A version');
    await expect(b.page.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();
  });

  test('a share link opened over saved work says where that work went, and Undo brings it back after a reload', async ({
    page,
  }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=03-bastion-host');
    const mine = 'Bastion host';
    await expect(doc.name).toHaveValue(mine);
    await doc.openExample('NAT gateway for private subnets');
    const link = await doc.shareLink();
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue(mine);
    await doc.waitForAutosave();

    await doc.goto(link.slice(link.indexOf('/#')));
    await expect(doc.name).toHaveValue('NAT gateway');
    await expect(page.getByRole('status').filter({ hasText: 'one Undo away' })).toBeVisible();
    await page.reload();
    await expect(doc.name).toHaveValue('NAT gateway');
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue(mine);
  });
});

/** Stops the analysis worker from inside, without an error event, as one killed by the browser. */
async function closeAnalysisWorker(page: Page): Promise<void> {
  await expect.poll(() => page.workers().filter((w) => w.url().includes('analysis')).length).toBe(1);
  const [worker] = page.workers().filter((w) => w.url().includes('analysis'));
  await worker!.evaluate(() => (globalThis as unknown as { close(): void }).close());
}

test.describe('a worker that died', () => {
  test('a trace fails with a message, the worker restarts, and the next trace works', async ({ page }) => {
    test.setTimeout(45_000);
    const doc = new DocumentPage(page);
    const analysis = new AnalysisPage(page);
    await doc.goto('/?example=01-public-private-subnets');
    const passing = await analysis.trace('internet', 'web-1', 'TCP', 443);
    await expect(passing).toContainText('allowed');

    // The worker stops without an error event, as one killed by the browser does.
    await closeAnalysisWorker(page);
    const panel = analysis.panel('Reachability');
    await panel.getByRole('button', { name: 'Trace', exact: true }).click();
    await expect(panel.getByRole('alert')).toContainText('did not answer', { timeout: 15_000 });

    await panel.getByRole('button', { name: 'Trace', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('allowed');
  });

  test('a lesson check fails with a message instead of spinning', async ({ page }) => {
    test.setTimeout(45_000);
    const doc = new DocumentPage(page);
    await doc.goto();
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: 'Lesson 1: Open the web server to the internet', exact: true }).click();
    const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
    await closeAnalysisWorker(page);
    await lesson.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(lesson).toContainText('did not answer', { timeout: 15_000 });
    await lesson.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(lesson.getByRole('status')).toContainText('Not yet');
  });
});

test('a share link nested 5,000 deep is refused with the path, and the page stays responsive', async ({ page }) => {
  // Written as text: building it as objects would be too deep for JSON.stringify here too.
  const meta = `${'{"a":'.repeat(5000)}"deep"${'}'.repeat(5000)}`;
  const text = `{"format":"vpclab","version":1,"name":"Deep","resources":[],"meta":${meta}}`;
  const link = `/#doc=${lzString.compressToEncodedURIComponent(text)}`;
  expect(link.length).toBeLessThan(1000);
  const doc = new DocumentPage(page);
  await doc.goto('/?example=01-public-private-subnets');
  await expect(doc.name).toHaveValue('Public and private subnets');
  await doc.waitForAutosave();
  await doc.goto(link);
  await expect(doc.alert).toContainText('share link');
  await expect(doc.alert).toContainText('$.meta.a.a');
  await expect(doc.name).toHaveValue('Public and private subnets');
  // Still responsive: an edit goes through and is analysed.
  await rename(doc, 'Still here');
  const status = await new AnalysisPage(page).trace('internet', 'web-1', 'TCP', 443);
  await expect(status).toContainText('allowed');
});
