import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A person in a room, as a Node process: a Y.Doc kept in sync through the server. */
export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Close codes and reasons the server sent, in order. */
  readonly closes: { code: number; reason: string }[];
  /** Why authentication failed, if it did. */
  readonly refusals: string[];
  /** Resolves once the server has acknowledged every local change. */
  acknowledged(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export interface ClientOptions {
  /** Retry after a dropped connection (the provider's default); off to observe a refusal once. */
  readonly reconnect?: boolean;
}

/** Connects to `serverUrl` (http://...) as an editor (token = edit id) or a viewer. */
export async function connectClient(
  serverUrl: string,
  room: string,
  token: string,
  options: ClientOptions = {},
): Promise<TestClient> {
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  const refusals: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `${serverUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: WebSocket,
    ...(options.reconnect === false ? { maxAttempts: 1 } : { delay: 100, minDelay: 100, maxDelay: 500 }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
  });
  provider.attach();
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    provider.on('synced', done);
    provider.on('authenticationFailed', done);
  });
  return {
    doc,
    provider,
    closes,
    refusals,
    acknowledged: (timeoutMs = 5000) =>
      until(() => provider.unsyncedChanges === 0, timeoutMs, 'the server to acknowledge'),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls `check` every 10 ms until it holds; rejects naming what was awaited. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
