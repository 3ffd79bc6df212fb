import { expect, test, type Locator, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';

/** The live reachability overlay on the canvas: intent paths, blocked markers, reach, exposure, hop focus. */

const overlayImage = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name: 'Canvas' }).getByRole('img', { name });

/** Whether the centre of `inner` lies within `outer` on screen. */
async function centreInside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const x = a.x + a.width / 2;
  const y = a.y + a.height / 2;
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

test('a failing intent is drawn blocked with a marker on the blocking component; fixing it turns it allowed', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  const legend = page.getByRole('figure', { name: 'Reachability legend' });
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('listitem').filter({ hasText: 'Blocked intent' })).toBeVisible();
  await expect(legend.getByRole('listitem').filter({ hasText: 'Allowed intent' })).toBeVisible();
  const intent = overlayImage(page, /^Intent i1: internet → web-1 tcp\/443, /);
  await expect(intent).toHaveAccessibleName(/, allowed$/);

  // Break it: the public subnet loses its route to the internet gateway.
  await inspector.find('rt-public');
  await inspector.region.getByRole('button', { name: 'Remove route 0.0.0.0/0' }).click();
  await expect(intent).toHaveAccessibleName(/, blocked at public-a$/);
  const marker = overlayImage(page, /^Blocked at public-a: .*internet → web-1 tcp\/443 \([A-Z_]+\)/);
  await expect(marker).toBeVisible();
  expect(await centreInside(marker, canvas.node('Subnet public-a'))).toBe(true);

  // Fix the cause: the route back, through the inspector's "Add route" (0.0.0.0/0 to the only gateway, igw).
  await inspector.button('Add route').click();
  await expect(intent).toHaveAccessibleName(/, allowed$/);
  await expect(marker).toHaveCount(0);
});

test('a blocked intent marks the component that blocks it, with the code', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-2');
  const marker = overlayImage(
    page,
    /^Blocked at igw: .*web-2 → internet tcp\/443 \(IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS\)/,
  );
  await expect(marker).toBeVisible();
  expect(await centreInside(marker, canvas.node('Internet gateway igw'))).toBe(true);
  await expect(overlayImage(page, 'Intent i2: web-2 → internet tcp/443, blocked at igw')).toBeAttached();

  // Giving web-2 a public address lets it out: the line turns allowed and the marker forgets it.
  const inspector = new InspectorPage(page);
  await canvas.click('Instance web-2');
  await inspector.region.getByRole('checkbox', { name: 'Public IP', exact: true }).check();
  await expect(overlayImage(page, 'Intent i2: web-2 → internet tcp/443, allowed')).toBeAttached();
  await expect(overlayImage(page, /^Blocked at igw: .*web-2/)).toHaveCount(0);
});

test('selecting a resource marks what it can reach and what can reach it, for any port or a chosen one', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('04-database-private-subnets', 'Instance app-1');
  await canvas.click('Instance app-1');
  await expect(overlayImage(page, /^orders-db: reachable from app-1 /)).toBeVisible();
  // web-1 has no way to the database: no mark on the database when web-1 is selected.
  await canvas.click('Instance web-1');
  await expect(overlayImage(page, /^orders-db: /)).toHaveCount(0);
  await expect(overlayImage(page, /: (reachable from|can reach) .*web-1/).first()).toBeVisible();

  // A chosen port narrows the marks: nothing reaches the database from app-1 on port 22.
  await canvas.click('Instance app-1');
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  const port = page.getByRole('spinbutton', { name: 'Reach port' });
  await port.fill('5432');
  await expect(overlayImage(page, 'orders-db: reachable from app-1 on port 5432')).toBeVisible();
  await port.fill('22');
  await expect(overlayImage(page, /^orders-db: /)).toHaveCount(0);

  // Zoomed out past reading, the peers' outlines are one image that counts them.
  await port.fill('');
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  const summary = overlayImage(page, /^Reach of app-1 on some port: [1-9]\d* reachable from it, \d+ can reach it/);
  for (let i = 0; i < 8 && (await summary.count()) === 0; i++) await zoomOut.click();
  await expect(summary).toBeVisible();
  await expect(overlayImage(page, /^orders-db: /)).toHaveCount(0);
  // Closer again, each peer has its own named outline.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  const ring = overlayImage(page, /^orders-db: reachable from app-1 on some port/);
  for (let i = 0; i < 8 && (await ring.count()) === 0; i++) await zoomIn.click();
  await expect(ring).toBeVisible();
  await expect(summary).toHaveCount(0);
});

test('"Show internet-exposed resources" marks web-1 but not app-1', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  await page.getByRole('button', { name: 'Legend', exact: true }).click();
  const toggle = page.getByRole('checkbox', { name: 'Show internet-exposed resources' });
  await expect(overlayImage(page, /^web-1: open to the internet/)).toHaveCount(0);
  await toggle.check();
  const web = overlayImage(page, /^web-1: open to the internet \(tcp 443\)/);
  await expect(web).toBeVisible();
  expect(await centreInside(web, canvas.region)).toBe(true);
  await expect(overlayImage(page, /^app-1: open to the internet/)).toHaveCount(0);
  await toggle.uncheck();
  await expect(web).toHaveCount(0);
});

test('a hop button centres its component on the canvas', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-2');
  // Zoom in far from igw, so that it leaves the screen.
  const igw = canvas.node('Internet gateway igw');
  const area = await canvas.region.boundingBox();
  if (!area) throw new Error('no canvas');
  await page.mouse.move(area.x + area.width * 0.85, area.y + area.height * 0.85);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
  await expect.poll(() => centreInside(igw, canvas.region)).toBe(false);
  await analysis.trace('web-2', 'internet', 'TCP', 443);
  const forward = analysis.panel('Reachability').getByRole('list', { name: 'Forward path' });
  await forward.getByRole('button', { name: /^\d+\. igw / }).click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'ID', exact: true }),
  ).toHaveValue('igw');
  await expect.poll(() => centreInside(igw, canvas.region)).toBe(true);
});

test('a hop decided by a NACL rule selects the NACL and highlights the rule', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  const inspector = new InspectorPage(page);
  await canvas.openExample('05-nacl-return-traffic', 'Instance client-2');
  await analysis.trace('client-2', 'server-1', 'TCP', 443);
  const forward = analysis.panel('Reachability').getByRole('list', { name: 'Forward path' });
  await forward.getByRole('button', { name: /^\d+\. nacl-good-b drop/ }).click();
  await expect(inspector.textbox('ID')).toHaveValue('nacl-good-b');
  const current = inspector.table('Inbound rules').locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current.getByRole('button', { name: 'Remove rule 90' })).toBeVisible();
  // The subnet the NACL guards is centred on the canvas.
  await expect.poll(() => centreInside(canvas.node('Subnet good-b'), canvas.region)).toBe(true);

  // A hop decided by a security group rule opens the group with that rule highlighted.
  await forward.getByRole('button', { name: /^\d+\. server-1 / }).click();
  await expect(inspector.textbox('ID')).toHaveValue('sg-good-server');
  await expect(inspector.table('Inbound rules').locator('[aria-current="true"]')).toHaveCount(1);
});
