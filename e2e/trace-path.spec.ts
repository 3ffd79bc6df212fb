import { expect, test, type Locator, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';
import { decodePng } from './pages/png.ts';

/**
 * A trace from the Reachability tab drawn on the canvas (ui.md, Reachability): the way there
 * and back, the ✕ and code where it is blocked, the hop picked in the lists, until "Clear trace"
 * or the next trace. Checked on the pixels as well as the names.
 */

type Rgb = readonly [number, number, number];
/** The drawn trace's colours (TRACE_STYLE in app/canvas/overlay/TracePath.tsx). */
const FORWARD: Rgb = [0x05, 0x50, 0xae];
const RETURN: Rgb = [0x66, 0x39, 0xba];

const tracePath = (page: Page) =>
  page.getByRole('region', { name: 'Canvas' }).getByRole('group', { name: /^Trace path/ });
const resource = (page: Page, id: string) => page.locator(`[data-resource-id="${id}"]`).first();

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * For points along the segment between two screen points (its middle 60%), whether a pixel of
 * `colour` lies within `radius` pixels, in a screenshot of the page.
 */
async function colourAlong(
  page: Page,
  a: { x: number; y: number },
  b: { x: number; y: number },
  colour: Rgb,
  radius: number,
): Promise<boolean[]> {
  const image = decodePng(await page.screenshot());
  const near = (x: number, y: number) => {
    for (let dy = -radius; dy <= radius; dy++)
      for (let dx = -radius; dx <= radius; dx++) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
        const i = (py * image.width + px) * 4;
        const d = image.data;
        if (Math.hypot(d[i]! - colour[0], d[i + 1]! - colour[1], d[i + 2]! - colour[2]) < 60) return true;
      }
    return false;
  };
  const out: boolean[] = [];
  for (let k = 0; k <= 20; k++) {
    const t = 0.2 + (0.6 * k) / 20;
    out.push(near(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t));
  }
  return out;
}

/** Whether `outer`'s box encloses `inner`'s on screen. */
async function encloses(outer: Locator, inner: Locator): Promise<boolean> {
  const a = await outer.boundingBox();
  const b = await inner.boundingBox();
  if (!a || !b) return false;
  return a.x < b.x && a.y < b.y && a.x + a.width > b.x + b.width && a.y + a.height > b.y + b.height;
}

const share = (hits: readonly boolean[]) => hits.filter(Boolean).length / hits.length;

test('a blocked trace draws the way there up to the blocker, with the ✕ and its code as visible text, and no way back', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await expect(tracePath(page)).toHaveCount(0);
  const status = await analysis.trace('internet', 'web-1', 'TCP', 22);
  await expect(status).toContainText('blocked');

  const drawn = tracePath(page);
  await expect(drawn).toHaveAccessibleName('Trace path: internet → web-1 tcp/22, blocked');
  await expect(
    drawn.getByRole('img', { name: /^Forward path: internet → igw → public-a → web-1, blocked at web-1/ }),
  ).toHaveCount(1);
  await expect(drawn.getByRole('img', { name: /^Return path/ })).toHaveCount(0);
  await expect(drawn).toContainText('Trace: internet → web-1 tcp/22, blocked');

  // The ✕ sits on web-1, the code beside it is text on screen, not only a tooltip.
  const cross = drawn.getByRole('img', { name: 'Trace blocked at web-1: ENI_SG_RULES_MISMATCH' });
  await expect(cross).toBeVisible();
  await expect(cross.getByText('ENI_SG_RULES_MISMATCH', { exact: true })).toBeVisible();
  await expect(cross.getByText('✕', { exact: true })).toBeVisible();
  const web = await resource(page, 'web-1').boundingBox();
  const crossBox = await cross.getByText('✕', { exact: true }).boundingBox();
  const crossCentre = { x: crossBox!.x + crossBox!.width / 2, y: crossBox!.y + crossBox!.height / 2 };
  expect(crossCentre.x).toBeGreaterThan(web!.x);
  expect(crossCentre.x).toBeLessThan(web!.x + web!.width);
  expect(crossCentre.y).toBeGreaterThan(web!.y);
  expect(crossCentre.y).toBeLessThan(web!.y + web!.height);

  // On screen: the way there runs from the internet to its gateway in the trace's colour.
  const internet = await centreOf(resource(page, 'internet'));
  const igw = await centreOf(resource(page, 'igw'));
  expect(share(await colourAlong(page, internet, igw, FORWARD, 2))).toBeGreaterThan(0.9);
  expect(share(await colourAlong(page, internet, igw, RETURN, 14))).toBe(0);
});

test('an allowed trace draws the way there solid and the way back dashed beside it, in another colour', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await analysis.trace('internet', 'web-1', 'TCP', 443);
  const drawn = tracePath(page);
  await expect(drawn).toHaveAccessibleName('Trace path: internet → web-1 tcp/443, allowed');
  const forward = drawn.getByRole('img', { name: 'Forward path: internet → igw → public-a → web-1' });
  const back = drawn.getByRole('img', { name: 'Return path: web-1 → public-a → igw → internet' });
  await expect(forward).toHaveCount(1);
  await expect(back).toHaveCount(1);
  await expect(drawn.getByRole('img', { name: /^Trace blocked/ })).toHaveCount(0);

  const dash = (line: Locator) => line.locator('.trace-stroke').getAttribute('stroke-dasharray');
  expect(await dash(forward)).toBeNull();
  expect(await dash(back)).toMatch(/^\d+ \d+$/);

  // Both are on screen between the internet and its gateway: the way there on the segment, the way back beside it.
  const internet = await centreOf(resource(page, 'internet'));
  const igw = await centreOf(resource(page, 'igw'));
  expect(share(await colourAlong(page, internet, igw, FORWARD, 2))).toBeGreaterThan(0.9);
  expect(share(await colourAlong(page, internet, igw, RETURN, 14))).toBeGreaterThan(0.4);
});

