import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newEditId, viewIdOf } from '../src/collab/room-ids.ts';
import { connectClient, until } from './test-support/client.ts';
import { startRedis } from './test-support/redis.ts';
import { spawnServer } from './test-support/spawn-server.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function newRoom() {
  const edit = newEditId();
  return { edit, view: await viewIdOf(edit) };
}

describe('the server as its own process (npm start)', () => {
  it('loses no acknowledged change when it is killed mid-session, and clients reconnect by themselves', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vpclab-crash-'));
    const first = await spawnServer({ VPCLAB_DATA: dataDir });
    const room = await newRoom();
    const alice = await connectClient(first.url, room.view, room.edit);
    cleanups.push(() => alice.destroy());
    for (let i = 0; i < 100; i += 1) alice.doc.getMap('resources').set(`r-${i}`, i);
    await alice.acknowledged();
    // SIGKILL: nothing is stored on the way out; only what was on disk before the ack survives.
    await first.crash();

    const port = new URL(first.url).port;
    const second = await spawnServer({ VPCLAB_DATA: dataDir, PORT: port });
    cleanups.push(() => second.stop());
    const bob = await connectClient(second.url, room.view, room.edit);
    cleanups.push(() => bob.destroy());
    expect(bob.doc.getMap('resources').size).toBe(100);

    // Alice's provider reconnects to the restarted server on its own and keeps editing.
    alice.doc.getMap('resources').set('after-restart', true);
    await until(() => bob.doc.getMap('resources').get('after-restart') === true, 10_000, 'alice to reconnect');
  }, 60_000);

  it('scales out: clients of two servers sharing one Redis converge on one document', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.stop());
    const dataDir = mkdtempSync(join(tmpdir(), 'vpclab-redis-'));
    const east = await spawnServer({ VPCLAB_DATA: dataDir, REDIS_URL: redis.url });
    cleanups.push(() => east.stop());
    const west = await spawnServer({ VPCLAB_DATA: dataDir, REDIS_URL: redis.url });
    cleanups.push(() => west.stop());
    const room = await newRoom();
    const clients = await Promise.all(
      [east, west, east, west].map((server) => connectClient(server.url, room.view, room.edit)),
    );
    for (const client of clients) cleanups.push(() => client.destroy());
    clients.forEach((client, i) => {
      const resources = client.doc.getMap('resources');
      for (let k = 0; k < 10; k += 1) resources.set(`c${i}-${k}`, k);
    });
    const everything = () => clients.every((client) => client.doc.getMap('resources').size === 40);
    await until(everything, 10_000, 'all four clients to hold all 40 changes').catch((error: Error) => {
      const held = clients.map((client) => client.doc.getMap('resources').size).join(', ');
      throw new Error(`${error.message} (they hold ${held})\n${east.output()}${west.output()}`);
    });
    const states = clients.map((client) =>
      JSON.stringify(Object.entries(client.doc.getMap('resources').toJSON()).sort()),
    );
    expect(new Set(states).size).toBe(1);
  }, 60_000);
});
