import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenario } from '../../model/test-support/shared.ts';
import { main } from '../main.ts';

/** What one in-process CLI run produced. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `vpclab <argv>` in-process with collecting streams; `stdin` (text as UTF-8, or bytes) feeds "-". */
export async function run(argv: readonly string[], stdin: string | Uint8Array = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: () => Promise.resolve(typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
  });
  return { code, stdout, stderr };
}

let folder: string | undefined;

/** Writes a file (text, bytes, or a value as JSON) under one fresh temp folder and returns its path. */
export function tempFile(name: string, content: unknown): string {
  folder ??= mkdtempSync(join(tmpdir(), 'vpclab-cli-'));
  const path = join(folder, name);
  writeFileSync(
    path,
    typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2),
  );
  return path;
}

/** A scenario's document written to a temp file, its intents optionally replaced. */
export function scenarioFile(prefix: string, intents?: readonly unknown[]): string {
  const { file, document } = scenario(prefix);
  return tempFile(intents ? `${prefix}intents.json` : file, intents ? { ...document, intents } : document);
}

/** Removes the temp folder (call from afterAll). */
export function removeTempFiles(): void {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}
