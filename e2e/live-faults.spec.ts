import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newEditId, viewIdOf } from '../src/collab/room-ids.ts';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { InspectorPage } from './pages/inspector.ts';
import { expect, openAt, personContext, test, type LiveServer } from './pages/live-server.ts';

/**
 * Live sessions when things go wrong (issue 18, "Offline and faults"): both people offline,
 * a server killed mid-session, a reload without a network, a merge that breaks a rule. Each
 * person is a browser context of their own, as two laptops would be.
 */

const EXAMPLE = '/?example=01-public-private-subnets';

interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly canvas: CanvasPage;
  readonly inspector: InspectorPage;
}

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Main' });
const connection = (page: Page) => toolbar(page).getByRole('status', { name: 'Connection' });

function person(context: BrowserContext, page: Page): Person {
  return { context, page, canvas: new CanvasPage(page), inspector: new InspectorPage(page) };
}

/** Ana opens the example and starts a live session on it; Ben opens her room's link. */
async function room(browser: Browser, server: LiveServer): Promise<{ ana: Person; ben: Person; link: string }> {
  const anaContext = await personContext(browser, 'Ana');
  const ana = person(anaContext, await openAt(anaContext, server, EXAMPLE));
  await expect(ana.canvas.node('Subnet private-a')).toBeVisible();
  await toolbar(ana.page).getByRole('button', { name: 'Start live session' }).click();
  await expect(connection(ana.page)).toHaveText('connected');
  const link = new URL(ana.page.url());
  const path = link.pathname + link.search;
  expect(path).toMatch(/\?room=/);
  const ben = await join(browser, server, 'Ben', path);
  await expect(ben.canvas.node('Subnet private-a')).toBeVisible();
  return { ana, ben, link: path };
}

/** `name` opens the room's link in a browser of their own and waits until the page is in the room. */
async function join(browser: Browser, server: LiveServer, name: string, path: string): Promise<Person> {
  const context = await personContext(browser, name);
  const someone = person(context, await openAt(context, server, path));
  await expect(connection(someone.page)).toHaveText('connected');
  return someone;
}

async function setOffline(people: readonly Person[], offline: boolean): Promise<void> {
  for (const { context } of people) await context.setOffline(offline);
  for (const { page } of people) await expect(connection(page)).toHaveText(offline ? 'offline' : 'connected');
}

/** Selects `id` through "Find resource" and types `value` into the inspector's field `label`. */
async function edit(someone: Person, id: string, label: string, value: string): Promise<void> {
  await someone.inspector.find(id);
  await someone.inspector.enter(someone.inspector.textbox(label), value);
  await expect(someone.inspector.textbox(label)).toHaveValue(value);
}

