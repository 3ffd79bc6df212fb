import { expect, test, type Page } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

const FIRST_LESSON = 'Lesson 1: Open the web server to the internet';

/** Opens a lesson from the Lessons list; `names` are the button's and the panel's in the current language. */
async function openLesson(page: Page, title: string, names = { button: 'Lessons', panel: 'Lesson' }) {
  await page.getByRole('button', { name: names.button, exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  const lesson = page.getByRole('region', { name: names.panel, exact: true });
  await expect(lesson.getByRole('heading', { name: title })).toBeFocused();
  return lesson;
}

test('a lesson: its goal, a hint, a failing check that names the blocker, a fix, a passing check', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  const inspector = new InspectorPage(page);
  await documentPage.goto();

  const lesson = await openLesson(page, FIRST_LESSON);
  await expect(lesson).toContainText('reached from the internet on port 443');
  await inspector.waitForResource('rt-public');

  await lesson.getByRole('button', { name: 'Hint', exact: true }).click();
  await expect(lesson).toContainText('A subnet is public only because its route table');
  await expect(lesson).toContainText('Hint 1 of 3');

  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(lesson.getByRole('status')).toContainText('Not yet: 1 of 3 conditions still fail.');
  const failing = lesson.getByRole('listitem').filter({ hasText: 'internet → web-1 TCP 443' });
  await expect(failing).toContainText('fail');
  await expect(failing).toContainText('NO_ROUTE_TO_DESTINATION');
  await expect(failing).toContainText('rt-public');

  // The panel stays open while the learner fixes the design in the inspector.
  await inspector.find('rt-public');
  const routes = inspector.table('Routes');
  // The table has no default route and igw is the VPC's only gateway: Add route adds 0.0.0.0/0 → igw.
  await inspector.button('Add route').click();
  await expect(routes.getByRole('button', { name: 'Remove route 0.0.0.0/0' })).toBeVisible();
  await expect(lesson).toContainText('The design has changed since this check');

  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(lesson.getByRole('status')).toContainText('Well done!');
  await expect(lesson.getByRole('listitem').filter({ hasText: 'fail' })).toHaveCount(0);

  await lesson.getByRole('button', { name: 'Close lesson' }).click();
  await expect(lesson).toBeHidden();
});

test('lessons are listed under Examples too, and opening one is one undoable step', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await documentPage.button('Examples').click();
  await page.getByRole('menuitem', { name: 'Lesson 4: Network ACLs forget the reply', exact: true }).click();
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  await expect(lesson).toContainText('through the network ACL acl-public');
  await expect(documentPage.resource('web-1')).toBeVisible();

  await documentPage.button('Undo').click();
  await expect(documentPage.resource('web-1')).toHaveCount(0);
});

test('opening another design (New) closes the lesson; Undo brings the lesson design back', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  const lesson = await openLesson(page, 'Lesson 2: Let a private server download updates');
  await documentPage.button('New').click();
  await expect(lesson).toBeHidden();
  await expect(documentPage.resource('app-1')).toHaveCount(0);
  await documentPage.button('Undo').click();
  await expect(documentPage.resource('app-1')).toBeVisible();
  await expect(lesson).toBeHidden();
});

test('the Language combobox switches the visible text to Japanese and back, and is remembered', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  const language = page.getByRole('combobox', { name: 'Language' });
  await expect(language.getByRole('option')).toHaveText(['English', '日本語']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await language.selectOption({ label: '日本語' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(documentPage.button('新規')).toBeVisible();
  await expect(documentPage.button('レッスン')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'パレット' }).getByRole('button', { name: 'サブネット', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: /^到達性/ })).toBeVisible();
  await expect(page.getByText('パレットから VPC を置くか')).toBeVisible();

  const lesson = await openLesson(page, 'レッスン 1: Web サーバーをインターネットに公開する', {
    button: 'レッスン',
    panel: 'レッスン',
  });
  await expect(documentPage.name).toHaveValue('レッスン 1: Web サーバーをインターネットに公開する');
  await expect(lesson.getByRole('button', { name: 'ヒント', exact: true })).toBeVisible();
  await expect(lesson.getByRole('button', { name: 'チェック', exact: true })).toBeVisible();

  await page.reload();
  await expect(documentPage.button('新規')).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(documentPage.button('New')).toBeVisible();
  await expect(documentPage.button('Lessons')).toBeVisible();
});

test('the open lesson, with the hints shown, comes back after a reload over the saved design', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  const lesson = await openLesson(page, 'Lesson 2: Let a private server download updates');
  await lesson.getByRole('button', { name: 'Hint', exact: true }).click();
  await expect(lesson).toContainText('Hint 1 of 3');
  await documentPage.waitForAutosave();

  await page.reload();
  await expect(lesson).toContainText('Let app-1, in the private subnet');
  await expect(lesson).toContainText('Hint 1 of 3');
  await expect(documentPage.resource('app-1')).toBeVisible();
});

test('the fifteen lessons are listed in order, and a new one opens its design and checks it', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  // The lessons' buttons, not "Make a lesson from this design" below them.
  const list = page.getByRole('group', { name: /lessons/i }).getByRole('listitem');
  await expect(list.getByRole('button')).toHaveCount(15);
  await expect(list.getByRole('button').nth(8)).toHaveText('Lesson 9: The six permissions between two subnets');
  await expect(list.getByRole('button').last()).toHaveText('Lesson 15: Stateful groups, stateless network ACLs');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();

  const lesson = await openLesson(page, 'Lesson 10: Session Manager without a bastion');
  await expect(documentPage.resource('vpce-ssm')).toBeVisible();
  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  const failing = lesson.getByRole('listitem').filter({ hasText: 'app-1 → vpce-ssm TCP 443' });
  await expect(failing).toContainText('ENI_SG_RULES_MISMATCH');
});

test('a broken lesson file is left out with a notice naming it and its problem; the others still open', async ({
  page,
}) => {
  await page.route('**/lessons/nat-gateway.json', async (route) => {
    const lesson = (await (await route.fetch()).json()) as { hints: { ja?: string }[] };
    delete lesson.hints[1]!.ja;
    await route.fulfill({ json: lesson });
  });
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('nat-gateway.json');
  await expect(page.getByRole('alert')).toContainText('hints[1].ja: missing');
  const list = page.getByRole('group', { name: /lessons/i }).getByRole('listitem');
  await expect(list.getByRole('button')).toHaveCount(14);
  await expect(list.getByRole('button', { name: 'Lesson 2: Let a private server download updates' })).toHaveCount(0);
  await list.getByRole('button', { name: 'Lesson 3: Reach private servers through a bastion host' }).click();
  await expect(documentPage.resource('bastion')).toBeVisible();
});
