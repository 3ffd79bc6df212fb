import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { newEditId } from '../../src/collab/room-ids.ts';
import { spawnServer, type ServerProcess } from '../../server/test-support/spawn-server.ts';

/**
 * Live-session specs need VPC Lab's own server (`npm start`: the built page and `/collab` on
 * one port), not the static preview the other specs use. Each spec file gets its own server
 * process, serving the same build (E2E_DIST) from a fresh data folder.
 */
export interface LiveServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly process: ServerProcess;
  /**
   * Kills the server as a crash would (SIGKILL) and starts it again on the same data and the
   * SAME port: a page's socket goes to its own origin, so only that brings the pages back.
   */
  restart(): Promise<LiveServer>;
}

/** The name each person gives, stored as the page remembers it (so the name dialog is not asked). */
export async function personContext(browser: Browser, name: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (name !== null) {
    await context.addInitScript((remembered) => {
      if (!localStorage.getItem('vpclab:person-name')) localStorage.setItem('vpclab:person-name', remembered);
    }, name);
  }
  return context;
}

/** A page of `context` opened at `path` on the live server. */
export async function openAt(context: BrowserContext, server: LiveServer, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

/** A fresh room's edit link path (`/?room=<id>`), as "Start live session" would make. */
export const freshRoomPath = (): string => `/?room=${newEditId()}`;

/** How long a restart keeps trying while the killed server's port is released. */
const PORT_RELEASE_MS = 5000;

async function startServer(data: string): Promise<LiveServer> {
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  const env = { VPCLAB_DIST: dist, VPCLAB_DATA: data };
  let current = await spawnOnPort({ ...env, PORT: '0' });
  // One object for the worker's life: after a restart it answers for the new process, which the
  // fixture then stops.
  return {
    get url() {
      return current.url;
    },
    get process() {
      return current;
    },
    async restart() {
      await current.crash();
      current = await spawnOnPort({ ...env, PORT: new URL(current.url).port });
      return this;
    },
  };
}

/** Starts the server; on a fixed port, tries again for a moment while the port is still taken. */
async function spawnOnPort(env: Record<string, string>): Promise<ServerProcess> {
  const start = Date.now();
  for (;;) {
    try {
      return await spawnServer(env);
    } catch (error) {
      // The exit can be reported before its EADDRINUSE is read, so any early exit is retried.
      if (env['PORT'] === '0' || Date.now() - start > PORT_RELEASE_MS) throw error;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}

/** `test` with a `liveServer` fixture: one server per worker, stopped after the file's tests. */
export const test = base.extend<object, { liveServer: LiveServer }>({
  liveServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const data = mkdtempSync(join(tmpdir(), 'vpclab-e2e-rooms-'));
      const server = await startServer(data);
      await use(server);
      await server.process.stop().catch(() => undefined);
      rmSync(data, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
