/**
 * Takes the README screenshot of the built page: `npx vite build && npx tsx scripts/screenshot.ts [url-path] [out]`.
 * Starts `vite preview` itself and uses Debian's Chromium, like the e2e tests.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './chromium.ts';

const path = process.argv[2] ?? '/';
const out = process.argv[3] ?? 'docs/screenshot.png';
const port = 4188;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch(CHROMIUM);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
} finally {
  server.kill();
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}
