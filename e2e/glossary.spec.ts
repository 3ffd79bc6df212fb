import { expect, test, type Page } from '@playwright/test';
import { AnalysisPage } from './pages/analysis.ts';
import { CanvasPage } from './pages/canvas.ts';
import { DocumentPage } from './pages/document.ts';
import { InspectorPage } from './pages/inspector.ts';

/**
 * The Glossary (ui.md, top bar): a panel of terms with a search box, opened from the top bar or
 * at a term from any "Learn more" beside an explanation, a finding, a palette item or an
 * inspector field; a tooltip with the short definition on hover and keyboard focus.
 */

const glossary = (page: Page, name = 'Glossary') => page.getByRole('complementary', { name, exact: true });
const term = (page: Page, name: string, panel = 'Glossary') =>
  glossary(page, panel).getByRole('article', { name, exact: true });

test('the Glossary opens from the top bar, finds terms as you type in English and Japanese, and opens a lesson', async ({
  page,
}) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  const button = documentPage.button('Glossary');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = glossary(page);
  const search = panel.getByRole('searchbox', { name: 'Search glossary' });
  await expect(search).toBeFocused();
  const all = await panel.getByRole('article').count();
  expect(all).toBeGreaterThanOrEqual(36);

  // The panel sits beside the design, not over it.
  const canvas = await page.getByRole('region', { name: 'Canvas' }).boundingBox();
  const box = await panel.boundingBox();
  expect(canvas && box && box.x >= canvas.x + canvas.width - 1).toBe(true);

  await page.keyboard.type('ephemeral');
  await expect(term(page, 'Ephemeral ports')).toBeVisible();
  await expect(term(page, 'Ephemeral ports')).toContainText('32768-60999');
  expect(await panel.getByRole('article').count()).toBeLessThan(all);

  await search.fill('エフェメラル');
  await expect(term(page, 'Ephemeral ports')).toBeVisible();
  await search.fill('ＮＡＣＬ');
  await expect(panel.getByRole('article').first()).toHaveAccessibleName('Network ACL');
  await search.fill('no such thing here');
  await expect(panel.getByRole('article')).toHaveCount(0);
  await expect(panel).toContainText('No term matches');

  // A related term moves to its article; a lesson button opens the lesson as the Lessons list does.
  await search.fill('nacl');
  const nacl = term(page, 'Network ACL');
  await nacl.getByRole('link', { name: 'Stateless', exact: true }).click();
  await expect(term(page, 'Stateless').getByRole('heading')).toBeFocused();
  await term(page, 'Stateless')
    .getByRole('button', { name: /Network ACLs forget the reply/ })
    .click();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toBeVisible();

  // Escape closes it and gives the focus back to the top-bar button.
  await term(page, 'Stateless').getByRole('heading').focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('Learn more beside a trace explanation opens the Glossary at its term', async ({ page }) => {
  const canvas = new CanvasPage(page);
  const analysis = new AnalysisPage(page);
  await canvas.openExample('01-public-private-subnets', 'Instance web-1');
  const status = await analysis.trace('internet', 'web-1', 'TCP', 22);
  await expect(status).toContainText('blocked');
  const explanations = page.getByRole('list', { name: 'Explanations' });
  const explanation = explanations.getByRole('listitem').filter({ hasText: 'ENI_SG_RULES_MISMATCH' });
  const learnMore = explanation.getByRole('button', { name: 'Learn more: Security group', exact: true });
  await learnMore.focus();
  await page.keyboard.press('Enter');

  const article = term(page, 'Security group');
  await expect(article.getByRole('heading')).toBeFocused();
  // At the top of the list, also once the lessons and examples (which lengthen the articles above) have loaded.
  await expect(article.getByRole('button', { name: /^Lesson/ }).first()).toBeAttached();
  const search = glossary(page).getByRole('searchbox', { name: 'Search glossary' });
  await expect.poll(async () => (await article.boundingBox())!.y - (await search.boundingBox())!.y).toBeLessThan(60);
  await expect(article).toContainText('stateful');
  await page.keyboard.press('Escape');
  await expect(glossary(page)).toHaveCount(0);
  await expect(learnMore).toBeFocused();
});

test('an inspector label’s Learn more shows a tooltip on focus, Escape dismisses it, Enter opens the term', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const inspector = new InspectorPage(page);
  await canvas.openExample('11-nat-instance', 'Instance nat-good');
  await inspector.find('nat-good');
  const learnMore = inspector.region.getByRole('button', {
    name: 'Learn more: Source/destination check',
    exact: true,
  });
  await inspector.region.getByRole('checkbox', { name: 'Source/dest check' }).focus();
  await page.keyboard.press('Tab');
  await expect(learnMore).toBeFocused();

  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('drops traffic');
  await expect(learnMore).toHaveAccessibleDescription(/drops traffic/);
  // Beside the button, never over it.
  const tip = await tooltip.boundingBox();
  const own = await learnMore.boundingBox();
  expect(tip && own && (tip.y >= own.y + own.height || tip.y + tip.height <= own.y)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(learnMore).toBeFocused();
  // The first Escape only dismissed the tooltip: the selection is still there.
  await expect(inspector.region.getByRole('checkbox', { name: 'Source/dest check' })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(term(page, 'Source/destination check').getByRole('heading')).toBeFocused();
});

test('in 日本語: the 用語集 button, a search typed in hiragana, and a palette tooltip on hover', async ({ page }) => {
  const documentPage = new DocumentPage(page);
  await documentPage.goto();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await documentPage.toolbar.getByRole('button', { name: '用語集', exact: true }).click();
  const search = glossary(page, '用語集').getByRole('searchbox', { name: '用語集を検索' });
  await expect(search).toBeFocused();
  await page.keyboard.type('えふぇめらる');
  await expect(term(page, 'エフェメラルポート', '用語集')).toContainText('1024〜65535');

  const palette = page.getByRole('region', { name: 'パレット', exact: true });
  await palette.getByRole('button', { name: '詳しく: セキュリティグループ', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('ファイアウォール');
  await palette.getByRole('button', { name: '詳しく: セキュリティグループ', exact: true }).click();
  await expect(term(page, 'セキュリティグループ', '用語集').getByRole('heading')).toBeFocused();
  await expect(search).toHaveValue('');
});

test('a finding’s Learn more opens the Glossary at the concept the advice is about', async ({ page }) => {
  const canvas = new CanvasPage(page);
  await canvas.openExample('11-nat-instance', 'Instance nat-bad');
  await page.getByRole('tab', { name: /^Findings/ }).click();
  const findings = page.getByRole('tabpanel', { name: /^Findings/ });
  await expect(findings).toContainText('nat-bad');
  await findings.getByRole('button', { name: 'Learn more: Source/destination check', exact: true }).click();
  const article = term(page, 'Source/destination check');
  await expect(article.getByRole('heading')).toBeFocused();
  await expect(
    article.getByRole('button', { name: 'NAT instance and source/destination check', exact: true }),
  ).toBeVisible();
});
