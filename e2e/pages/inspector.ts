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
    await this.waitForResource(someId);
  }

  /** Imports a document through the top bar's "Import file" input. */
  async importDocument(document: object, someId: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Import file').setInputFiles({
      name: 'inspector-test.vpclab.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await this.waitForResource(someId);
  }

  /** The "Find resource" combobox. */
  get finder(): Locator {
    return this.region.getByRole('combobox', { name: 'Find resource' });
  }

  /** The options "Find resource" lists while it is open. */
  get options(): Locator {
    return this.region.getByRole('listbox').getByRole('option');
  }

  /** Selects a resource through "Find resource": types its id and picks the first match with Enter. */
  async find(id: string): Promise<void> {
    await this.finder.fill(id);
    await expect(this.options.first()).toContainText(id);
    await this.finder.press('Enter');
    await expect(this.finder).toHaveValue(id);
  }

  /** Waits until "Find resource" finds `id` (the document holding it is in place), then leaves the box as it was. */
  async waitForResource(id: string): Promise<void> {
    await this.finder.fill(id);
    await expect(this.options.filter({ hasText: id }).first()).toBeVisible();
    await this.finder.press('Escape');
    await this.finder.press('Escape');
    await this.finder.blur();
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
