import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';

/**
 * Copy, cut and paste of canvas resources through the system clipboard (ui.md, "Keyboard"), and
 * the undo history kept across a reload.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** What the system clipboard holds, read as the page would. */
async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  );
}

async function setClipboard(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (value) =>
      (
        globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }
      ).navigator.clipboard.writeText(value),
    text,
  );
}

/** Opens a bundled example and waits for `someName` to be drawn (a loaded machine can take a while). */
async function openExample(canvas: CanvasPage, name: string, someName: string): Promise<void> {
  await canvas.page.goto(`/?example=${name}`);
  await expect(canvas.node(someName)).toBeVisible({ timeout: 15_000 });
}

test.describe('copy, cut and paste', () => {
  test('a subnet with its instance pastes into the same design with fresh ids and CIDR; one Undo removes it', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    const doc = new DocumentPage(page);
    await openExample(canvas, '02-nat-gateway', 'Subnet private-a');
    await canvas.click('Subnet private-a');
    await page.keyboard.press('ControlOrMeta+C');
    await expect(page.getByRole('status').filter({ hasText: 'Copied 2 resources' })).toBeVisible();
    const copied = JSON.parse(await clipboardText(page)) as { format: string; resources: { id: string }[] };
    expect(copied.format).toBe('vpclab');
    expect(copied.resources.map((r) => r.id)).toEqual(expect.arrayContaining(['private-a', 'app-a', 'vpc-main']));

    await page.keyboard.press('ControlOrMeta+V');
    await expect(canvas.node('Subnet private-a-2')).toBeVisible();
    await expect(canvas.node('Instance app-a-2')).toBeVisible();
    await expect(canvas.node('Subnet private-a-2')).toContainText('10.0.0.0/24');
    await expect(canvas.node('Instance app-a')).toHaveCount(1);

    await doc.button('Undo').click();
    await expect(canvas.node('Subnet private-a-2')).toHaveCount(0);
    await expect(canvas.node('Instance app-a-2')).toHaveCount(0);
    await expect(canvas.node('Subnet private-a')).toBeVisible();
  });

  test('an instance pastes into another tab’s design, into its selected subnet; a group it lacks is dropped with a notice', async ({
    context,
  }) => {
    const first = await context.newPage();
    const a = new CanvasPage(first);
    await openExample(a, '02-nat-gateway', 'Instance app-a');
    await a.click('Instance app-a');
    await first.keyboard.press('ControlOrMeta+C');
    await expect(first.getByRole('status').filter({ hasText: 'Copied 1 resource' })).toBeVisible();

    const second = await context.newPage();
    const b = new CanvasPage(second);
    await openExample(b, '01-public-private-subnets', 'Subnet private-a');
    await b.click('Subnet private-a');
    await second.keyboard.press('ControlOrMeta+V');
    await expect(b.node('Instance app-a')).toBeVisible();
    await expect(second.getByRole('status').filter({ hasText: 'were dropped: sg-app' })).toBeVisible();
    // Pasted into the selected subnet: drawn inside its box.
    const subnet = (await b.node('Subnet private-a').boundingBox())!;
    const instance = (await b.node('Instance app-a').boundingBox())!;
    expect(instance.x).toBeGreaterThanOrEqual(subnet.x);
    expect(instance.x + instance.width).toBeLessThanOrEqual(subnet.x + subnet.width);
  });

  test('cut removes the selection as one step, and paste puts it at the pointer', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const doc = new DocumentPage(page);
    await openExample(canvas, '01-public-private-subnets', 'Instance web-1');
    await canvas.click('Instance web-1');
    await page.keyboard.press('ControlOrMeta+X');
    await expect(canvas.node('Instance web-1')).toHaveCount(0);

    const box = (await canvas.node('Subnet private-a').boundingBox())!;
    const pointer = { x: box.x + box.width - 120, y: box.y + box.height - 70 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.keyboard.press('ControlOrMeta+V');
    const pasted = canvas.node('Instance web-1');
    await expect(pasted).toBeVisible();
    const at = (await pasted.boundingBox())!;
    expect(Math.abs(at.x - pointer.x)).toBeLessThan(12);
    expect(Math.abs(at.y - pointer.y)).toBeLessThan(12);

    // Paste is one step and cut is one step.
    await doc.button('Undo').click();
    await expect(canvas.node('Instance web-1')).toHaveCount(0);
    await doc.button('Undo').click();
    await expect(canvas.node('Instance web-1')).toBeVisible();
  });

  test('a whole document on the clipboard offers to import it; junk gets a message and changes nothing', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    const doc = new DocumentPage(page);
    await openExample(canvas, '01-public-private-subnets', 'Instance web-1');
    await canvas.clickEmpty();

    await setClipboard(page, 'web-1 is the web server');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(doc.alert).toContainText('Nothing was pasted');
    await expect(canvas.node('Instance web-1')).toBeVisible();
    await expect(doc.name).toHaveValue('Public and private subnets');

    const whole = {
      format: 'vpclab',
      version: 2,
      name: 'From the clipboard',
      resources: [{ id: 'vpc-pasted', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] }],
      layout: { 'vpc-pasted': { x: 0, y: 600, width: 400, height: 300 } },
    };
    await setClipboard(page, JSON.stringify(whole));
    await page.keyboard.press('ControlOrMeta+V');
    const offer = page.getByRole('dialog', { name: 'Paste a whole design?' });
    await expect(offer).toContainText('From the clipboard');
    await offer.getByRole('button', { name: 'Import design' }).click();
    await expect(doc.name).toHaveValue('From the clipboard');
    await expect(canvas.node('Instance web-1')).toHaveCount(0);
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Public and private subnets');

    await page.keyboard.press('ControlOrMeta+V');
    await offer.getByRole('button', { name: 'Add resources' }).click();
    await expect(canvas.node('VPC vpc-pasted')).toBeVisible();
    await expect(doc.name).toHaveValue('Public and private subnets');
  });

  test('after a reload, Undo undoes the last edit made before it', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const doc = new DocumentPage(page);
    await openExample(canvas, '01-public-private-subnets', 'Instance web-1');
    await canvas.click('Instance web-1');
    await page.keyboard.press('Delete');
    await expect(canvas.node('Instance web-1')).toHaveCount(0);
    await doc.waitForAutosave();
    await page.reload();
    await expect(canvas.node('Instance web-2')).toBeVisible();
    await expect(canvas.node('Instance web-1')).toHaveCount(0);
    await doc.button('Undo').click();
    await expect(canvas.node('Instance web-1')).toBeVisible();
  });
});
