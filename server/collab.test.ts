import { afterEach, describe, expect, it } from 'vitest';
import { newEditId, viewIdOf } from '../src/collab/room-ids.ts';
import { CLOSE } from './message-gate.ts';
import { connectClient, until, type TestClient } from './test-support/client.ts';
import { startTestServer } from './test-support/in-process.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(limits = {}, dataDir?: string) {
  const started = await startTestServer(limits, dataDir);
  cleanups.push(() => started.close());
  return started;
}

async function client(url: string, room: string, token: string, reconnect = true): Promise<TestClient> {
  const connected = await connectClient(url, room, token, { reconnect });
  cleanups.push(() => connected.destroy());
  return connected;
}

async function newRoom() {
  const edit = newEditId();
  return { edit, view: await viewIdOf(edit) };
}

describe('the collaboration server', () => {
  it('serves the app and says that live sessions are on', async () => {
    const { url } = await server();
    const page = await fetch(`${url}/?room=abc`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>VPC Lab</title>');
    const health = await fetch(`${url}/collab/health`);
    expect(await health.json()).toEqual({ live: true, rooms: 0 });
  });

  it('carries an editor’s change to everyone in the room, and not to another room', async () => {
    const { url } = await server();
    const room = await newRoom();
    const other = await newRoom();
    const alice = await client(url, room.view, room.edit);
    const bob = await client(url, room.view, room.edit);
    const stranger = await client(url, other.view, other.edit);
    alice.doc.getMap('resources').set('vpc-1', 'from alice');
    await until(() => bob.doc.getMap('resources').get('vpc-1') === 'from alice', 2000, 'bob to see the change');
    await alice.acknowledged();
    expect(stranger.doc.getMap('resources').size).toBe(0);
  });

  it('lets a viewer read but enforces read-only on the server, whatever the viewer’s page does', async () => {
    const { url } = await server();
    const room = await newRoom();
    const editor = await client(url, room.view, room.edit);
    editor.doc.getMap('resources').set('web-1', 'kept');
    await editor.acknowledged();
    const viewer = await client(url, room.view, '');
    await until(() => viewer.doc.getMap('resources').get('web-1') === 'kept', 2000, 'the viewer to load the room');
    // A tampered page writes anyway: the server refuses to apply or relay it.
    viewer.doc.getMap('resources').set('web-1', 'defaced');
    viewer.doc.getMap('resources').set('evil', 'added');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.doc.getMap('resources').get('web-1')).toBe('kept');
    expect(editor.doc.getMap('resources').has('evil')).toBe(false);
    const late = await client(url, room.view, room.edit);
    expect(late.doc.getMap('resources').toJSON()).toEqual({ 'web-1': 'kept' });
  });

  it('grants no writing to a token that is not the room’s edit id (a view id, another room’s id)', async () => {
    const { url } = await server();
    const room = await newRoom();
    const other = await newRoom();
    const editor = await client(url, room.view, room.edit);
    for (const token of [room.view, other.edit, 'not-an-id']) {
      const intruder = await client(url, room.view, token);
      intruder.doc.getMap('resources').set(`by-${token}`, 'x');
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.doc.getMap('resources').size).toBe(0);
  });

  it('refuses a room name that is not a room id', async () => {
    const { url } = await server();
    const probe = await client(url, '../../etc/passwd', newEditId(), false);
    expect(probe.refusals).toEqual([CLOSE.badRoom.reason]);
  });

  it('keeps every acknowledged change across a restart of the server', async () => {
    const first = await startTestServer();
    const room = await newRoom();
    const alice = await connectClient(first.url, room.view, room.edit);
    for (let i = 0; i < 50; i += 1) alice.doc.getMap('resources').set(`r-${i}`, i);
    await alice.acknowledged();
    alice.destroy();
    await first.close();
    const second = await server({}, first.dataDir);
    const bob = await client(second.url, room.view, room.edit);
    expect(bob.doc.getMap('resources').size).toBe(50);
  });

  it('closes a connection that floods the room, with a reason the page can word', async () => {
    const { url } = await server({ messagesPerSecond: 5, messageBurst: 10 });
    const room = await newRoom();
    const flood = await client(url, room.view, room.edit, false);
    for (let i = 0; i < 40; i += 1) flood.doc.getMap('resources').set(`r-${i}`, i);
    await until(() => flood.closes.some((close) => close.reason === CLOSE.tooFast.reason), 3000, 'the rate limit');
  });

  it('refuses a change that would make the room larger than its limit, and keeps the room as it was', async () => {
    const { url } = await server({ roomBytes: 4096 });
    const room = await newRoom();
    const writer = await client(url, room.view, room.edit, false);
    writer.doc.getMap('resources').set('small', 'fits');
    await writer.acknowledged();
    writer.doc.getMap('resources').set('huge', 'x'.repeat(10_000));
    await until(
      () => writer.closes.some((close) => close.reason === CLOSE.roomTooLarge.reason),
      3000,
      'the size limit',
    );
    const reader = await client(url, room.view, room.edit);
    expect(reader.doc.getMap('resources').toJSON()).toEqual({ small: 'fits' });
  });

  it('holds at most the configured number of people in one room', async () => {
    const { url } = await server({ peoplePerRoom: 2 });
    const room = await newRoom();
    await client(url, room.view, room.edit);
    await client(url, room.view, '');
    const third = await client(url, room.view, '', false);
    expect(third.refusals).toEqual([CLOSE.roomFull.reason]);
  });
});
