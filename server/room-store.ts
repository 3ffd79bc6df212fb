import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';

/**
 * The rooms' documents in one SQLite file. Every change a person sends is appended to a log
 * before the server acknowledges it (better-sqlite3 writes synchronously, inside the Yjs update
 * event), so a crash or restart loses nothing acknowledged; now and then the log is folded into
 * one compact state per room. Several servers may share the file (WAL mode): folding merges
 * rather than overwrites, so a change another server logged meanwhile is never dropped.
 */
export class RoomStore {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<RoomStore['prepare']>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'rooms.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a crash of this process (what a restart is); only a power
    // loss can take the last transactions, and then the clients still hold them (y-indexeddb).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS rooms (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS updates_by_room ON updates (name, seq);
    `);
    this.statements = this.prepare();
  }

  private prepare() {
    return {
      state: this.db.prepare<[string], { state: Buffer }>('SELECT state FROM rooms WHERE name = ?'),
      log: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE name = ? ORDER BY seq',
      ),
      append: this.db.prepare<[string, Buffer]>('INSERT INTO updates (name, data) VALUES (?, ?)'),
      save: this.db.prepare<[string, Buffer, number]>(
        'INSERT INTO rooms (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      ),
      dropLog: this.db.prepare<[string, number]>('DELETE FROM updates WHERE name = ? AND seq <= ?'),
    };
  }

  /** The room's whole document as one Yjs update, or null for a room never written. */
  load(name: string): Uint8Array | null {
    const parts = this.parts(name).map((part) => part.data);
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  }

  /** Logs one change; returns once it is on disk (as far as SQLite's WAL promises). */
  append(name: string, update: Uint8Array): void {
    this.statements.append.run(name, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  /**
   * Folds the log into the room's state. `current` (the server's in-memory document) is merged
   * with what is stored, never substituted for it.
   */
  compact(name: string, current: Uint8Array): void {
    this.db.transaction(() => {
      const parts = this.parts(name);
      const lastSeq = parts.reduce((last, part) => Math.max(last, part.seq), 0);
      const merged = Y.mergeUpdates([...parts.map((part) => part.data), current]);
      this.statements.save.run(name, Buffer.from(merged), Date.now());
      if (lastSeq > 0) this.statements.dropLog.run(name, lastSeq);
    })();
  }

  close(): void {
    this.db.close();
  }

  private parts(name: string): { seq: number; data: Uint8Array }[] {
    const state = this.statements.state.get(name);
    const log = this.statements.log.all(name);
    return [
      ...(state ? [{ seq: 0, data: new Uint8Array(state.state) }] : []),
      ...log.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
    ];
  }
}
