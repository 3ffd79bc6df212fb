import { expect, test, type Page } from '@playwright/test';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

const FIRST_LESSON = 'Lesson 1: Open the web server to the internet';
const SECOND_LESSON = 'Lesson 2: Let a private server download updates';

async function openList(page: Page) {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const list = page.getByRole('group', { name: 'Lessons' });
  await expect(list.getByRole('button', { name: FIRST_LESSON, exact: true })).toBeVisible();
  return list;
}

test('pass a lesson: its intents pass on the canvas, Completed in the list, Next lesson, still Completed after a reload', async ({
  page,
}) => {
  const documentPage = new DocumentPage(page);
  const inspector = new InspectorPage(page);
  await documentPage.goto();

  let list = await openList(page);
  await expect(list).toContainText(/0 of \d+ completed/);
  await list.getByRole('button', { name: FIRST_LESSON, exact: true }).click();
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  await expect(lesson.getByRole('heading', { name: FIRST_LESSON })).toBeFocused();

  // The success conditions are drawn on the canvas and listed, read-only, in the Intents tab.
  const onCanvas = page.getByRole('list', { name: 'Lesson intents on the canvas' });
  const https = onCanvas.getByRole('listitem', { name: /internet → web-1 tcp\/443, should be allowed/ });
  await expect(https).toHaveAccessibleName(/: fails$/);
  await page.getByRole('tab', { name: /^Intents/ }).click();
  const lessonIntents = page.getByRole('region', { name: /This lesson’s intents/ });
  await expect(lessonIntents.getByRole('listitem')).toHaveCount(3);
  await expect(lessonIntents.getByRole('listitem').filter({ hasText: 'internet → web-1 tcp/443' })).toContainText(
    'fail',
  );
  await expect(lessonIntents.getByRole('button')).toHaveCount(0);
  await expect(lesson.getByRole('button', { name: 'Next lesson' })).toHaveCount(0);

  await inspector.find('rt-public');
  const routes = inspector.table('Routes');
  // A table with no route and a VPC with one gateway: "Add route" adds 0.0.0.0/0 to it at once.
  await inspector.button('Add route').click();
  await expect(routes.getByRole('combobox', { name: 'Target of route 0.0.0.0/0' })).toHaveValue('igw');
  await expect(https).toHaveAccessibleName(/: passes$/);
  await expect(lessonIntents.getByRole('listitem').filter({ hasText: 'internet → web-1 tcp/443' })).toContainText(
    'pass',
  );

  await lesson.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(lesson.getByRole('status')).toContainText('Well done!');
  await lesson.getByRole('button', { name: 'Next lesson', exact: true }).click();
  await expect(lesson.getByRole('heading', { name: SECOND_LESSON })).toBeVisible();

  list = await openList(page);
  const first = list.getByRole('button', { name: FIRST_LESSON, exact: true });
  await expect(first).toContainText('Completed');
  await expect(first).toHaveAccessibleDescription('Completed');
  await expect(list.getByRole('button', { name: SECOND_LESSON, exact: true })).not.toContainText('Completed');
  await expect(list).toContainText(/1 of \d+ completed/);

  await page.reload();
  await expect(documentPage.toolbar).toBeVisible();
  list = await openList(page);
  await expect(list.getByRole('button', { name: FIRST_LESSON, exact: true })).toContainText('Completed');
  await expect(list).toContainText(/1 of \d+ completed/);
});

test('progress saved in a shape the page does not know is ignored, not fatal', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await documentPage.toolbar.evaluate((bar) =>
    bar.ownerDocument.defaultView?.localStorage.setItem('vpclab.lessonProgress.v1', '{"completed": 7}'),
  );
  await page.reload();
  const list = await openList(page);
  await expect(list).toContainText(/0 of \d+ completed/);
  await expect(list.getByRole('button', { name: FIRST_LESSON, exact: true })).not.toContainText('Completed');
});

test('an example says what it teaches, in the page’s language, until dismissed', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await documentPage.openExample('NAT gateway for private subnets');
  const teaches = page.getByRole('region', { name: 'What this example teaches' });
  await expect(teaches).toContainText('A NAT gateway lets instances in private subnets open connections');
  // It sits beside the canvas, not over it.
  const canvas = await page.getByRole('region', { name: 'Canvas' }).boundingBox();
  const strip = await teaches.boundingBox();
  expect(strip!.x).toBeGreaterThanOrEqual(canvas!.x + canvas!.width - 1);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  const japanese = page.getByRole('region', { name: 'この例で学べること' });
  await expect(japanese).toContainText('NAT ゲートウェイを使うと');
  await japanese.getByRole('button', { name: '「この例で学べること」を閉じる' }).click();
  await expect(japanese).toBeHidden();
});
