import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { isRoomId, viewIdOf } from '../src/collab/room-ids.ts';
import type { Limits } from './config.ts';
import { changeBytes, CLOSE, RateGate, Refusal } from './message-gate.ts';
import type { RoomStore } from './room-store.ts';

export interface CollabOptions {
  readonly store: RoomStore;
  readonly limits: Limits;
  readonly redisUrl: string | null;
}

/** What a connection may do, decided once when it authenticates. */
export type Access = 'edit' | 'view';

/**
 * The Hocuspocus instance behind `/collab`: rooms named by their view id, writing only with the
 * edit id as token, every change logged to SQLite before it is acknowledged, limits on room size,
 * people per room and message rate, and Redis between servers when configured.
 */
export function createCollab({ store, limits, redisUrl }: CollabOptions): {
  hocuspocus: Hocuspocus;
  ready: Promise<void>;
} {
  const roomBytes = new Map<string, number>();
  const gates = new WeakMap<object, RateGate>();

  const access: Extension = {
    async onConnect({ documentName, instance }) {
      if (!isRoomId(documentName)) throw new Refusal(CLOSE.badRoom);
      const people = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
      if (people >= limits.peoplePerRoom) throw new Refusal(CLOSE.roomFull);
    },
    async onAuthenticate({ documentName, token, connectionConfig }): Promise<{ access: Access }> {
      if (isRoomId(token) && (await viewIdOf(token)) === documentName) return { access: 'edit' };
      connectionConfig.readOnly = true;
      return { access: 'view' };
    },
  };

  const persistence: Extension = {
    async onLoadDocument({ document, documentName }) {
      const stored = store.load(documentName);
      if (stored) Y.applyUpdate(document, stored, persistence);
      return document;
    },
    async afterLoadDocument({ document, documentName }) {
      roomBytes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
      // Synchronous, inside Yjs's update event: the change is on disk before Hocuspocus sends
      // the sender its acknowledgement. Only changes from people are logged here; changes
      // relayed by Redis were logged by the server that received them.
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (!isPersonConnection(origin)) return;
        store.append(documentName, update);
        roomBytes.set(documentName, (roomBytes.get(documentName) ?? 0) + update.byteLength);
      });
    },
    async onStoreDocument({ document, documentName }) {
      const state = Y.encodeStateAsUpdate(document);
      store.compact(documentName, state);
      roomBytes.set(documentName, state.byteLength);
    },
    async afterUnloadDocument({ documentName }) {
      roomBytes.delete(documentName);
    },
  };

  const gate: Extension = {
    async beforeHandleMessage({ connection, documentName, update }) {
      let rate = gates.get(connection);
      if (!rate) gates.set(connection, (rate = new RateGate(limits)));
      if (!rate.take()) throw new Refusal(CLOSE.tooFast);
      const bytes = changeBytes(update);
      if (bytes > 0 && (roomBytes.get(documentName) ?? 0) + bytes > limits.roomBytes) {
        throw new Refusal(CLOSE.roomTooLarge);
      }
    },
  };

  const extensions: Extension[] = [access, gate, persistence];
  let ready = Promise.resolve();
  if (redisUrl) {
    const url = new URL(redisUrl);
    const redis = new Redis({
      host: url.hostname,
      port: Number(url.port || 6379),
      options: {
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      },
    });
    extensions.unshift(redis);
    // A room subscribed before the subscriber connection is ready breaks ioredis's ready check
    // ("Connection in subscriber mode"), and that room then never hears the other servers.
    ready = Promise.all([connected(redis.pub), connected(redis.sub)]).then(() => undefined);
  }

  const hocuspocus = new Hocuspocus({
    name: 'vpclab',
    quiet: true,
    // Changes are already on disk (the log); folding them is housekeeping.
    debounce: 5000,
    maxDebounce: 30000,
    extensions,
  });
  return { hocuspocus, ready };
}

function connected(client: {
  status: string;
  once(event: 'ready' | 'error', listener: (error?: Error) => void): unknown;
}): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('error', (error) =>
      reject(new Error(`Cannot reach Redis (REDIS_URL): ${error?.message ?? 'unknown error'}`)),
    );
  });
}

/** A change's origin is a person's connection when it came over a socket, not from Redis or the store. */
function isPersonConnection(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && 'socketId' in origin && 'webSocket' in origin;
}
