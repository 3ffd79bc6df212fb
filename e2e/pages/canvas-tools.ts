import { expect, type Locator, type Page } from '@playwright/test';
import { CanvasPage } from './canvas.ts';
import { DocumentPage } from './document.ts';

/** A corner of a drawn box. */
export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';

/** A drawn box on screen, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The on-screen box of a drawn resource (fails when it is not drawn). */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not drawn`);
  return box;
}

/** True when `inner` lies within `outer` (half a pixel of rounding allowed). */
export function contains(outer: Box, inner: Box): boolean {
  const e = 0.5;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

/**
 * The canvas tools a person uses with the mouse and the top bar: dragging from the palette,
 * resizing a selected container by its corner, exporting images and laying out automatically.
 */
export class CanvasTools extends CanvasPage {
  constructor(page: Page) {
    super(page);
  }

  /** Drags a palette button onto `target`, dropping at a fraction of its box ({x: 0.5, y: 0.5} is the centre). */
  async dropFromPalette(paletteName: string, target: Locator, at: { x: number; y: number }): Promise<void> {
    const box = await boxOf(target);
    await this.palette
      .getByRole('button', { name: paletteName, exact: true })
      .dragTo(target, { targetPosition: { x: box.width * at.x, y: box.height * at.y } });
  }

  /**
   * Grows a drawn container by (dx, dy) screen pixels by dragging a corner resize handle outward,
   * as a person would: the handles show on the selected container, so it is selected first by a
   * click on its header (the inspector then shows it), and the corner used is one not hidden
   * under the mini map or the legend. Returns the corner used.
   */
  async growBy(name: string, dx: number, dy: number): Promise<Corner> {
    const node = this.node(name);
    await this.click(name);
    const id = await node.getAttribute('data-resource-id');
    const inspector = this.page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.getByRole('textbox', { name: 'ID', exact: true })).toHaveValue(id ?? '');
    const box = await boxOf(node);
    const corners: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
    for (const corner of corners) {
      const right = corner.endsWith('right');
      const bottom = corner.startsWith('bottom');
      const x = right ? box.x + box.width - 1 : box.x + 1;
      const y = bottom ? box.y + box.height - 1 : box.y + 1;
      const free = await node.evaluate(
        (element, [px, py]) => {
          const hit = element.ownerDocument.elementFromPoint(px!, py!);
          return hit !== null && element.contains(hit);
        },
        [x, y],
      );
      if (!free) continue;
      const tx = x + (right ? dx : -dx);
      const ty = y + (bottom ? dy : -dy);
      await this.page.mouse.move(x, y);
      await this.page.mouse.down();
      await this.page.mouse.move((x + tx) / 2, (y + ty) / 2, { steps: 5 });
      await this.page.mouse.move(tx, ty, { steps: 5 });
      await this.page.mouse.up();
      return corner;
    }
    throw new Error(`Every corner of ${name} is hidden`);
  }

  /** Clicks an image export in the top bar's Export menu and returns the downloaded file's name and bytes. */
  async exportImage(item: 'Export PNG' | 'Export SVG'): Promise<{ fileName: string; bytes: Buffer }> {
    return new DocumentPage(this.page).download(item);
  }

  /** The boxes of drawn resources by accessible name, once they are all drawn. */
  async boxes(names: readonly string[]): Promise<Record<string, Box>> {
    const result: Record<string, Box> = {};
    for (const name of names) {
      await expect(this.node(name)).toBeVisible();
      result[name] = await boxOf(this.node(name));
    }
    return result;
  }
}
