import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CLOSE } from './message-gate.ts';
import { connectClient, until, type TestClient } from './test-support/client.ts';
import { startTestServer } from './test-support/in-process.ts';
import { newEditId, viewIdOf } from '../src/collab/room-ids.ts';
import { keepInRoom } from '../app/collab/rejoin.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function clientOf(url: string, room: string, token: string): Promise<TestClient> {
  const client = await connectClient(url, room, token);
  cleanups.push(() => client.destroy());
  return client;
}

const FAST = { firstMs: 100, maxMs: 400, settledMs: 60_000 };

describe('joining a room again after the server refused the page', () => {
  it('after a rate-limit close, the page is back in the room: it sends what is left and hears the others', async () => {
    const server = await startTestServer({ messagesPerSecond: 5, messageBurst: 10 });
    cleanups.push(() => server.close());
    const edit = newEditId();
    const view = await viewIdOf(edit);
    const flood = await clientOf(server.url, view, edit);
    cleanups.push(keepInRoom(flood.provider, FAST));
    const other = await clientOf(server.url, view, edit);

    for (let i = 0; i < 40; i += 1) flood.doc.getMap('resources').set(`r-${i}`, i);
    await until(() => flood.closes.some((close) => close.reason === CLOSE.tooFast.reason), 3000, 'the rate limit');
    // Only the room was closed (the socket stayed open); the page comes back without a reload.
    await until(() => other.doc.getMap('resources').size === 40, 5000, 'the rest of the changes');
    other.doc.getMap('resources').set('from-other', true);
    await until(() => flood.doc.getMap('resources').get('from-other') === true, 5000, 'the other’s change');
  });

  it('tries again after a full room until someone leaves', async () => {
    const server = await startTestServer({ peoplePerRoom: 1 });
    cleanups.push(() => server.close());
    const edit = newEditId();
    const view = await viewIdOf(edit);
    const first = await connectClient(server.url, view, edit);
    first.doc.getMap('resources').set('before', true);
    await first.acknowledged();

    // The second page, watched from before it asks to join (as the page does).
    const doc = new Y.Doc();
    const refusals: string[] = [];
    const socket = new HocuspocusProviderWebsocket({
      url: `${server.url.replace(/^http/, 'ws')}/collab`,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: view, token: edit, document: doc });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => refusals.push(reason));
    cleanups.push(() => {
      provider.destroy();
      socket.destroy();
    });
    cleanups.push(keepInRoom(provider, FAST));
    provider.attach();
    await until(() => refusals.length >= 2, 5000, 'a second try');
    expect(refusals.every((reason) => reason === CLOSE.roomFull.reason)).toBe(true);

    first.destroy();
    await until(() => doc.getMap('resources').get('before') === true, 5000, 'a place in the room');
  });
});
