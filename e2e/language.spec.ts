import { expect, test } from '@playwright/test';
import { InspectorPage } from './pages/inspector.ts';

/**
 * In Japanese the inspector, the dock, the engine's explanations and hop notes are worded in Japanese (the
 * accessible names follow the visible text); back in English every name of ui.md is as before.
 */
test('Japanese inspector labels and trace explanations, then English names again', async ({ page }) => {
  await page.goto('/?example=01-public-private-subnets');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await new InspectorPage(page).waitForResource('app-1');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  // The region's own name is Japanese too.
  const japaneseInspector = page.getByRole('region', { name: 'インスペクター', exact: true });
  const finder = japaneseInspector.getByRole('combobox', { name: 'リソースを検索', exact: true });
  await finder.fill('app-1');
  await finder.press('Enter');
  await expect(japaneseInspector.getByRole('textbox', { name: '名前', exact: true })).toBeVisible();
  await expect(japaneseInspector.getByRole('checkbox', { name: 'パブリック IP', exact: true })).toBeVisible();
  await expect(japaneseInspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(0);

  await page.getByRole('tab', { name: /^到達性/ }).click();
  const panel = page.getByRole('tabpanel', { name: /^到達性/ });
  await panel.getByRole('combobox', { name: '送信元', exact: true }).selectOption('internet');
  await panel.getByRole('combobox', { name: '送信先', exact: true }).selectOption('app-1');
  await panel.getByRole('combobox', { name: 'プロトコル', exact: true }).selectOption({ label: 'TCP' });
  await panel.getByRole('spinbutton', { name: 'ポート', exact: true }).fill('443');
  await panel.getByRole('button', { name: 'トレース', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('遮断');
  const explanations = panel.getByRole('list', { name: '説明', exact: true });
  await expect(explanations).toContainText('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS');
  await expect(explanations).toContainText('app-1 にはパブリックアドレスがないため');
  // Each hop's note too: the NACL and group rules that let the request in; no reply comes back
  // from a request blocked on the way there, and the panel says so instead of listing a return path.
  await expect(panel.getByRole('list', { name: '往路', exact: true })).toContainText(
    'sg-web のインバウンドルール 1 により許可',
  );
  await expect(panel.getByRole('list', { name: '復路', exact: true })).toHaveCount(0);
  await expect(panel).toContainText('要求が往路で遮断されるため、応答は戻りません');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(/.*/);
  await expect(inspector.getByRole('checkbox', { name: 'Public IP', exact: true })).toBeVisible();
  const reachability = page.getByRole('tabpanel', { name: /^Reachability/ });
  await expect(reachability.getByRole('button', { name: 'Trace', exact: true })).toBeVisible();
  await expect(reachability.getByRole('status')).toContainText('blocked');
  await expect(reachability.getByRole('list', { name: 'Explanations', exact: true })).toContainText(
    'app-1 has no public address',
  );
});

test('a link with ?lang=ja opens the page in Japanese, and the choice is remembered', async ({ page }) => {
  await page.goto('/?lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('ja');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
