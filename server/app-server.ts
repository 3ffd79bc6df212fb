import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { createCollab } from './collab.ts';
import type { ServerConfig } from './config.ts';
import { RoomStore } from './room-store.ts';

/** Where the page finds the collaboration endpoint, and asks whether there is one. */
export const COLLAB_PATH = '/collab';
export const HEALTH_PATH = '/collab/health';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, stores every open room, closes connections and the database. */
  close(): Promise<void>;
}

/**
 * One process, one port: the built app as static files and the Hocuspocus endpoint at
 * `/collab`. Without this server (static hosting, `npm run dev`) the page is the offline editor
 * and says so when asked for a live session, because `/collab/health` is missing.
 */
export async function startAppServer(config: ServerConfig): Promise<RunningServer> {
  const store = new RoomStore(config.dataDir);
  const { hocuspocus: collab, ready } = createCollab({ store, limits: config.limits, redisUrl: config.redisUrl });
  await ready;
  const statics = existsSync(config.distDir)
    ? sirv(config.distDir, { single: true, etag: true, setHeaders: securityHeaders })
    : null;

  const http: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === HEALTH_PATH) return health(response, collab.getDocumentsCount());
    if (statics) return statics(request, response, () => notFound(response));
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The app is not built: run "npm run build" (looked in ${config.distDir}).\n`);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.limits.messageBytes });
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== COLLAB_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => collab.handleConnection(ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  return {
    url: `http://${shown}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close(() => resolve());
      });
      await Promise.all([...collab.documents.values()].map((document) => collab.unloadDocument(document)));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      store.close();
    },
  };
}

function health(response: ServerResponse, rooms: number): void {
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ live: true, rooms }));
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found\n');
}

function securityHeaders(response: ServerResponse): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
}
