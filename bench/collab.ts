/**
 * `npm run bench:collab`: live sessions under load. 20 Node clients in one room make 1,000
 * edits in total (50 each, paced as people typing and dragging would, well under the server's
 * rate limit), first against one server, then spread over two servers that share a Redis.
 * Prints the propagation latency (from one client's edit to another client seeing it: median
 * and p95 over every edit and every other client) and whether every client ends holding the
 * same document. All clients run in this process, so they share one clock.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { newEditId, viewIdOf } from '../src/collab/room-ids.ts';
import { connectClient, until, type TestClient } from '../server/test-support/client.ts';
import { startRedis } from '../server/test-support/redis.ts';
import { spawnServer, type ServerProcess } from '../server/test-support/spawn-server.ts';
import { printTable } from './table.ts';

const CLIENTS = 20;
const EDITS = 1000;
const EDITS_PER_SECOND_PER_CLIENT = 20;

interface RunFigures {
  readonly setup: string;
  readonly samples: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly identical: boolean;
  readonly seconds: number;
}

async function run(setup: string, servers: readonly ServerProcess[]): Promise<RunFigures> {
  const edit = newEditId();
  const room = await viewIdOf(edit);
  const clients: TestClient[] = [];
  for (let i = 0; i < CLIENTS; i += 1) clients.push(await connectClient(servers[i % servers.length]!.url, room, edit));

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  clients.forEach((client) => {
    client.doc.getMap('resources').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const sent = sentAt.get(key);
        if (sent !== undefined) latencies.push(now - sent);
      }
    });
  });

  const start = performance.now();
  const perClient = EDITS / CLIENTS;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let k = 0; k < perClient; k += 1) {
        const key = `r-${c}-${k}`;
        sentAt.set(key, performance.now());
        client.doc.getMap('resources').set(key, { x: k, y: c, name: `resource ${k} of client ${c}` });
        await new Promise((resolve) => setTimeout(resolve, 1000 / EDITS_PER_SECOND_PER_CLIENT));
      }
    }),
  );
  await until(
    () => clients.every((client) => client.doc.getMap('resources').size === EDITS),
    60_000,
    'every client to hold every edit',
  );
  const seconds = (performance.now() - start) / 1000;
  const states = new Set(
    clients.map(
      (client) =>
        Buffer.from(Y.encodeStateVector(client.doc)).toString('base64') +
        JSON.stringify(Object.entries(client.doc.getMap('resources').toJSON()).sort()),
    ),
  );
  for (const client of clients) client.destroy();

  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    setup,
    samples: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1)!,
    identical: states.size === 1,
    seconds,
  };
}

const figures: RunFigures[] = [];
const single = await spawnServer({ VPCLAB_DATA: mkdtempSync(join(tmpdir(), 'vpclab-bench-')) });
try {
  figures.push(await run('1 server', [single]));
} finally {
  await single.stop();
}

const redis = await startRedis();
const shared = mkdtempSync(join(tmpdir(), 'vpclab-bench-redis-'));
const pair = [
  await spawnServer({ VPCLAB_DATA: shared, REDIS_URL: redis.url }),
  await spawnServer({ VPCLAB_DATA: shared, REDIS_URL: redis.url }),
];
try {
  figures.push(await run('2 servers + Redis', pair));
} finally {
  for (const server of pair) await server.stop();
  await redis.stop();
}

console.log(
  `${CLIENTS} clients, ${EDITS} edits in one room (${EDITS_PER_SECOND_PER_CLIENT} edits/s per client); latency = edit to another client seeing it\n`,
);
printTable(
  ['setup', 'samples', 'median ms', 'p95 ms', 'max ms', 'all identical', 'wall s'],
  figures.map((f) => [
    f.setup,
    String(f.samples),
    f.median.toFixed(1),
    f.p95.toFixed(1),
    f.max.toFixed(1),
    f.identical ? 'yes' : 'NO',
    f.seconds.toFixed(1),
  ]),
);
if (figures.some((f) => !f.identical)) process.exitCode = 1;
