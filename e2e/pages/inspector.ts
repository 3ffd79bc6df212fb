import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector region, driven by role and accessible name as a person would. */
export class InspectorPage {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Inspector' });
  }

  /** Opens a bundled example by address and waits for it to be in the document. */
  async openExample(name: string, someId: string): Promise<void> {
    await this.page.goto(`/?example=${name}`);
    await expect(this.finder.locator('option', { hasText: someId }).first()).toBeAttached();
  }

  /** Imports a document through the top bar's "Import file" input. */
  async importDocument(document: object, someId: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Import file').setInputFiles({
      name: 'inspector-test.vpclab.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await expect(this.finder.locator('option', { hasText: someId }).first()).toBeAttached();
  }

  /** The "Find resource" combobox. */
  get finder(): Locator {
    return this.region.getByRole('combobox', { name: 'Find resource' });
  }

  /** Selects a resource through "Find resource". */
  async find(id: string): Promise<void> {
    await this.finder.selectOption(id);
  }

  /** A text field by its exact label. */
  textbox(label: string): Locator {
    return this.region.getByRole('textbox', { name: label, exact: true });
  }

  /** A select (combobox) by its exact label. */
  combobox(label: string): Locator {
    return this.region.getByRole('combobox', { name: label, exact: true });
  }

  button(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** A rules table by its caption: "Routes", "Inbound rules", "Outbound rules". */
  table(caption: string): Locator {
    return this.region.getByRole('table', { name: caption, exact: true });
  }

  /** Types into a field and applies with Enter. */
  async enter(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    await field.press('Enter');
  }

  /** The message a field points at with aria-describedby (empty when none). */
  async messageOf(field: Locator): Promise<string> {
    const id = await field.getAttribute('aria-describedby');
    if (!id) return '';
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? '';
  }

  /** The accessible names of the remove buttons of a table, top to bottom (the rule order). */
  async removeButtonNames(table: Locator): Promise<string[]> {
    const buttons = table.getByRole('button', { name: /^Remove / });
    const names: string[] = [];
    for (const button of await buttons.all()) names.push((await button.getAttribute('aria-label')) ?? '');
    return names;
  }
}
