import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VITE_BIN = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

export { CHROMIUM } from '../scripts/chromium.ts';

/** Builds the page into `outDir` unless it is already there (or `force`), so a bench never measures a stale dev build. */
export function ensureBuild(outDir: string, force: boolean): void {
  if (!force && existsSync(join(outDir, 'index.html'))) return;
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
}

/** A port nobody listens on right now (others run previews and e2e servers side by side). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` with `vite preview` on a free port; `stop()` ends that server (and only it). */
export async function startPreview(outDir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  // Vite's own bin under node (not npx, whose wrapper may outlive a signal), so `stop` ends exactly this server.
  const server = spawn(
    process.execPath,
    [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: 'ignore' },
  );
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGKILL');
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}
