import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './chromium.ts';

/** Screenshots of a transit gateway route table design: `tsx scripts/tgw-shot.ts <url> <png> <w> <h> <case file> <id> [ja] [dark]`. */
const [url, out, w, h, file, id, lang, theme] = process.argv.slice(2);
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
});
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url!);
const document = (JSON.parse(readFileSync(file!, 'utf8')) as { document: object }).document;
await page.getByLabel('Import file').setInputFiles({
  name: 'case.vpclab.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(document)),
});
await page.waitForTimeout(1500);
if (lang === 'ja') await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
await page.waitForTimeout(500);
await page
  .locator('select')
  .filter({ has: page.locator(`option[value="${id}"]`) })
  .first()
  .selectOption(id!);
await page.waitForTimeout(1000);
await page.screenshot({ path: out! });
await browser.close();
