import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * What every bundled example must look like when it opens (ui.md, Canvas): framed in the part of
 * the canvas nothing covers, with names that can be read. Measured on screen, as a person sees it,
 * in one round trip per check.
 */

/** Every bundled example, as its `?example=` name. */
export const examples = (
  JSON.parse(readFileSync(new URL('../../public/examples/index.json', import.meta.url), 'utf8')) as { file: string }[]
).map((entry) => entry.file.replace(/\.json$/, ''));

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Every drawn resource that is outside the canvas or under something floating on it (the
 * legend, the mini map, the zoom controls), as `id: why` lines.
 */
export async function framingProblems(page: Page): Promise<string[]> {
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const view = (await canvas.boundingBox())!;
  const covering: { name: string; box: Box }[] = [];
  for (const [name, locator] of [
    ['the legend', page.getByRole('button', { name: 'Legend', exact: true })],
    ['the mini map', page.getByRole('img', { name: 'Mini map' })],
    ['the canvas controls', page.getByRole('button', { name: 'Fit view', exact: true })],
  ] as const) {
    const box = (await locator.count()) > 0 ? await locator.boundingBox() : null;
    if (box) covering.push({ name, box });
  }
  // One round trip for every node's box (a string: the e2e project has no DOM types).
  const nodes = await page.evaluate<
    { id: string; box: Box }[]
  >(`[...document.querySelectorAll('.react-flow__node[data-resource-id]')].map((node) => {
    const r = node.getBoundingClientRect();
    return { id: node.getAttribute('data-resource-id'), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  })`);
  const problems: string[] = [];
  for (const { id, box } of nodes) {
    if (box.width === 0) continue;
    const inside =
      box.x >= view.x - 1 &&
      box.y >= view.y - 1 &&
      box.x + box.width <= view.x + view.width + 1 &&
      box.y + box.height <= view.y + view.height + 1;
    if (!inside) problems.push(`${id}: outside the canvas`);
    for (const { name, box: cover } of covering) {
      const overlaps =
        box.x < cover.x + cover.width &&
        cover.x < box.x + box.width &&
        box.y < cover.y + cover.height &&
        cover.y < box.y + box.height;
      if (overlaps) problems.push(`${id}: under ${name}`);
    }
  }
  return problems;
}

/** The canvas zoom: the scale of React Flow's viewport transform. */
export const zoomOf = (page: Page) =>
  page.evaluate<number>(`new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`);

export interface Label {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly fontPx: number;
  readonly ellipsis: boolean;
}

/** The name shown by every drawn resource: container titles, tile and external names. */
export async function names(page: Page, selector = '.container-title, .resource-title'): Promise<Label[]> {
  return page.evaluate<
    Label[]
  >(`[...document.querySelectorAll('.react-flow__node[data-resource-id]')].flatMap((node) => {
    const label = node.querySelector(${JSON.stringify(selector)});
    if (!label) return [];
    const style = getComputedStyle(label);
    return [{
      id: node.getAttribute('data-resource-id'),
      text: label.textContent ?? '',
      title: label.getAttribute('title') ?? label.closest('[title]')?.getAttribute('title') ?? null,
      scrollWidth: label.scrollWidth,
      clientWidth: label.clientWidth,
      fontPx: parseFloat(style.fontSize),
      ellipsis: style.textOverflow === 'ellipsis',
    }];
  })`);
}

/** Names under `minPx` on screen, or shortened to a stub, as `id: why` lines. */
export async function unreadableNames(page: Page, selector: string, minPx = 9): Promise<string[]> {
  const zoom = await zoomOf(page);
  return (await names(page, selector)).flatMap((label) => {
    const onScreen = label.fontPx * zoom;
    const whole = label.title?.split('\n')[0] ?? label.text;
    const shown = label.text.replace(/…$/, '').length;
    const problems: string[] = [];
    if (onScreen < minPx - 0.05) problems.push(`${label.id}: ${onScreen.toFixed(1)} px on screen`);
    if (label.text.endsWith('…') && shown < Math.min(whole.length, 3)) problems.push(`${label.id}: "${label.text}"`);
    return problems;
  });
}
