import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * The document side of the page, driven by role and accessible name: the top bar (toolbar
 * "Main"), its menus and dialogs, the notices, and the drawn resources by `data-resource-id`.
 */
export class DocumentPage {
  readonly toolbar: Locator;
  readonly name: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    // "Main", or its name in Japanese (tests that switch the page's language use it too).
    this.toolbar = page.getByRole('toolbar', { name: /^(Main|メイン)$/ });
    this.name = page.getByRole('textbox', { name: /^(Document name|設計の名前)$/ });
    this.alert = page.getByRole('alert');
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  resource(id: string): Locator {
    return this.page.locator(`[data-resource-id="${id}"]`);
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.toolbar).toBeVisible();
  }

  /** Opens an example from the menu and waits until it has replaced the document (it loads asynchronously). */
  async openExample(title: string): Promise<void> {
    const before = await this.name.inputValue();
    await this.button('Examples').click();
    await this.page.getByRole('menuitem', { name: title, exact: true }).click();
    await expect(this.name).not.toHaveValue(before);
  }

  /**
   * An item of the Export menu ("Export JSON", "Export PNG", "Export SVG", or an option), the
   * menu opened by its button ("Export", or its name in the page's language) if it is closed.
   */
  async exportItem(name: string, button = 'Export'): Promise<Locator> {
    const menu = this.page.getByRole('menu', { name: button, exact: true });
    if (!(await menu.isVisible())) await this.button(button).click();
    await expect(menu).toBeVisible();
    return menu.getByRole(name.startsWith('Export') || /書き出し$/.test(name) ? 'menuitem' : 'menuitemcheckbox', {
      name,
      exact: true,
    });
  }

  /** Clicks an export in the Export menu and returns the downloaded file's name and bytes. */
  async download(item: string, button = 'Export'): Promise<{ fileName: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await (await this.exportItem(item, button)).click();
    const file = await download;
    return { fileName: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  /** Clicks Export JSON and returns the downloaded file's name and text. */
  async exportJson(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await (await this.exportItem('Export JSON')).click();
    const file = await download;
    const path = await file.path();
    return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Imports text (as UTF-8) or raw bytes through the hidden file input, as the file chooser would. */
  async importFile(name: string, content: string | Buffer): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    await this.page.getByLabel('Import file').setInputFiles({ name, mimeType: 'application/json', buffer });
  }

  async pasteJson(text: string): Promise<void> {
    await this.button('Paste JSON').click();
    const dialog = this.page.getByRole('dialog', { name: 'Paste JSON' });
    await dialog.getByRole('textbox', { name: 'Paste JSON' }).fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** Clicks Copy share link and returns the link from the read-only "Share link" field. */
  async shareLink(): Promise<string> {
    await this.button('Copy share link').click();
    const field = this.page.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/#doc=/);
    return field.inputValue();
  }

  /** Waits past the autosave delay (ui.md: saved within half a second of a change). */
  async waitForAutosave(): Promise<void> {
    await this.page.waitForTimeout(800);
  }
}
