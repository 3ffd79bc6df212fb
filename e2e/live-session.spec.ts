import { expect as plainExpect, test as plainTest, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';
import { expect, openAt, personContext, test, type LiveServer } from './pages/live-server.ts';

/**
 * Live sessions (ui.md "Live sessions"), on VPC Lab's own server: starting one, its links,
 * a second editor and a viewer following each edit, the name dialog, leaving. The last test
 * runs on the static preview, where there is no server to start one with.
 */

const EXAMPLE = '/?example=01-public-private-subnets';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Main' });
const people = (page: Page) => toolbar(page).getByRole('list', { name: 'People here' });
const connection = (page: Page) => toolbar(page).getByRole('status', { name: 'Connection' });
const sessionPanel = (page: Page) => page.getByRole('dialog', { name: 'Live session' });

/** Opens the example in a page of `name`'s own browser and waits until it is drawn. */
async function openExample(server: LiveServer, name: string, browser: Parameters<typeof personContext>[0]) {
  const page = await openAt(await personContext(browser, name), server, EXAMPLE);
  await expect(new CanvasPage(page).node('Subnet private-a')).toBeVisible();
  return page;
}

/** Clicks "Start live session" and returns the two links the session popover shows. */
async function startSession(page: Page): Promise<{ live: string; view: string }> {
  await toolbar(page).getByRole('button', { name: 'Start live session' }).click();
  await expect(connection(page)).toHaveText('connected');
  await openPanel(page);
  const live = await sessionPanel(page).getByRole('textbox', { name: 'Live link' }).inputValue();
  const view = await sessionPanel(page).getByRole('textbox', { name: 'View-only link' }).inputValue();
  await sessionPanel(page).getByRole('button', { name: 'Close', exact: true }).click();
  return { live, view };
}

async function openPanel(page: Page): Promise<void> {
  await toolbar(page).getByRole('button', { name: 'Live session', exact: true }).click();
  await expect(sessionPanel(page)).toBeVisible();
}

/** A page that opened a link: it is in the room once the connection is up and it lists itself. */
async function joined(page: Page, name: string): Promise<void> {
  await expect(connection(page)).toHaveText('connected');
  await expect(people(page).getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
}

test('two editors: an edit by one appears in the other’s page within a second, analysis and all', async ({
  browser,
  liveServer,
}) => {
  const ana = await openExample(liveServer, 'Ana', browser);
  const links = await startSession(ana);
  expect(links.live).toMatch(/\/\?room=[A-Za-z0-9_-]+$/);
  expect(links.view).toMatch(/\/\?view=[A-Za-z0-9_-]+$/);
  expect(new URL(ana.url()).searchParams.get('room')).toBe(new URL(links.live).searchParams.get('room'));

  const ben = await (await personContext(browser, 'Ben')).newPage();
  await ben.goto(links.live);
  await joined(ben, 'Ben');
  await expect(new CanvasPage(ben).node('Subnet private-a')).toBeVisible();
  for (const page of [ana, ben]) {
    await expect(people(page).getByRole('listitem')).toHaveCount(2);
    await expect(people(page)).toContainText('Ana');
    await expect(people(page)).toContainText('Ben');
  }
  // Each person's colour is told in words as well as drawn: different people, different colours.
  const colours = await people(ana)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.dataset['colour']));
  expect(new Set(colours).size).toBe(2);

  // A new subnet in Ana's VPC.
  const anaCanvas = new CanvasPage(ana);
  await anaCanvas.click('VPC vpc-main');
  await anaCanvas.add('Subnet');
  const added = anaCanvas.region.getByRole('group', { name: /^Subnet subnet/ });
  await expect(added).toBeVisible();
  const addedName = (await added.getAttribute('aria-label'))!;
  await expect(new CanvasPage(ben).node(addedName)).toBeVisible({ timeout: 1000 });

  // A rename.
  await anaCanvas.click('Subnet private-a');
  const inspector = new InspectorPage(ana);
  await inspector.enter(inspector.textbox('Name'), 'Payments');
  await expect(anaCanvas.region.getByText('Payments', { exact: true })).toBeVisible();
  await expect(new CanvasPage(ben).region.getByText('Payments', { exact: true })).toBeVisible({ timeout: 1000 });

  // The analysis follows in both: deleting the internet gateway leaves the public route a blackhole.
  const findingsBefore = await new AnalysisPage(ana).tab('Findings').textContent();
  await expect(new AnalysisPage(ben).tab('Findings')).toHaveText(findingsBefore!);
  await anaCanvas.click('Internet gateway igw');
  await ana.keyboard.press('Delete');
  await expect(anaCanvas.node('Internet gateway igw')).toHaveCount(0);
  await expect(new CanvasPage(ben).node('Internet gateway igw')).toHaveCount(0, { timeout: 1000 });
  await expect(new AnalysisPage(ana).tab('Findings')).not.toHaveText(findingsBefore!);
  const findingsAfter = await new AnalysisPage(ana).tab('Findings').textContent();
  await expect(new AnalysisPage(ben).tab('Findings')).toHaveText(findingsAfter!);
  await expect(connection(ana)).toHaveText('connected');
  await expect(connection(ben)).toHaveText('connected');
});

