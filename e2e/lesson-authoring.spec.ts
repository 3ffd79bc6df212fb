import { expect, test, type Locator, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { readFile } from 'node:fs/promises';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

/** A web server the internet reaches on 443, with that as its one intent. */
const DESIGN = {
  format: 'vpclab',
  version: 2,
  name: 'Tiny web',
  resources: [
    { id: 'vpc-1', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc-1' },
    { id: 'rt-public', type: 'route-table', vpc: 'vpc-1', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
    { id: 'public-a', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc-1',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
  ],
  intents: [{ id: 'web-https', from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' }],
};

const TITLE = 'Route the web server out';

/** Moves the focus with Tab (Shift+Tab when `back`) until `target` has it, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, most = 250): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('a teacher makes a lesson by keyboard, exports it, shares it by link, and a learner solves it', async ({
  page,
  browser,
}) => {
  // Tab by Tab through the page, then a second browser: longer than one interaction.
  test.setTimeout(90_000);
  const documentPage = new DocumentPage(page);
  // The lessons arrive once the teacher is already in the list: the focus must stay where it is.
  let deliverLessons = () => {};
  const lessonsHeld = new Promise<void>((resolve) => (deliverLessons = resolve));
  await page.route('**/lessons/index.json', async (route) => {
    await lessonsHeld;
    await route.continue();
  });
  await documentPage.goto(`/#doc=${lzString.compressToEncodedURIComponent(JSON.stringify(DESIGN))}`);
  await expect(documentPage.name).toHaveValue('Tiny web');

  // Lessons, then "Make a lesson from this design", by keyboard.
  const lessons = documentPage.button('Lessons');
  await tabTo(page, lessons);
  await page.keyboard.press('Enter');
  const make = page.getByRole('button', { name: 'Make a lesson from this design', exact: true });
  await tabTo(page, make);
  deliverLessons();
  await expect(page.getByRole('button', { name: 'Lesson 1: Open the web server to the internet' })).toBeVisible();
  await expect(make).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Make a lesson from this design' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('region', { name: /Success conditions/ })).toContainText(
    'internet → web-1 tcp/443 should be allowed',
  );
  await expect(form).toContainText('✓ (solution passes)');

  await typeInto(page, form.getByRole('textbox', { name: 'Title (English)' }), TITLE);
  await typeInto(page, form.getByRole('textbox', { name: 'Title (日本語)' }), 'Web サーバーの経路');
  await typeInto(page, form.getByRole('textbox', { name: 'Goal (English)' }), 'Let the internet reach web-1 on 443.');
  // Saving now names every missing part: the Japanese goal, the hint, the start.
  const save = form.getByRole('button', { name: 'Save lesson' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const problems = form.getByRole('alert');
  await expect(problems).toContainText('Goal (日本語) is missing.');
  await expect(problems).toContainText('Hint 1 (English) is missing.');
  await expect(problems).toContainText('Start: not captured yet.');

  await typeInto(
    page,
    form.getByRole('textbox', { name: 'Goal (日本語)' }),
    'インターネットから web-1 に届くようにします。',
  );
  await typeInto(page, form.getByRole('textbox', { name: 'Hint 1 (English)' }), 'Look at rt-public.');
  await typeInto(page, form.getByRole('textbox', { name: 'Hint 1 (日本語)' }), 'rt-public を見てください。');

  // Break the design: the form gives way to a bar while the route is removed in the inspector.
  await tabTo(page, form.getByRole('button', { name: 'Break the design' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const bar = page.getByRole('region', { name: 'Lesson in progress' });
  await expect(bar.getByRole('heading')).toBeFocused();
  const inspector = new InspectorPage(page);
  await tabTo(page, inspector.finder);
  await page.keyboard.type('rt-public');
  await page.keyboard.press('Enter');
  const remove = inspector.table('Routes').getByRole('button', { name: 'Remove route 0.0.0.0/0' });
  await tabTo(page, remove);
  await page.keyboard.press('Enter');
  await expect(remove).toHaveCount(0);
  await tabTo(page, bar.getByRole('button', { name: 'Use the current design as the start' }), true);
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await expect(form.getByRole('region', { name: /^Start/ })).toContainText('Fails 1 intent');

  // Export the file.
  const downloading = page.waitForEvent('download');
  await tabTo(page, form.getByRole('button', { name: 'Export lesson' }));
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('route-the-web-server-out.vpclab-lesson.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({
    format: 'vpclab-lesson',
    version: 1,
    id: 'route-the-web-server-out',
    title: { en: TITLE, ja: 'Web サーバーの経路' },
    intents: [{ from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' }],
  });

  // Copy the link: it shows in a read-only field too.
  await tabTo(page, form.getByRole('button', { name: 'Copy lesson link' }));
  await page.keyboard.press('Enter');
  const linkField = form.getByRole('textbox', { name: 'Lesson link' });
  await expect(linkField).toHaveValue(/#lesson=/);
  const link = await linkField.inputValue();

  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(form.getByRole('status')).toContainText(`Saved under Lessons as “${TITLE}”.`);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await tabTo(page, lessons);
  await page.keyboard.press('Enter');
  const yours = page.getByRole('region', { name: 'Your lessons' });
  await expect(yours.getByRole('button', { name: TITLE, exact: true })).toBeVisible();

  // A learner elsewhere opens the link: the lesson is added under Lessons, opened, and solvable.
  const elsewhere = await browser.newContext();
  const learner = await elsewhere.newPage();
  await learner.goto(link);
  const lesson = learner.getByRole('region', { name: 'Lesson', exact: true });
  await expect(lesson.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(lesson).toContainText('Let the internet reach web-1 on 443.');
  await learner.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(
    learner.getByRole('region', { name: 'Your lessons' }).getByRole('button', { name: TITLE, exact: true }),
  ).toBeVisible();
  await learner.keyboard.press('Escape');

  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(lesson.getByRole('status')).toContainText('Not yet');
  const learnerInspector = new InspectorPage(learner);
  await learnerInspector.find('rt-public');
  const routes = learnerInspector.table('Routes');
  // A table with no route and a VPC with one gateway: "Add route" adds 0.0.0.0/0 to it at once.
  await learnerInspector.button('Add route').click();
  await expect(routes.getByRole('combobox', { name: 'Target of route 0.0.0.0/0' })).toHaveValue('igw');
  await expect(routes.getByRole('button', { name: 'Remove route 0.0.0.0/0' })).toBeVisible();
  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(lesson.getByRole('status')).toContainText('Well done!');
  await elsewhere.close();
});

test('a broken lesson file on Import names the field, and the design stays', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto(`/#doc=${lzString.compressToEncodedURIComponent(JSON.stringify(DESIGN))}`);
  await expect(documentPage.name).toHaveValue('Tiny web');
  await documentPage.importFile(
    'broken.vpclab-lesson.json',
    JSON.stringify({ format: 'vpclab-lesson', version: 1, id: 'x', title: { en: 'X' }, goal: { en: 'g', ja: 'g' } }),
  );
  await expect(documentPage.alert).toContainText('Could not open the lesson file “broken.vpclab-lesson.json”');
  await expect(documentPage.alert).toContainText('title.ja');
  await expect(documentPage.name).toHaveValue('Tiny web');
  await expect(documentPage.resource('web-1')).toBeVisible();
});

test('Import adds a lesson file under Your lessons and opens it; a bundled lesson’s id is refused', async ({
  page,
}) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  const bundled = JSON.parse(await readFile('public/lessons/public-web-server.json', 'utf8')) as Record<
    string,
    unknown
  >;
  await documentPage.importFile('copy.vpclab-lesson.json', JSON.stringify(bundled));
  await expect(documentPage.alert).toContainText('is the id of a bundled lesson');

  const own = { ...bundled, id: 'my-web-lesson', title: { en: 'My web lesson', ja: '私の Web レッスン' } };
  await documentPage.importFile('my-web-lesson.vpclab-lesson.json', JSON.stringify(own));
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  await expect(lesson.getByRole('heading', { name: 'My web lesson' })).toBeVisible();
  await expect(documentPage.resource('web-1')).toBeVisible();
  await documentPage.button('Lessons').click();
  const yours = page.getByRole('region', { name: 'Your lessons' });
  await expect(yours.getByRole('button', { name: 'My web lesson', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.keyboard.press('Escape');

  // A different lesson that happens to share the id is added beside it, never over it.
  const other = { ...own, title: { en: 'Someone else’s lesson', ja: '別の人のレッスン' } };
  await documentPage.importFile('other.vpclab-lesson.json', JSON.stringify(other));
  await expect(lesson.getByRole('heading', { name: 'Someone else’s lesson' })).toBeVisible();
  await documentPage.button('Lessons').click();
  await expect(yours.getByRole('button', { name: 'My web lesson', exact: true })).toBeVisible();
  await expect(yours.getByRole('button', { name: 'Someone else’s lesson', exact: true })).toBeVisible();
  await yours.getByRole('button', { name: 'Remove lesson My web lesson' }).click();
  await yours.getByRole('button', { name: 'Remove lesson Someone else’s lesson' }).click();
  await expect(yours).toBeHidden();
});
