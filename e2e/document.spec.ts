import { expect, test } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';

test.describe('the document: examples, history, autosave, import, export, share, delete', () => {
  test('examples load from the menu, and the bar shows the document name', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await expect(doc.name).toHaveValue('Untitled design');
    await doc.openExample('NAT gateway for private subnets');
    await expect(doc.name).toHaveValue('NAT gateway');
    await expect(doc.resource('nat-a')).toHaveCount(1);
    await expect(page.getByRole('menu')).toHaveCount(0);
    const exported = JSON.parse((await doc.exportJson()).text) as { resources: { id: string }[] };
    expect(exported.resources.map((r) => r.id)).toContain('nat-a');
  });

  test('?example= opens an example as one undoable step and leaves the address', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=01-public-private-subnets');
    await expect(doc.name).toHaveValue('Public and private subnets');
    await expect(doc.resource('vpc-main')).toHaveCount(1);
    expect(new URL(page.url()).search).toBe('');
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Untitled design');
    await expect(doc.button('Undo')).toBeDisabled();
  });

  test('a broken ?example= or share link shows an alert and keeps the work', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto('/?example=no-such-example');
    await expect(doc.alert).toContainText('no-such-example');
    await expect(doc.name).toHaveValue('Untitled design');
    await doc.goto('/#doc=garbage');
    await expect(doc.alert).toContainText('share link');
    await expect(doc.name).toHaveValue('Untitled design');
  });

  test('New is undoable, and Undo and Redo follow history (buttons and keys)', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await expect(doc.button('Undo')).toBeDisabled();
    await expect(doc.button('Redo')).toBeDisabled();
    await doc.openExample('Bastion host');
    const name = await doc.name.inputValue();
    await doc.button('New').click();
    await expect(doc.name).toHaveValue('Untitled design');
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue(name);
    await expect(doc.button('Redo')).toBeEnabled();
    await doc.button('Redo').click();
    await expect(doc.name).toHaveValue('Untitled design');
    await page.locator('body').click({ position: { x: 5, y: 890 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(doc.name).toHaveValue(name);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(doc.name).toHaveValue('Untitled design');
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('Control+y');
    await expect(doc.name).toHaveValue('Untitled design');
  });

  test('a reload restores the work without asking', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Transit gateway hub');
    await doc.name.fill('My hub');
    await doc.name.press('Enter');
    await expect(doc.name).toHaveValue('My hub');
    const before = (await doc.exportJson()).text;
    await doc.waitForAutosave();
    await page.reload();
    await expect(doc.name).toHaveValue('My hub');
    await expect(doc.resource('tgw')).toHaveCount(1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await doc.exportJson()).text).toBe(before);
    // The undo history is saved with the document (ui.md): the rename, then the example.
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Transit gateway hub');
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Untitled design');
    await expect(doc.button('Undo')).toBeDisabled();
  });

  test('export then import gives the identical file, as one undoable step', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Transit gateway hub');
    const first = await doc.exportJson();
    expect(first.fileName).toBe('Transit-gateway-hub.vpclab.json');
    await doc.button('New').click();
    await doc.importFile(first.fileName, first.text);
    await expect(doc.name).toHaveValue('Transit gateway hub');
    await expect(doc.alert).toHaveCount(0);
    expect((await doc.exportJson()).text).toBe(first.text);
    await doc.button('Undo').click();
    await expect(doc.name).toHaveValue('Untitled design');
  });

  test('importing pasted JSON works too', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.pasteJson(JSON.stringify({ format: 'vpclab', version: 2, name: 'Pasted', resources: [] }));
    await expect(doc.name).toHaveValue('Pasted');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a file with a syntax error is refused with line and column; the diagram survives', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    await doc.importFile('broken.json', '{\n  "format": "vpclab",\n  "version": 1,,\n  "resources": []\n}');
    await expect(doc.alert).toContainText('broken.json');
    await expect(doc.alert).toContainText('Line 3, column 16');
    await expect(doc.name).toHaveValue('Web and database');
    await expect(doc.resource('web-1')).toHaveCount(1);
  });

  test('a file of 5,000 nested "[" is refused with an alert naming it; the diagram survives', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    await doc.importFile('brackets.json', '['.repeat(5_000));
    await expect(doc.alert).toContainText('Could not import "brackets.json": Line 1, column 5001');
    await expect(doc.name).toHaveValue('Web and database');
    await expect(doc.resource('web-1')).toHaveCount(1);
  });

  test('Paste JSON of 5,000 nested "[" shows the same alert', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    await doc.pasteJson('['.repeat(5_000));
    await expect(doc.alert).toContainText('Could not import the pasted JSON: Line 1, column 5001');
    await expect(doc.name).toHaveValue('Web and database');
  });

  test('a UTF-16 file with a byte order mark imports; a Latin-1 file is refused, not garbled', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    const document = { format: 'vpclab', version: 2, name: 'café', resources: [] };
    await doc.importFile('latin1.json', Buffer.from(JSON.stringify(document), 'latin1'));
    await expect(doc.alert).toContainText('Could not import "latin1.json": The file is not UTF-8 text');
    await expect(doc.name).toHaveValue('Web and database');
    await doc.importFile('utf16.json', Buffer.from(`\ufeff${JSON.stringify(document)}`, 'utf16le'));
    await expect(doc.name).toHaveValue('café');
  });

  test('a file with validation errors lists each resource and field; the diagram survives', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    const bad = {
      format: 'vpclab',
      version: 2,
      name: 'Bad',
      resources: [
        { id: 'vpc-a', type: 'vpc', cidrBlocks: ['10.0.0.5/16'] },
        { id: 'sub-a', type: 'subnet', vpc: 'vpc-missing', cidr: '10.0.1.0/24', az: 'a' },
      ],
    };
    await doc.importFile('bad.json', JSON.stringify(bad, null, 2));
    await expect(doc.alert).toContainText('bad.json');
    await expect(doc.alert.getByRole('listitem').filter({ hasText: 'vpc-a (resources[0].cidrBlocks[0])' })).toHaveCount(
      1,
    );
    await expect(doc.alert.getByRole('listitem').filter({ hasText: 'sub-a (resources[1].vpc)' })).toHaveCount(1);
    await expect(doc.name).toHaveValue('Web and database');
    await expect(doc.resource('db')).toHaveCount(1);
    await doc.alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(doc.alert).toHaveCount(0);
  });

  test('a share link opens the same document in a fresh browser', async ({ page, browser }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('VPC peering is not transitive');
    const original = (await doc.exportJson()).text;
    const link = await doc.shareLink();
    expect(link).toMatch(/#doc=/);

    const context = await browser.newContext();
    const other = new DocumentPage(await context.newPage());
    await other.goto(link);
    await expect(other.name).toHaveValue(await doc.name.inputValue());
    expect((await other.exportJson()).text).toBe(original);
    await context.close();
  });

  test('deleting a VPC asks first, says what goes with it, and Undo brings everything back', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    const before = (await doc.exportJson()).text;
    await doc.resource('vpc-main').click({ position: { x: 30, y: 8 } });
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('This also deletes 9 other resources');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(doc.resource('vpc-main')).toHaveCount(1);

    await page.keyboard.press('Delete');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect(doc.resource('vpc-main')).toHaveCount(0);
    await expect(doc.resource('web-1')).toHaveCount(0);
    const after = JSON.parse((await doc.exportJson()).text) as { resources: unknown[]; intents?: unknown[] };
    expect(after.resources).toEqual([]);

    await doc.button('Undo').click();
    await expect(doc.resource('web-1')).toHaveCount(1);
    expect((await doc.exportJson()).text).toBe(before);
  });

  test('Ctrl+D duplicates, Delete removes a leaf without asking, a refused edit shows why', async ({ page }) => {
    const doc = new DocumentPage(page);
    await doc.goto();
    await doc.openExample('Web and database');
    await doc.resource('web-1').click();
    await page.keyboard.press('ControlOrMeta+d');
    await expect(doc.resource('web-1-copy')).toHaveCount(1);
    await page.keyboard.press('Delete');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(doc.resource('web-1-copy')).toHaveCount(0);
    await expect(doc.resource('web-1')).toHaveCount(1);

    await doc.resource('igw').click();
    await page.keyboard.press('ControlOrMeta+d');
    await expect(doc.alert).toContainText('Cannot duplicate');
    await expect(doc.resource('igw-copy')).toHaveCount(0);
  });
});