test('the name is asked once when none is remembered, and a name that is markup stays text', async ({
  browser,
  liveServer,
}) => {
  const page = await openAt(await personContext(browser, null), liveServer, EXAMPLE);
  await expect(new CanvasPage(page).node('Subnet private-a')).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Start live session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name in the live session' });
  const name = dialog.getByRole('textbox', { name: 'Your name' });
  await expect(name).toBeFocused();
  // Spaces alone are no name: refused, saying so, and nothing is joined.
  await name.fill('   ');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter your name to join.');
  await expect(connection(page)).toHaveCount(0);

  const markup = '<img src=x onerror="window.pwned=1">';
  await name.fill(markup);
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(connection(page)).toHaveText('connected');
  await expect(people(page).getByRole('listitem')).toContainText(`${markup} (you)`);
  await expect(toolbar(page).locator('img[src="x"]')).toHaveCount(0);
  await openPanel(page);
  await expect(sessionPanel(page).getByText(markup, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // Remembered: a second start in this browser asks no more.
  await sessionPanel(page).getByRole('button', { name: 'Leave live session' }).click();
  await toolbar(page).getByRole('button', { name: 'Start live session' }).click();
  await expect(connection(page)).toHaveText('connected');
  await expect(page.getByRole('dialog', { name: 'Your name in the live session' })).toHaveCount(0);
});

test('Cancel in the name dialog joins nothing and leaves the link’s address', async ({ browser, liveServer }) => {
  const ana = await openExample(liveServer, 'Ana', browser);
  const { live } = await startSession(ana);
  const page = await (await personContext(browser, null)).newPage();
  await page.goto(live);
  const dialog = page.getByRole('dialog', { name: 'Your name in the live session' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(toolbar(page).getByRole('button', { name: 'Start live session' })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('room')).toBe(false);
  await expect(people(ana).getByRole('listitem')).toHaveCount(1);
});

plainTest('without VPC Lab’s server, Start live session says so and the design stays', async ({ page }) => {
  await page.goto(EXAMPLE);
  const canvas = new CanvasPage(page);
  await plainExpect(canvas.node('Subnet private-a')).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Start live session' }).click();
  await plainExpect(page.getByRole('alert')).toContainText('Live sessions need VPC Lab’s own server');
  await plainExpect(page.getByRole('dialog', { name: 'Your name in the live session' })).toHaveCount(0);
  await plainExpect(canvas.node('Subnet private-a')).toBeVisible();
  await plainExpect(canvas.node('Internet gateway igw')).toBeVisible();
  await plainExpect(connection(page)).toHaveCount(0);
  await plainExpect(toolbar(page).getByRole('button', { name: 'Start live session' })).toBeEnabled();
  plainExpect(new URL(page.url()).searchParams.has('room')).toBe(false);
});
