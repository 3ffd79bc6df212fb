import { readFile } from 'node:fs/promises';
import { expect as plainExpect, test as plainTest, type Locator, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';
import { englishWords } from './pages/japanese-allow-list.ts';
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

/** Ana starts a session on the example; Cleo opens its view-only link. */
async function anaAndViewer(browser: Parameters<typeof personContext>[0], liveServer: LiveServer) {
  const ana = await openExample(liveServer, 'Ana', browser);
  const links = await startSession(ana);
  const cleo = await (await personContext(browser, 'Cleo')).newPage();
  await cleo.goto(links.view);
  await joined(cleo, 'Cleo');
  await expect(new CanvasPage(cleo).node('Subnet private-a')).toBeVisible();
  return { ana, cleo, links };
}

/** Ana deletes the internet gateway; it is gone from both pages, from Cleo's within a second. */
async function anaDeletesGateway(ana: Page, cleo: Page): Promise<void> {
  await new CanvasPage(ana).click('Internet gateway igw');
  await ana.keyboard.press('Delete');
  await expect(new CanvasPage(ana).node('Internet gateway igw')).toHaveCount(0);
  await expect(new CanvasPage(cleo).node('Internet gateway igw')).toHaveCount(0, { timeout: 1000 });
}

test('a viewer is told once that the link is view-only, offered no edit, and sees every edit', async ({
  browser,
  liveServer,
}) => {
  const { ana, cleo, links } = await anaAndViewer(browser, liveServer);
  const canvas = new CanvasPage(cleo);
  for (const page of [ana, cleo]) await expect(people(page).getByRole('listitem')).toHaveCount(2);
  await expect(toolbar(cleo).getByText('View only', { exact: true })).toBeVisible();
  await expect(canvas.palette.getByText('Adding resources and notes is off on a view-only link.')).toBeVisible();
  await expect(canvas.palette.getByRole('button', { name: 'Subnet', exact: true })).toBeDisabled();
  await expect(canvas.palette.getByRole('button', { name: 'Note', exact: true })).toBeDisabled();
  for (const name of ['New', 'Examples', 'Import', 'Paste JSON', 'Undo', 'Redo', 'Auto layout'])
    await expect(toolbar(cleo).getByRole('button', { name, exact: true })).toBeDisabled();
  await expect(
    (await new AnalysisPage(cleo).open('Intents')).getByRole('button', { name: 'Add intent' }),
  ).toBeDisabled();
  await openPanel(cleo);
  await expect(sessionPanel(cleo).getByRole('textbox', { name: 'Live link' })).toHaveCount(0);
  await expect(sessionPanel(cleo).getByRole('textbox', { name: 'View-only link' })).toHaveValue(links.view);
  await cleo.keyboard.press('Escape');
  await expect(sessionPanel(cleo)).toHaveCount(0);

  // Delete on a selected resource changes nothing: once Ana's later edit has arrived, web-1 is still in both pages.
  await canvas.click('Instance web-1');
  await expect(new InspectorPage(cleo).textbox('ID')).toBeDisabled();
  await cleo.keyboard.press('Delete');
  await anaDeletesGateway(ana, cleo);
  await expect(canvas.node('Instance web-1')).toBeVisible();
  await expect(new CanvasPage(ana).node('Instance web-1')).toBeVisible();
  await openPanel(ana);
  await expect(sessionPanel(ana).getByRole('listitem').filter({ hasText: 'Cleo' })).toContainText('view only');
});

test('a viewer traces and exports, and the analysis follows the editors', async ({ browser, liveServer }) => {
  const { ana, cleo } = await anaAndViewer(browser, liveServer);
  await expect(await new AnalysisPage(cleo).trace('internet', 'web-1', 'TCP', 443)).toContainText(/allowed/i);
  await expect(cleo.getByRole('button', { name: 'Add as intent' })).toBeDisabled();
  await anaDeletesGateway(ana, cleo);
  // The overlay follows at once; a trace of the old design is gone, and tracing again says why.
  await expect(cleo.getByRole('img', { name: /^Blocked at vpc-main: internet → web-1 tcp\/443/ })).toBeVisible();
  await expect(await new AnalysisPage(cleo).trace('internet', 'web-1', 'TCP', 443)).toContainText(/blocked/i);

  const download = cleo.waitForEvent('download');
  await toolbar(cleo).getByRole('button', { name: 'Export', exact: true }).click();
  await cleo.getByRole('menuitem', { name: 'Export JSON', exact: true }).click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { resources: { id: string }[] };
  expect(exported.resources.map((r) => r.id)).toContain('web-1');
  expect(exported.resources.map((r) => r.id)).not.toContain('igw');
});

test('Leave live session keeps the design and takes the room out of the address', async ({ browser, liveServer }) => {
  const ana = await openExample(liveServer, 'Ana', browser);
  await startSession(ana);
  await new CanvasPage(ana).click('VPC vpc-main');
  await new CanvasPage(ana).add('Subnet');
  const added = new CanvasPage(ana).region.getByRole('group', { name: /^Subnet subnet/ });
  await expect(added).toBeVisible();
  await openPanel(ana);
  await sessionPanel(ana).getByRole('button', { name: 'Leave live session' }).click();
  await expect(ana.getByText('You left the live session.', { exact: false })).toBeVisible();
  await expect(toolbar(ana).getByRole('button', { name: 'Start live session' })).toBeVisible();
  await expect(connection(ana)).toHaveCount(0);
  expect(new URL(ana.url()).searchParams.has('room')).toBe(false);
  await expect(added).toBeVisible();
  await expect(new CanvasPage(ana).node('Subnet private-a')).toBeVisible();
  // Her own copy again: editable, and an edit stays on this page only.
  await new CanvasPage(ana).add('Subnet');
  await expect(new CanvasPage(ana).region.getByRole('group', { name: /^Subnet subnet/ })).toHaveCount(2);
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

/** English words in what `scope` shows and says (text, aria-label, title, placeholder), apart from `own` data. */
async function englishIn(scope: Locator, own: readonly string[]): Promise<string[]> {
  const found = await scope.evaluate((root) => {
    const out: string[] = [(root as HTMLElement).innerText];
    for (const element of [root, ...root.querySelectorAll('*')])
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) out.push(value);
      }
    return out;
  });
  return found.flatMap((text) => text.split('\n')).flatMap((line) => englishWords(line, own));
}

test('in 日本語: the name dialog, the top bar in a session and its popover', async ({ browser, liveServer }) => {
  const context = await personContext(browser, null);
  await context.addInitScript(() => localStorage.setItem('vpclab.language', 'ja'));
  const page = await openAt(context, liveServer, '/');
  await page.getByRole('button', { name: 'ライブセッションを開始', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ライブセッションでのあなたの名前' });
  await dialog.getByRole('button', { name: '参加', exact: true }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await englishIn(dialog, [])).toEqual([]);
  await dialog.getByRole('textbox', { name: 'あなたの名前' }).fill('佐藤 花子');
  await dialog.getByRole('button', { name: '参加', exact: true }).click();

  const bar = page.getByRole('toolbar', { name: 'メイン' });
  await expect(bar.getByRole('status', { name: '接続' })).toHaveText('接続済み');
  await expect(bar.getByRole('list', { name: '参加者' }).getByRole('listitem')).toContainText('佐藤 花子(あなた)、');
  await bar.getByRole('button', { name: 'ライブセッション', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'ライブセッション' });
  const links = [
    await panel.getByRole('textbox', { name: 'ライブリンク' }).inputValue(),
    await panel.getByRole('textbox', { name: '閲覧専用リンク' }).inputValue(),
  ];
  await panel.getByRole('button', { name: 'ライブリンクをコピー' }).click();
  await expect(panel.getByText(/^(コピーしました|このブラウザーではクリップボードを使えませんでした)/)).toBeVisible();
  expect(await englishIn(bar, ['VPC Lab'])).toEqual([]);
  expect(await englishIn(panel, links)).toEqual([]);
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
