import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas and the palette, driven by role and accessible name as a person would. */
export class CanvasPage {
  readonly region: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Canvas' });
    this.palette = page.getByRole('region', { name: 'Palette' });
  }

  /** Opens a bundled example by address and waits until `someName` is drawn. */
  async openExample(name: string, someName: string): Promise<void> {
    await this.page.goto(`/?example=${name}`);
    await expect(this.node(someName)).toBeVisible();
  }

  /** A drawn resource by its accessible name ("Instance web-1"). */
  node(name: string): Locator {
    return this.region.getByRole('group', { name, exact: true });
  }

  /** Clicks a palette button ("VPC", "Subnet", ...). */
  async add(paletteName: string): Promise<void> {
    await this.palette.getByRole('button', { name: paletteName, exact: true }).click();
  }

  /** Clicks a drawn resource near its top-left corner (inside a container, away from its children). */
  async click(name: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    await this.node(name).click({ position: { x: 12, y: 12 }, modifiers });
  }

  /** Drags a drawn resource by (dx, dy) screen pixels with the mouse. */
  async drag(name: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(name).boundingBox();
    if (!box) throw new Error(`${name} is not drawn`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Clicks empty canvas (the top-left corner of the pane). */
  async clickEmpty(): Promise<void> {
    await this.region.click({ position: { x: 8, y: 8 } });
  }
}
