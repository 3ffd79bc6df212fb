#!/usr/bin/env node
// What the tests need from the system, beyond npm: Debian's Chromium for the end-to-end tests
// (Playwright cannot download its own browser here) and Debian's CJK fonts, without which the
// Japanese text of the page and of exported pictures renders as empty boxes (the export tests
// render SVG in resvg with the system's fonts), and Redis for the live-session scale-out test.
// Installs what is missing when we are root;
// otherwise says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const hasRedis = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some((path) => existsSync(path));
const missing = [
  ...(existsSync(chromium) ? [] : ['chromium']),
  ...(existsSync(cjkFont) ? [] : ['fonts-noto-cjk']),
  // The live-session scale-out test runs two servers against one Redis (server/processes.test.ts).
  ...(hasRedis() ? [] : ['redis-server']),
];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Missing for the tests: ${missing.join(', ')}.\n` +
      `Install with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `(or point CHROMIUM_PATH at a Chromium 156 binary).`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} for the tests...`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
  stdio: 'inherit',
  shell: '/bin/bash',
});
if (!existsSync(chromium) || !existsSync(cjkFont) || !hasRedis()) {
  console.error('apt-get finished but something is still missing.');
  process.exit(1);
}
