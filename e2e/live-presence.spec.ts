import type { Browser, Locator, Page } from '@playwright/test';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';
import { expect, freshRoomPath, openAt, personContext, test, type LiveServer } from './pages/live-server.ts';

/**
 * Others on the canvas (ui.md "Live sessions"): a person's pointer and selection appear on
 * everyone else's canvas in their colour, at the same spot of the design, and never in exports.
 * The drawings are aria-hidden (the "People here" list is the accessible account), so they are
 * found by their classes.
 */

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Ana starts a fresh room and adds a VPC; Ben opens the same link and sees it. */
async function anaAndBen(browser: Browser, liveServer: LiveServer) {
  const path = freshRoomPath();
  const ana = await openAt(await personContext(browser, 'Ana'), liveServer, path);
  // The first one in the room is told it starts empty, once her page is bound to it.
  await expect(ana.getByText('This room had no design yet, so it starts empty.')).toBeVisible();
  const anaCanvas = new CanvasPage(ana);
  await anaCanvas.add('VPC');
  await expect(anaCanvas.node('VPC vpc-1')).toBeVisible();
  const ben = await openAt(await personContext(browser, 'Ben'), liveServer, path);
  const benCanvas = new CanvasPage(ben);
  await expect(benCanvas.node('VPC vpc-1')).toBeVisible();
  return { ana, ben, anaCanvas, benCanvas };
}

/** Ana's pointer as drawn on another page. */
const pointerOf = (page: Page, name: string): Locator => page.locator('.presence-pointer', { hasText: name });

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
}

/** A spot given as fractions of a box, in page pixels. */
const spotIn = (box: Box, fx: number, fy: number) => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });

/** Where a drawn pointer's arrow points (its tip sits one arrow pixel inside the arrow's box). */
async function tipOf(pointer: Locator): Promise<{ x: number; y: number }> {
  const arrow = await boxOf(pointer.locator('.presence-arrow'));
  return { x: arrow.x + 1, y: arrow.y + 1 };
}

test('Ana’s pointer shows on Ben’s canvas at the same spot of the design, with her name, and goes when she leaves', async ({
  browser,
  liveServer,
}) => {
  const { ana, ben, anaCanvas, benCanvas } = await anaAndBen(browser, liveServer);
  await ben.emulateMedia({ reducedMotion: 'no-preference' });

  // Ana points at a spot inside the VPC: three quarters across, two thirds down.
  const anaVpc = await boxOf(anaCanvas.node('VPC vpc-1'));
  const target = spotIn(anaVpc, 0.75, 0.66);
  await ana.mouse.move(target.x - 40, target.y - 30);
  await ana.mouse.move(target.x, target.y, { steps: 6 });

  const pointer = pointerOf(ben, 'Ana');
  await expect(pointer).toBeVisible();
  await expect(pointer).toHaveText('Ana');
  // The same spot of the design on Ben's canvas, whatever his pan and zoom.
  const benVpc = await boxOf(benCanvas.node('VPC vpc-1'));
  const expected = spotIn(benVpc, 0.75, 0.66);
  await expect
    .poll(async () => {
      const tip = await tipOf(pointer);
      return Math.max(Math.abs(tip.x - expected.x), Math.abs(tip.y - expected.y));
    })
    .toBeLessThan(4);
  // Ben never sees his own pointer; Ana sees nobody's but Ben's (and he is not on the canvas).
  await expect(ben.locator('.presence-pointer')).toHaveCount(1);
  await expect(ana.locator('.presence-pointer')).toHaveCount(0);

  // It glides between reports, except for someone who asked for less motion.
  const duration = () => pointer.evaluate((element) => getComputedStyle(element).transitionDuration);
  expect(await duration()).toBe('0.08s');
  await ben.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');

  // It never takes Ben's mouse: a click on it reaches the VPC under it.
  const label = await boxOf(pointer.locator('.presence-name'));
  await ben.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
  await expect(
    ben.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'ID', exact: true }),
  ).toHaveValue('vpc-1');

  // Ana's pointer leaves the canvas (to the top bar): it goes from Ben's.
  await ana.mouse.move(target.x, 10, { steps: 4 });
  await expect(ben.locator('.presence-pointer')).toHaveCount(0);
});

test('what Ana selects is outlined on Ben’s canvas in her colour, with her name; his own selection keeps its look; his export shows none of it', async ({
  browser,
  liveServer,
}) => {
  const { ben, anaCanvas, benCanvas } = await anaAndBen(browser, liveServer);
  await anaCanvas.click('VPC vpc-1');

  const mark = ben.locator('.presence-mark[data-node-id="vpc-1"]');
  const ring = mark.locator('.presence-ring');
  await expect(ring).toHaveCount(1);
  await expect(mark.locator('.presence-tag')).toHaveText('Ana');
  // Her colour: the same as her pointer's label (the click left her pointer on the canvas).
  const pointerColour = await pointerOf(ben, 'Ana')
    .locator('.presence-name')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await ring.evaluate((element) => getComputedStyle(element).borderTopColor)).toBe(pointerColour);
  expect(await mark.locator('.presence-tag').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    pointerColour,
  );

  // Outside the node, all round, and the node keeps its size.
  const vpc = benCanvas.node('VPC vpc-1');
  const before = await boxOf(vpc);
  const outline = await boxOf(ring);
  expect(outline.x).toBeLessThan(before.x);
  expect(outline.y).toBeLessThan(before.y);
  expect(outline.x + outline.width).toBeGreaterThan(before.x + before.width);
  expect(outline.y + outline.height).toBeGreaterThan(before.y + before.height);
  // The tag sits above the node, not over its label.
  const tag = await boxOf(mark.locator('.presence-tag'));
  expect(tag.y + tag.height).toBeLessThanOrEqual(before.y);

  // Ben's exported picture is the design only: no pointer, outline or name of anyone.
  const { bytes } = await new DocumentPage(ben).download('Export SVG');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('vpc-1');
  expect(svg).not.toContain('Ana');
  expect(svg).not.toContain('presence');

  // Ben selects the same VPC: his own selection ring is drawn as ever, hers stays round it.
  await benCanvas.click('VPC vpc-1');
  await expect(ring).toHaveCount(1);
  expect(await boxOf(vpc)).toEqual(before);

  // Ana clicks empty canvas: her outline goes from Ben's.
  await anaCanvas.clickEmpty();
  await expect(mark).toHaveCount(0);
});
