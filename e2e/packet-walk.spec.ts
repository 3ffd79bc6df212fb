import { expect, test, type Locator, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';

/**
 * The packet walk (ui.md, Reachability): after a trace, Play, Previous hop, Next hop and Stop, by
 * keyboard (Space, ←, →, Esc); the region "Packet" says where the packet is, what the hop did,
 * the rule that decided it (highlighted in its table in the inspector), the header (the
 * internet gateway's translation visible) and a flow log line; a blocked packet ends red at its
 * blocker with REJECT and the fix; a marker travels on the canvas.
 */

const packet = (page: Page, name = 'Packet') => page.getByRole('region', { name, exact: true });
/** A row of the header table, by its field's name. */
const field = (region: Locator, name: string) =>
  region
    .getByRole('table', { name: 'Header as the packet leaves this hop' })
    .getByRole('row')
    .filter({ has: region.page().getByRole('rowheader', { name, exact: true }) });
const marker = (page: Page) => page.getByRole('region', { name: 'Canvas' }).getByRole('img', { name: /^Packet / });

/** Whether the centre of `inner` lies within `outer`'s box on screen. */
async function centreWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const x = a.x + a.width / 2;
  const y = a.y + a.height / 2;
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

async function traced(page: Page, port: number) {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  const status = await analysis.trace('internet', 'web-1', 'TCP', port);
  await expect(status).toContainText(port === 443 ? 'allowed' : 'blocked');
  return analysis.panel('Reachability');
}

test('walks an allowed flow by keyboard: Space plays and pauses, → and ← step, Esc stops', async ({ page }) => {
  const panel = await traced(page, 443);
  const inspector = new InspectorPage(page);
  const region = packet(page);
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toContainText('Press Play');
  await expect(marker(page)).toHaveCount(0);

  // Space on Play: the packet sets out at once, and Play becomes Pause while it plays.
  const play = panel.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toHaveAttribute('aria-keyshortcuts', 'Space');
  await play.focus();
  await page.keyboard.press('Space');
  await expect(panel.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
  await expect(region).toContainText(/Step [1-7] of 7/);
  await expect(marker(page)).toBeVisible();
  // It moves on by itself.
  await expect(region).toContainText(/Step [2-7] of 7/, { timeout: 5000 });
  await page.keyboard.press('Space');
  await expect(panel.getByRole('button', { name: 'Play', exact: true })).toBeFocused();

  // Esc: back to the start, no marker.
  await page.keyboard.press('Escape');
  await expect(region).toContainText('Press Play');
  await expect(marker(page)).toHaveCount(0);

  // → : the internet gateway, translating the public destination to the private one.
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 1 of 7');
  await expect(region).toContainText('igw');
  await expect(field(region, 'Destination')).toContainText('10.0.1.10');
  await expect(field(region, 'Destination')).toContainText('changed, was 3.80.0.10');
  await expect(field(region, 'Source port')).not.toContainText('changed');
  await expect(region).toContainText('203.0.113.10 10.0.1.10 32768 443 6 ACCEPT');
  await expect(marker(page)).toHaveAccessibleName('Packet at igw, step 1 of 7');

  // → → : the security group's inbound rule 1, highlighted in the inspector.
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 2 of 7');
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 3 of 7');
  await expect(region).toContainText('Security group sg-web, inbound rule 1: allow');
  // The marker is on web-1, and the hop lists mark the same hop.
  await expect.poll(() => centreWithin(marker(page), page.locator('[data-resource-id="web-1"]').first())).toBe(true);
  await expect(panel.getByRole('list', { name: 'Forward path' }).getByRole('button').nth(2)).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(inspector.textbox('ID')).toHaveValue('sg-web');
  await expect(inspector.table('Inbound rules').locator('[aria-current="true"]')).toHaveCount(1);
  // The walk keeps the keyboard: focus stayed on its controls.
  await expect(panel.getByRole('button', { name: 'Play', exact: true })).toBeFocused();

  // ← : back to the network ACL's rule 100.
  await page.keyboard.press('ArrowLeft');
  await expect(region).toContainText('Step 2 of 7');
  await expect(region).toContainText('inbound rule 100: allow');
  const naclRow = inspector.table('Inbound rules').locator('[aria-current="true"]');
  await expect(naclRow).toHaveCount(1);
  await expect(naclRow).toContainText('100');
  await expect(naclRow).toBeInViewport();

  // To the end: the reply leaves through the gateway, its source translated back.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 7 of 7');
  await expect(region).toContainText('reply, return path hop 3');
  await expect(field(region, 'Source')).toContainText('changed, was 10.0.1.10');
  await expect(region).toContainText('3.80.0.10 203.0.113.10 443 32768 6 ACCEPT');
  await expect(panel.getByRole('button', { name: 'Next hop', exact: true })).toBeDisabled();

  await panel.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(region).toContainText('Press Play');
  await expect(marker(page)).toHaveCount(0);

  // On the canvas: a click on its empty pane, then → and Esc.
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const area = (await canvas.boundingBox())!;
  await page.mouse.click(area.x + area.width / 2, area.y + area.height - 30);
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 1 of 7');
  await page.keyboard.press('Escape');
  await expect(region).toContainText('Press Play');

  // A hop button in the lists puts the packet there.
  await panel.getByRole('list', { name: 'Return path' }).getByRole('button').nth(1).click();
  await expect(region).toContainText('Step 6 of 7');
  await expect(region).toContainText('reply, return path hop 2');
  await expect(marker(page)).toBeVisible();
});

test('a blocked packet stops red at its blocker, with REJECT, the explanation and the fix', async ({ page }) => {
  const panel = await traced(page, 22);
  const region = packet(page);
  await panel.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(region).toContainText('Step 3 of 3', { timeout: 8000 });
  await expect(panel.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(region).toContainText('Blocked here');
  await expect(region).toContainText('ENI_SG_RULES_MISMATCH');
  await expect(region).toContainText('Fix: Add an inbound rule to sg-web');
  await expect(region).toContainText(/ 22 6 REJECT/);
  await expect(marker(page)).toHaveAccessibleName('Packet blocked at web-1, step 3 of 3');
  await expect(panel.getByRole('button', { name: 'Next hop', exact: true })).toBeDisabled();
  // → goes no further than the blocker.
  await panel.getByRole('button', { name: 'Previous hop', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(region).toContainText('Step 3 of 3');
});

test('the walk speaks Japanese', async ({ page }) => {
  await traced(page, 443);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  const region = packet(page, 'パケット');
  await expect(region).toBeVisible();
  await page.getByRole('button', { name: '次のホップ', exact: true }).click();
  await expect(region).toContainText('ステップ 1 / 7');
  await expect(region).toContainText('変換前: 3.80.0.10');
  await expect(region).toContainText('リクエスト (往路のホップ 1)');
  await expect(page.getByRole('button', { name: '再生', exact: true })).toBeVisible();
});

/**
 * Presses Next hop in the page and records where the marker is drawn on every frame for a
 * second: the distinct positions it passes through.
 */
async function framesOfNextHop(page: Page): Promise<number> {
  const next = page.getByRole('button', { name: 'Next hop', exact: true });
  return next.evaluate(async (button) => {
    // The e2e code is compiled without the DOM library: the page's globals come through the element.
    const document = button.ownerDocument;
    const view = document.defaultView!;
    const seen = new Set<string>();
    (button as unknown as { click(): void }).click();
    const start = view.performance.now();
    while (view.performance.now() - start < 1000) {
      await new Promise((resolve) => view.requestAnimationFrame(resolve));
      const box = document.querySelector('[role="img"][aria-label^="Packet "]')?.getBoundingClientRect();
      if (box) seen.add(`${Math.round(box.x)},${Math.round(box.y)}`);
    }
    return seen.size;
  });
}

test('the packet travels along the line to its hop, and with reduced motion steps there at once', async ({ page }) => {
  await traced(page, 443);
  expect(await framesOfNextHop(page)).toBeGreaterThan(3);
  await expect(marker(page)).toHaveAccessibleName('Packet at igw, step 1 of 7');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  expect(await framesOfNextHop(page)).toBe(1);
  expect(await centreWithin(marker(page), page.locator('[data-resource-id="igw"]').first())).toBe(true);
});

test('a multi-homed instance’s hops name the network interface the packet uses; others name none', async ({ page }) => {
  const inspector = new InspectorPage(page);
  const analysis = new AnalysisPage(page);
  await inspector.openExample('01-public-private-subnets', 'web-1');
  await inspector.find('web-1');
  // web-1 (public-a) gets a second interface, eni-1, in private-a where app-1 is.
  await inspector.button('Add network interface').click();
  await expect(inspector.combobox('Subnet of eni-1')).toHaveValue('private-a');

  await expect(await analysis.trace('web-1', 'app-1', 'TCP', 443)).toContainText('allowed');
  const panel = analysis.panel('Reachability');
  const forward = panel.getByRole('list', { name: 'Forward path' });
  await expect(forward.getByRole('listitem').first()).toContainText(
    /web-1 sends it from its interface eni-1 \(10\.0\.2\.\d+\) in subnet private-a, because the destination is in that subnet/,
  );
  // app-1 has one interface: its hops name none.
  await expect(forward.getByRole('listitem').filter({ hasText: 'app-1' }).first()).not.toContainText('interface');

  // The packet walk shows it under "Network interface".
  await panel.getByRole('button', { name: 'Next hop', exact: true }).click();
  const region = packet(page);
  await expect(region).toContainText('Step 1 of');
  await expect(region.getByRole('term').filter({ hasText: 'Network interface' })).toBeVisible();
  await expect(region).toContainText(/from its interface eni-1 \(10\.0\.2\.\d+\) in subnet private-a/);

  // Named by its id from outside, web-1 is reached on its primary, eni-0.
  await expect(await analysis.trace('internet', 'web-1', 'TCP', 443)).toContainText('allowed');
  await expect(forward).toContainText('arrives at web-1’s interface eni-0 (10.0.1.10) in subnet public-a');
});
