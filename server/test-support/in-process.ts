import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer, type RunningServer } from '../app-server.ts';
import { DEFAULT_LIMITS, type Limits, type ServerConfig } from '../config.ts';

/** A server in this process on a free port, with its own data folder and a one-page "app". */
export async function startTestServer(
  limits: Partial<Limits> = {},
  dataDir?: string,
): Promise<RunningServer & { dataDir: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'vpclab-collab-'));
  const distDir = join(folder, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>VPC Lab</title>');
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    distDir,
    dataDir: dataDir ?? join(folder, 'data'),
    redisUrl: null,
    limits: { ...DEFAULT_LIMITS, ...limits },
  };
  const server = await startAppServer(config);
  return Object.assign(server, { dataDir: config.dataDir });
}
