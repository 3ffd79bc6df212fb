/**
 * `npm start`: serves the built app and live sessions on one port (README, "Live sessions").
 * Settings come from the environment (server/config.ts); a wrong one stops the server with a
 * sentence naming it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppServer } from './app-server.ts';
import { configFromEnv } from './config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let config;
try {
  config = configFromEnv(process.env, root);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const server = await startAppServer(config);
console.log(`VPC Lab on ${server.url} (live sessions at ${server.url.replace(/^http/, 'ws')}/collab)`);
console.log(
  `Rooms are kept in ${config.dataDir}${config.redisUrl ? `; sharing rooms through ${config.redisUrl}` : ''}.`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
