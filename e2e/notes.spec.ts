import { expect, test } from '@playwright/test';
import { allElements, parseXml } from '../app/canvas/export/xml-tree.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';

/** A drawn annotation by its accessible name ("Note Why two AZs"). */
const annotation = (canvas: CanvasPage, name: string | RegExp) => canvas.region.getByRole('group', { name });

test.describe('Notes, text and frames on the canvas', () => {
  test('a note is typed on several lines, drawn with bold, recoloured, pinned and follows its instance', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.openExample('01-public-private-subnets', 'Instance web-1');
    await canvas.add('Note');
    const box = canvas.region.getByRole('textbox', { name: 'Note text' });
    await expect(box).toBeFocused();
    await box.pressSequentially('Keep **web** public');
    await box.press('Shift+Enter');
    await box.pressSequentially('- two AZs');
    await box.press('Enter');
    const note = annotation(canvas, /^Note Keep web public two AZs/);
    await expect(note).toHaveAttribute('data-annotation-id', 'note-1');
    await expect(note.locator('strong')).toHaveText('web');
    await expect(note.locator('li')).toHaveText('two AZs');

    // Selected, the inspector shows its form: recolour and pin it.
    const form = page.getByRole('form', { name: 'Note note-1' });
    await expect(form).toBeVisible();
    await form.getByRole('radio', { name: 'Blue' }).check();
    await expect(note.locator('.annotation')).toHaveCSS('background-color', 'rgb(216, 233, 255)');
    // Resized without a mouse: its width from the keyboard, one Undo step.
    const width = (await note.boundingBox())!.width;
    const field = form.getByRole('spinbutton', { name: 'Width' });
    await field.fill('400');
    await field.press('Enter');
    await expect.poll(async () => (await note.boundingBox())!.width).toBeGreaterThan(width * 1.5);
    await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => Math.round((await note.boundingBox())!.width)).toBe(Math.round(width));
    await form.getByRole('combobox', { name: 'Pin to' }).selectOption('web-1');
    await expect(form).toContainText('Moves with web-1');

    // Moving the instance moves the note by the same amount, in one Undo step.
    const before = (await note.boundingBox())!;
    await canvas.drag('Instance web-1', 0, 60);
    await expect.poll(async () => Math.round((await note.boundingBox())!.y - before.y)).toBeGreaterThan(30);
    const after = (await note.boundingBox())!;
    expect(Math.round(after.x)).toBe(Math.round(before.x));
    await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => Math.round((await note.boundingBox())!.y)).toBe(Math.round(before.y));

    // Double-click edits in place; Escape cancels.
    await note.dblclick();
    await canvas.region.getByRole('textbox', { name: 'Note text' }).fill('gone');
    await canvas.region.getByRole('textbox', { name: 'Note text' }).press('Escape');
    await expect(note.locator('strong')).toHaveText('web');
    // From the keyboard: F2 on the focused note opens the same textbox.
    await note.focus();
    await page.keyboard.press('F2');
    await expect(canvas.region.getByRole('textbox', { name: 'Note text' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(note).toBeFocused();
  });

  test('a frame with a title sits behind resources; export SVG holds the notes; reload keeps them', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    const doc = new DocumentPage(page);
    await canvas.openExample('01-public-private-subnets', 'Instance web-1');
    await canvas.add('Frame');
    const title = canvas.region.getByRole('textbox', { name: 'Frame title' });
    await expect(title).toBeFocused();
    await title.fill('Web tier');
    await title.press('Enter');
    const frame = annotation(canvas, 'Frame Web tier');
    await expect(frame).toHaveAttribute('data-annotation-id', 'frame-1');
    // Behind the resources: the frame's box gives the pointer to what lies over it.
    await expect(frame).toHaveCSS('pointer-events', 'none');

    await canvas.add('Text');
    const text = canvas.region.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill('Why *two* subnets');
    await text.press('Enter');
    await expect(annotation(canvas, 'Text Why two subnets')).toBeVisible();

    const svg = (await doc.download('Export SVG')).bytes.toString('utf8');
    const groups = allElements(parseXml(svg)).filter((e) => 'data-annotation-id' in e.attributes);
    expect(groups.map((g) => g.attributes['data-annotation-id'])).toEqual(['frame-1', 'text-1']);
    expect(groups[0]!.text).toContain('Web tier');
    expect(groups[1]!.text).toContain('Why two subnets');

    // Delete removes a selected annotation; Undo brings it back.
    await annotation(canvas, 'Text Why two subnets').click();
    await page.keyboard.press('Delete');
    await expect(annotation(canvas, 'Text Why two subnets')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(annotation(canvas, 'Text Why two subnets')).toBeVisible();

    await doc.waitForAutosave();
    await page.reload();
    await expect(annotation(canvas, 'Frame Web tier')).toBeVisible();
    await expect(annotation(canvas, 'Text Why two subnets')).toBeVisible();
  });
});
