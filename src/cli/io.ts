import { readFile } from 'node:fs/promises';
import { decodeDocumentBytes, parseDocumentText, toReport, type ValidationReport } from '../model/index.ts';
import { validateScenarioText } from './scenario-file.ts';
import type enCli from '../i18n/locales/en/cli.json';

/** Where a command writes; tests pass collectors, the real CLI passes the process streams. */
export interface Console {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Resolves once what was written to stdout has left the process. A pipe takes writes
   * asynchronously: a command that streams a large output waits here between chunks, or the
   * whole output would queue in memory.
   */
  drained?(): Promise<void>;
  /** Standard input's bytes, decoded like a file (decode-text.ts). */
  stdin(): Promise<Uint8Array>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A usage mistake's message key (catalogue `cli`, group `usageErrors`) and its specifics. */
export interface UsageWords {
  readonly key: keyof typeof enCli.usageErrors;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A mistake in how the command was run (exit 2). `message` is the English sentence; `words`,
 * when given, words it in the language the command line asked for (main.ts).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly words?: UsageWords,
  ) {
    super(message);
  }
}

/** Reads a file's bytes, or standard input for "-". Unreadable input is a usage error (exit 2). */
export async function readInput(path: string, io: Console): Promise<Uint8Array> {
  if (path === '-') return io.stdin();
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`cannot read ${path}: ${reason}`, {
      key: 'cannotRead',
      params: { path, reason: missing ? 'missing' : 'other', detail: reason },
    });
  }
}

/**
 * Reads and validates a document file (or standard input for "-"), decoded as the page decodes
 * an import (decode-text.ts: an encoding it does not read is the document's one error, exit 1).
 * A shared scenario file gives its document, with its cases checked as intents (scenario-file.ts).
 */
export async function readReport(path: string, io: Console): Promise<ValidationReport> {
  const decoded = decodeDocumentBytes(await readInput(path, io));
  if (!decoded.ok) return toReport(null, [decoded.issue]);
  return validateScenarioText(decoded.text) ?? parseDocumentText(decoded.text);
}