test('both people edit offline, come back, and both pages keep both edits', async ({ browser, liveServer }) => {
  const { ana, ben } = await room(browser, liveServer);
  await setOffline([ana, ben], true);

  await edit(ana, 'vpc-main', 'Name', 'Shop VPC');
  await ben.canvas.click('VPC vpc-main');
  await ben.canvas.add('Subnet');
  const added = ben.canvas.region.getByRole('group', { name: /^Subnet subnet/ });
  await expect(added).toBeVisible();
  const subnet = (await added.getAttribute('aria-label'))!;
  // Apart, each page has only its own edit.
  await expect(ana.canvas.node(subnet)).toHaveCount(0);
  await expect(ben.canvas.node('VPC Shop VPC')).toHaveCount(0);

  await setOffline([ana, ben], false);
  for (const { canvas } of [ana, ben]) {
    await expect(canvas.node('VPC Shop VPC')).toBeVisible();
    await expect(canvas.node(subnet)).toBeVisible();
  }
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('a server killed mid-session loses no acknowledged edit, and the pages reconnect by themselves', async ({
  browser,
  liveServer,
}) => {
  const { ana, link } = await room(browser, liveServer);
  // Ben watches through the view-only link: his page cannot give the server anything back.
  const editId = new URL(link, liveServer.url).searchParams.get('room')!;
  const ben = await join(browser, liveServer, 'Ben', `/?view=${await viewIdOf(editId)}`);
  await edit(ana, 'vpc-main', 'Name', 'Before the crash');
  // Ben sees it: the server applied it, which it does only once it is logged to disk.
  await expect(ben.canvas.node('VPC Before the crash')).toBeVisible();
  await setOffline([ana], true);

  await liveServer.restart();
  // Ben's page reconnects on its own (no online event): the retry delay is capped at 2 s.
  await expect(connection(ben.page)).toHaveText('connected', { timeout: 5_000 });
  // A page that never saw the room gets the edit from the restarted server's disk alone.
  const cleo = await join(browser, liveServer, 'Cleo', link);
  await expect(cleo.canvas.node('VPC Before the crash')).toBeVisible();

  await setOffline([ana], false);
  await edit(ana, 'public-a', 'Name', 'After the crash');
  await expect(ben.canvas.node('Subnet After the crash')).toBeVisible();
  await expect(cleo.canvas.node('Subnet After the crash')).toBeVisible();
  await Promise.all([ana.context.close(), ben.context.close(), cleo.context.close()]);
});

test('a reload in a room without a network shows the room from this browser’s copy, then syncs', async ({
  browser,
  liveServer,
}) => {
  const { ana, ben } = await room(browser, liveServer);
  await edit(ana, 'vpc-main', 'Name', 'Kept here');
  await expect(ben.canvas.node('VPC Kept here')).toBeVisible();

  // The network drops while the page reloads: the page itself arrives, the server cannot be asked.
  await ana.context.route('**/collab/health', async (route) => {
    await ana.context.setOffline(true);
    await route.abort('internetdisconnected');
  });
  await ana.page.reload();
  await expect(connection(ana.page)).toHaveText('offline');
  await expect(ana.canvas.node('VPC Kept here')).toBeVisible();
  await expect(ana.page.getByRole('alert').filter({ hasText: 'cannot join the room' })).toHaveCount(0);

  // Meanwhile Ben renames it; Ana's page shows her copy until the network is back, then his name.
  await edit(ben, 'vpc-main', 'Name', 'Renamed by Ben');
  await expect(ana.canvas.node('VPC Kept here')).toBeVisible();
  await ana.context.unroute('**/collab/health');
  await setOffline([ana], false);
  await expect(ana.canvas.node('VPC Renamed by Ben')).toBeVisible();
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('two offline edits that clash merge into a validation error in Findings for both, not a crash', async ({
  browser,
  liveServer,
}) => {
  const { ana, ben } = await room(browser, liveServer);
  await setOffline([ana, ben], true);
  // Each is valid alone: 10.0.9.0/24 is free in each page's copy.
  await edit(ana, 'public-a', 'CIDR', '10.0.9.0/24');
  await edit(ben, 'private-a', 'CIDR', '10.0.9.0/24');
  await setOffline([ana, ben], false);

  for (const { page, canvas } of [ana, ben]) {
    const findings = await new AnalysisPage(page).open('Findings');
    const clash = findings
      .getByRole('listitem')
      .filter({ hasText: /^Error/ })
      .filter({ hasText: '10.0.9.0/24' });
    await expect(clash.first()).toBeVisible();
    await expect(canvas.node('Subnet public-a')).toBeVisible();
    await expect(canvas.node('Subnet private-a')).toBeVisible();
  }
  await Promise.all([ana.context.close(), ben.context.close()]);
});

test('a viewer who opens a room before anyone put a design in sees it once an editor does', async ({
  browser,
  liveServer,
}) => {
  const editId = newEditId();
  const benContext = await personContext(browser, 'Ben');
  const ben = person(benContext, await openAt(benContext, liveServer, `/?view=${await viewIdOf(editId)}`));
  await expect(connection(ben.page)).toHaveText('connected');
  await expect(ben.page.getByRole('status').filter({ hasText: 'had no design yet' })).toBeVisible();

  const anaContext = await personContext(browser, 'Ana');
  const ana = person(anaContext, await openAt(anaContext, liveServer, `/?room=${editId}`));
  await expect(connection(ana.page)).toHaveText('connected');
  await ana.canvas.add('VPC');
  const vpc = ana.canvas.region.getByRole('group', { name: /^VPC / });
  await expect(vpc).toBeVisible();
  await expect(ben.canvas.node((await vpc.getAttribute('aria-label'))!)).toBeVisible();
  await Promise.all([ana.context.close(), ben.context.close()]);
});