test('"Clear trace" removes the drawing, the next trace replaces it, and an edit that changes the verdict drops it', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  const panel = analysis.panel('Reachability');
  const internet = await centreOf(resource(page, 'internet'));
  const igw = await centreOf(resource(page, 'igw'));

  await analysis.trace('internet', 'web-1', 'TCP', 22);
  await expect(tracePath(page)).toHaveAccessibleName(/, blocked$/);
  await panel.getByRole('button', { name: 'Clear trace', exact: true }).click();
  await expect(tracePath(page)).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveCount(0);
  expect(share(await colourAlong(page, internet, igw, FORWARD, 2))).toBe(0);

  await analysis.trace('internet', 'web-1', 'TCP', 22);
  await analysis.trace('internet', 'web-1', 'TCP', 443);
  await expect(tracePath(page)).toHaveCount(1);
  await expect(tracePath(page)).toHaveAccessibleName('Trace path: internet → web-1 tcp/443, allowed');
  await expect(page.getByRole('img', { name: /^Trace blocked/ })).toHaveCount(0);

  // The public subnet loses its internet route: the trace no longer says what the design does.
  await inspector.find('rt-public');
  await inspector.region.getByRole('button', { name: 'Remove route 0.0.0.0/0' }).click();
  await expect(tracePath(page)).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveCount(0);
});

test('a hop clicked in the lists is ringed on the drawn trace, where it acted', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await analysis.trace('internet', 'web-1', 'TCP', 443);
  const forward = analysis.panel('Reachability').getByRole('list', { name: 'Forward path' });
  // The NACL is not drawn: its hop is ringed on the subnet it guards.
  await forward.getByRole('button', { name: /^2\. vpc-main\/default-acl / }).click();
  const ring = tracePath(page).getByRole('img', { name: 'Trace hop 2: public-a' });
  await expect(ring).toBeVisible();
  await expect(ring).toContainText('Hop 2');
  // The click also centres the subnet (an animation): the ring follows it and stays around it.
  await expect.poll(() => encloses(ring, resource(page, 'public-a'))).toBe(true);

  const back = analysis.panel('Reachability').getByRole('list', { name: 'Return path' });
  await back.getByRole('button', { name: /^3\. igw / }).click();
  await expect(tracePath(page).getByRole('img', { name: /^Trace hop/ })).toHaveCount(1);
  await expect(tracePath(page).getByRole('img', { name: 'Trace hop 3: igw' })).toBeVisible();
});

test('in Japanese the drawn trace is labelled in Japanese, keeps its code, and clears with 「トレースを消去」', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await page.getByRole('tab', { name: /^到達性/ }).click();
  const panel = page.getByRole('tabpanel', { name: /^到達性/ });
  await panel.getByRole('combobox', { name: '送信元', exact: true }).selectOption('internet');
  await panel.getByRole('combobox', { name: '送信先', exact: true }).selectOption('app-1');
  await panel.getByRole('spinbutton', { name: 'ポート', exact: true }).fill('443');
  await panel.getByRole('button', { name: 'トレース', exact: true }).click();

  const drawn = page.getByRole('group', { name: /^トレースの経路/ });
  await expect(drawn).toHaveAccessibleName('トレースの経路: internet → app-1 tcp/443、遮断');
  await expect(drawn.getByText('トレース: internet → app-1 tcp/443、遮断', { exact: true })).toBeVisible();
  await expect(drawn.getByText('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '凡例', exact: true }).click();
  await expect(page.getByText('トレースの行き: 矢印付きの太線', { exact: true })).toBeVisible();

  await panel.getByRole('button', { name: 'トレースを消去', exact: true }).click();
  await expect(drawn).toHaveCount(0);
});

test('a trace blocked at a peering connection (drawn as an edge) ends at its line, with the ✕ and code there', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('06-peering-not-transitive', 'Instance app-a1');
  await analysis.trace('app-a1', 'app-c1', 'TCP', 443);
  const drawn = tracePath(page);
  await expect(drawn).toHaveAccessibleName('Trace path: app-a1 → app-c1 tcp/443, blocked');
  const cross = drawn.getByRole('img', { name: 'Trace blocked at pcx-ab: PCX_REQUIRES_ADDRESS_IN_VPC_CIDR' });
  await expect(cross.getByText('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', { exact: true })).toBeVisible();
  const at = await centreOf(cross.getByText('✕', { exact: true }));
  const peering = await centreOf(resource(page, 'pcx-ab'));
  expect(Math.hypot(at.x - peering.x, at.y - peering.y)).toBeLessThan(12);
  // The way there is drawn from the instance to the peering connection.
  const app = await centreOf(resource(page, 'app-a1'));
  expect(share(await colourAlong(page, app, peering, FORWARD, 2))).toBeGreaterThan(0.9);
});

test('Export SVG with the overlay holds the trace shown: its way there, its chip, the ✕ and its code', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await analysis.trace('internet', 'web-1', 'TCP', 22);
  await expect(tracePath(page)).toHaveCount(1);
  const { bytes } = await new DocumentPage(page).download('Export SVG');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('data-trace="forward"');
  expect(svg).toContain('data-trace-blocked-at="web-1"');
  expect(svg).toContain('>ENI_SG_RULES_MISMATCH</text>');
  expect(svg).toContain('>Trace: internet → web-1 tcp/22, blocked</text>');
});
