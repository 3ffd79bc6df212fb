import { error, type ValidationIssue } from './issues.ts';
import { checkEnvelope, CURRENT_VERSION } from './version.ts';

/** Upgrades a document of version n (as plain JSON) to version n + 1. */
export type Migration = (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * The migrations, keyed by the version they upgrade from: `MIGRATIONS[1]` turns a version 1
 * document into version 2.
 *
 * Version 2 only adds optional constructs (format.md, "Changes in version 2"): a version 1
 * document means the same thing in version 2, so its migration rewrites nothing but the
 * version, which the loop sets. Keeping the step explicit documents that this was decided,
 * not forgotten, and is where a later version's rewrite goes.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (document) => ({ ...document }),
};

/** Options for tests of the loop; production code uses the defaults. */
export interface MigrateOptions {
  readonly migrations?: Readonly<Record<number, Migration>>;
  readonly currentVersion?: number;
}

/** The migrated document (still unvalidated JSON) or the issue that stopped migration. */
export type MigrateResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly fromVersion: number }
  | { readonly ok: false; readonly issue: ValidationIssue };

/**
 * Checks the envelope and applies migrations one version at a time up to the current version.
 * Each step sets `version` itself, so a migration cannot forget it. Input is never mutated.
 */
export function migrateDocument(input: unknown, options: MigrateOptions = {}): MigrateResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const currentVersion = options.currentVersion ?? CURRENT_VERSION;
  const envelope = checkEnvelope(input, currentVersion);
  if (!envelope.ok) return envelope;
  let document = envelope.document;
  for (let version = envelope.version; version < currentVersion; version += 1) {
    const migration = migrations[version];
    if (!migration) {
      return {
        ok: false,
        issue: error(
          'VERSION_UNSUPPORTED',
          null,
          '$.version',
          `This file uses VPC Lab format version ${envelope.version}, which this version of VPC Lab can no longer convert (no upgrade from version ${version}). Open it in an older VPC Lab and export it again.`,
        ),
      };
    }
    try {
      document = { ...migration(document), version: version + 1 };
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return {
        ok: false,
        issue: error(
          'MIGRATION_FAILED',
          null,
          '$',
          `Upgrading this file from format version ${version} to ${version + 1} failed (${reason}). Check the file or report it with the file attached.`,
        ),
      };
    }
  }
  return { ok: true, document, fromVersion: envelope.version };
}
