import { Resvg } from '@resvg/resvg-js';
import { expect, test, type Page } from '@playwright/test';
import { blackShare, inkAlong, segmentOf, translationOf, type Pixels } from '../app/canvas/export/picture-pixels.ts';
import { allElements, parseXml, type XmlElement } from '../app/canvas/export/xml-tree.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';
import { decodePng } from './pages/png.ts';

/** An example with every kind of thing to see: routes, a gateway to the internet, allowed and blocked intents. */
const EXAMPLE = '00-worked-example';

async function openAnalysed(page: Page): Promise<{ doc: DocumentPage; canvas: CanvasPage }> {
  const doc = new DocumentPage(page);
  const canvas = new CanvasPage(page);
  await canvas.openExample(EXAMPLE, 'Instance web-1');
  // The overlay of this revision is drawn: the export may include it.
  await expect(page.getByRole('group', { name: 'Reachability overlay' })).toHaveAttribute('aria-busy', 'false');
  return { doc, canvas };
}

const withAttribute = (root: XmlElement, name: string) => allElements(root).filter((e) => name in e.attributes);
const shiftOf = (root: XmlElement) =>
  translationOf(root.children.find((c) => c.name === 'g' && c.attributes.transform)?.attributes.transform);

test.describe('Export: pictures that are pictures, and a top bar that fits', () => {
  test('Export SVG writes vector SVG: a group and text per resource, one stroked path per edge, no HTML or script', async ({
    page,
  }) => {
    const { doc } = await openAnalysed(page);
    const { fileName, bytes } = await doc.download('Export SVG');
    expect(fileName).toBe('Web-and-database.svg');
    const svg = bytes.toString('utf8');
    const root = parseXml(svg);
    const elements = allElements(root);
    expect(elements.filter((e) => e.name === 'foreignObject' || e.name === 'script')).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.attributes)).filter((name) => /^on/i.test(name))).toEqual([]);

    // What the canvas draws, the picture holds: every resource, every edge.
    const drawn = await page
      .locator('.canvas [data-resource-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-resource-id')!));
    const resources = withAttribute(root, 'data-resource-id');
    expect(resources.map((g) => g.attributes['data-resource-id']).sort()).toEqual([...new Set(drawn)].sort());
    for (const group of resources) expect(group.children.filter((c) => c.name === 'text').length).toBeGreaterThan(0);
    const edgeCount = await page.locator('.canvas .react-flow__edge').count();
    const edges = withAttribute(root, 'data-edge-id');
    expect(edges).toHaveLength(edgeCount);
    for (const edge of edges) {
      const paths = edge.children.filter((c) => c.name === 'path');
      expect(paths).toHaveLength(1);
      expect(paths[0]!.attributes.fill).toBe('none');
    }
    // The overlay is in by default: the blocked intent and its code.
    expect(withAttribute(root, 'data-intent-id').map((g) => g.attributes['data-verdict'])).toContain('blocked');
    expect(withAttribute(root, 'data-blocked-at')[0]!.text).toMatch(/[A-Z_]{6,}/);

    // Opened by the browser on its own, it is an SVG document (no XML error).
    const viewer = await page.context().newPage();
    await viewer.route('**/exported.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: bytes }));
    await viewer.goto('/exported.svg');
    expect(await viewer.locator(':root').evaluate((element) => element.localName)).toBe('svg');
    await expect(viewer.locator('parsererror')).toHaveCount(0);
    await viewer.close();
  });

  test('Export PNG is that SVG at twice the size: white, no black mass, ink along every edge, as resvg draws it', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const { doc } = await openAnalysed(page);
    const svg = (await doc.download('Export SVG')).bytes.toString('utf8');
    const { fileName, bytes } = await doc.download('Export PNG');
    expect(fileName).toBe('Web-and-database.png');
    const png = decodePng(bytes);
    const root = parseXml(svg);
    expect(png.width).toBe(2 * Number(root.attributes.width));
    expect(png.height).toBe(2 * Number(root.attributes.height));
    expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(blackShare(png)).toBeLessThan(0.001);

    const shift = shiftOf(root);
    for (const group of withAttribute(root, 'data-edge-id')) {
      const { from, to } = segmentOf(group.children.find((c) => c.name === 'path')!.attributes.d!, shift);
      if (Math.hypot(to.x - from.x, to.y - from.y) < 12) continue;
      expect(inkAlong(png, from, to, 2), group.attributes['data-edge-id']).toBeGreaterThanOrEqual(0.6);
    }

    // A renderer that knows nothing of browsers draws the same picture: compared in 16 px tiles
    // (fonts differ in detail, not in where the ink is).
    const rendered = new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: 2 } }).render();
    const other: Pixels = { width: rendered.width, height: rendered.height, data: rendered.pixels };
    expect([other.width, other.height]).toEqual([png.width, png.height]);
    expect(tileDifference(png, other, 16)).toBeLessThan(6);
  });

  // Examples whose bent intent paths came out of the old export as black filled polygons.
  for (const example of ['02-nat-gateway', '09-transit-gateway-hub']) {
    test(`Export PNG of ${example}: no black mass, ink along every edge`, async ({ page }) => {
      const doc = new DocumentPage(page);
      await doc.goto(`/?example=${example}`);
      await expect(page.getByRole('group', { name: 'Reachability overlay' })).toHaveAttribute('aria-busy', 'false');
      const root = parseXml((await doc.download('Export SVG')).bytes.toString('utf8'));
      const png = decodePng((await doc.download('Export PNG')).bytes);
      expect(blackShare(png)).toBeLessThan(0.001);
      const shift = shiftOf(root);
      for (const group of withAttribute(root, 'data-edge-id')) {
        const { from, to } = segmentOf(group.children.find((c) => c.name === 'path')!.attributes.d!, shift);
        if (Math.hypot(to.x - from.x, to.y - from.y) < 12) continue;
        expect(inkAlong(png, from, to, 2), group.attributes['data-edge-id']).toBeGreaterThanOrEqual(0.6);
      }
    });
  }

  test('the options: the selection only, and without the reachability overlay', async ({ page }) => {
    const { doc, canvas } = await openAnalysed(page);
    await canvas.click('Subnet private-a');
    const selectionOnly = await doc.exportItem('Selection only');
    await expect(selectionOnly).toHaveAttribute('aria-checked', 'false');
    await selectionOnly.click();
    await expect(selectionOnly).toHaveAttribute('aria-checked', 'true');
    const overlay = await doc.exportItem('Include reachability overlay');
    await expect(overlay).toHaveAttribute('aria-checked', 'true');
    await overlay.click();
    await expect(overlay).toHaveAttribute('aria-checked', 'false');

    const root = parseXml((await doc.download('Export SVG')).bytes.toString('utf8'));
    expect(
      withAttribute(root, 'data-resource-id')
        .map((g) => g.attributes['data-resource-id'])
        .sort(),
    ).toEqual(['db', 'private-a']);
    expect(withAttribute(root, 'data-intent-id')).toEqual([]);
  });

  test('the Export menu works from the keyboard: arrows move, Escape closes and gives the focus back', async ({
    page,
  }) => {
    const doc = new DocumentPage(page);
    await doc.goto(`/?example=${EXAMPLE}`);
    const button = doc.button('Export');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Export', exact: true });
    await expect(menu.getByRole('menuitem', { name: 'Export JSON', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Export PNG', exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Selection only', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('in Japanese the menu and the picture speak Japanese', async ({ page }) => {
    const { doc } = await openAnalysed(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    const { fileName, bytes } = await doc.download('SVG を書き出し', '書き出し');
    expect(fileName).toBe('Web-and-database.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('パブリック');
    expect(svg).toContain('凡例');
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK JP[^"]*, sans-serif"/);
    const png = decodePng((await doc.download('PNG を書き出し', '書き出し')).bytes);
    expect(blackShare(png)).toBeLessThan(0.001);
  });

  for (const language of ['English', '日本語'] as const) {
    test(`at 1024×700 in ${language} every top-bar control is inside the window`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      const doc = new DocumentPage(page);
      await doc.goto(`/?example=${EXAMPLE}`);
      // The example and the language both re-render the bar: measure it once both are in place.
      await expect(doc.name).not.toHaveValue('Untitled design');
      await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: language });
      await expect(doc.button(language === 'English' ? 'Export' : '書き出し')).toBeVisible();
      const controls = doc.toolbar.locator('button, select, input:not([type="file"])');
      expect(await controls.count()).toBeGreaterThanOrEqual(12);
      for (const control of await controls.all()) {
        await expect(control).toBeVisible();
        const box = (await control.boundingBox())!;
        const name = (await control.getAttribute('aria-label')) ?? (await control.textContent());
        expect(box.x, name!).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name!).toBeLessThanOrEqual(1024);
        expect(box.y + box.height, name!).toBeLessThanOrEqual(700);
      }
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeInViewport({ ratio: 1 });
      // Nothing is scrolled out of sight inside the bar either.
      expect(await doc.toolbar.evaluate((bar) => bar.scrollWidth <= bar.clientWidth)).toBe(true);
      const exportButton = doc.button(language === 'English' ? 'Export' : '書き出し');
      await exportButton.click();
      await expect(page.getByRole('menu')).toBeInViewport({ ratio: 1 });
    });
  }
});

/** The mean difference of 16-pixel tiles' average grey between two same-sized images (0 to 255). */
function tileDifference(a: Pixels, b: Pixels, tile: number): number {
  let total = 0;
  let tiles = 0;
  for (let ty = 0; ty + tile <= a.height; ty += tile) {
    for (let tx = 0; tx + tile <= a.width; tx += tile) {
      let sa = 0;
      let sb = 0;
      for (let y = ty; y < ty + tile; y++) {
        for (let x = tx; x < tx + tile; x++) {
          const i = (y * a.width + x) * 4;
          sa += a.data[i]! + a.data[i + 1]! + a.data[i + 2]!;
          sb += b.data[i]! + b.data[i + 1]! + b.data[i + 2]!;
        }
      }
      total += Math.abs(sa - sb) / (3 * tile * tile);
      tiles++;
    }
  }
  return total / tiles;
}
