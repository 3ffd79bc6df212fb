import { resolve } from 'node:path';

/** Everything the server can be told, from the environment (README, "Live sessions server"). */
export interface ServerConfig {
  /** TCP port for the app and `/collab` (PORT; 0 picks a free one, for tests). */
  readonly port: number;
  /** Interface to listen on (HOST). */
  readonly host: string;
  /** The built app to serve (VPCLAB_DIST), `dist/` by default. */
  readonly distDir: string;
  /** Where the rooms' SQLite file lives (VPCLAB_DATA), `data/` by default. */
  readonly dataDir: string;
  /** A Redis server shared by several app servers (REDIS_URL), or none for one server. */
  readonly redisUrl: string | null;
  readonly limits: Limits;
}

export interface Limits {
  /** Largest encoded room document, in bytes (VPCLAB_MAX_ROOM_BYTES). */
  readonly roomBytes: number;
  /** Largest single WebSocket message, in bytes (VPCLAB_MAX_MESSAGE_BYTES). */
  readonly messageBytes: number;
  /** Messages per second one connection may send on average (VPCLAB_MESSAGES_PER_SECOND)... */
  readonly messagesPerSecond: number;
  /** ...and in one burst (VPCLAB_MESSAGE_BURST). */
  readonly messageBurst: number;
  /** Connections one room may hold at once (VPCLAB_MAX_PEOPLE_PER_ROOM). */
  readonly peoplePerRoom: number;
}

export const DEFAULT_LIMITS: Limits = {
  // A design of 5,000 resources is about 2 MB of JSON; a room holds its edit history too.
  roomBytes: 8 * 1024 * 1024,
  messageBytes: 2 * 1024 * 1024,
  // Dragging a node sends a position update per frame; 60 per second with room for bursts.
  messagesPerSecond: 60,
  messageBurst: 240,
  peoplePerRoom: 50,
};

/** Reads the configuration from `env`; a malformed value is an error naming the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  return {
    port: integer(env, 'PORT', 4173, 0, 65535),
    host: env['HOST'] ?? '0.0.0.0',
    distDir: resolve(root, env['VPCLAB_DIST'] ?? 'dist'),
    dataDir: resolve(root, env['VPCLAB_DATA'] ?? 'data'),
    redisUrl: env['REDIS_URL'] ? redisUrl(env['REDIS_URL']) : null,
    limits: {
      roomBytes: integer(env, 'VPCLAB_MAX_ROOM_BYTES', DEFAULT_LIMITS.roomBytes, 1024, 2 ** 31),
      messageBytes: integer(env, 'VPCLAB_MAX_MESSAGE_BYTES', DEFAULT_LIMITS.messageBytes, 1024, 2 ** 31),
      messagesPerSecond: integer(env, 'VPCLAB_MESSAGES_PER_SECOND', DEFAULT_LIMITS.messagesPerSecond, 1, 1_000_000),
      messageBurst: integer(env, 'VPCLAB_MESSAGE_BURST', DEFAULT_LIMITS.messageBurst, 1, 1_000_000),
      peoplePerRoom: integer(env, 'VPCLAB_MAX_PEOPLE_PER_ROOM', DEFAULT_LIMITS.peoplePerRoom, 1, 100_000),
    },
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; it is ${JSON.stringify(text)}.`);
  }
  return value;
}

function redisUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`REDIS_URL must be a URL such as redis://127.0.0.1:6379; it is ${JSON.stringify(text)}.`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must start with redis:// or rediss://; it is ${JSON.stringify(text)}.`);
  }
  return text;
}
