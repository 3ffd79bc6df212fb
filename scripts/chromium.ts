/**
 * How this project launches Chromium (e2e tests, benchmarks, screenshots): Debian's build
 * (Playwright cannot download its own here), headless, and without the background networking
 * that this machine's closed network would refuse.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
