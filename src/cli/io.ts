import { readFile } from 'node:fs/promises';
import { parseDocumentText, type ValidationReport } from '../model/index.ts';
import { validateScenarioText } from './scenario-file.ts';

/** Where a command writes; tests pass collectors, the real CLI passes the process streams. */
export interface Console {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin(): Promise<string>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** Reads a document file, or standard input for "-". Unreadable input is a usage error (exit 2). */
export async function readInput(path: string, io: Console): Promise<string> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/**
 * Reads and validates a document file (or standard input for "-"). A shared scenario file gives
 * its document, with its cases checked as intents (scenario-file.ts).
 */
export async function readReport(path: string, io: Console): Promise<ValidationReport> {
  const text = await readInput(path, io);
  return validateScenarioText(text) ?? parseDocumentText(text);
}
