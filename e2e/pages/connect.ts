import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasPage } from './canvas.ts';

/** Drawing connections on the canvas with the mouse, as a person would: from a node's connector to another node. */
export class ConnectPage {
  readonly canvas: CanvasPage;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
  }

  /** Puts a document in place through "Import file" and waits until `someNode` is drawn. */
  async load(document: object, someNode: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Import file').setInputFiles({
      name: 'connect-test.vpclab.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await expect(this.canvas.node(someNode)).toBeVisible();
  }

  /** The connector of a drawn resource: "Connect <name or id>". */
  connector(node: string, title: string): Locator {
    return this.canvas.node(node).getByRole('button', { name: `Connect ${title}`, exact: true });
  }

  /**
   * Drags from `from`'s connector onto `to` (its centre, or `at` from its top-left corner):
   * one press of the mouse button. `title` is the source's name or id.
   */
  async draw(from: string, title: string, to: string, at?: { x: number; y: number }): Promise<void> {
    await this.canvas.node(from).hover({ position: { x: 12, y: 12 } });
    const start = await this.connector(from, title).boundingBox();
    const end = await this.canvas.node(to).boundingBox();
    if (!start || !end) throw new Error(`${from} or ${to} is not drawn`);
    const x = end.x + (at?.x ?? end.width / 2);
    const y = end.y + (at?.y ?? end.height / 2);
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + x) / 2, (start.y + y) / 2, { steps: 4 });
    await this.page.mouse.move(x, y, { steps: 4 });
    await this.page.mouse.up();
  }
}
