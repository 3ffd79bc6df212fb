/**
 * A synchronous copy of the latest design, written when the page is hidden or unloaded while
 * its IndexedDB save is still pending or in flight. IndexedDB writes are asynchronous, and a
 * reload or a closed tab cuts them off: without this, an edit made a moment before a reload
 * was lost. `localStorage` is written before the page goes, and the next start takes whichever
 * of the two copies is newer.
 */
const KEY = 'vpclab:write-ahead';

export interface WriteAhead {
  readonly savedAt: number;
  readonly tab: string;
  /** Untrusted until validated (another version or a hand edit may have written it). */
  readonly document: unknown;
}

/** Writes the copy; false when the browser refused (storage full or blocked). */
export function writeAhead(entry: WriteAhead): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** The copy, if one is there and has the expected shape. */
export function readWriteAhead(): WriteAhead | undefined {
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return undefined;
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const entry = value as Record<string, unknown>;
    if (typeof entry.savedAt !== 'number' || typeof entry.tab !== 'string' || !('document' in entry)) return undefined;
    return { savedAt: entry.savedAt, tab: entry.tab, document: entry.document };
  } catch {
    return undefined;
  }
}

/** Drops the copy once IndexedDB holds work at least as new (another tab's newer copy stays). */
export function clearWriteAhead(savedUpTo: number): void {
  const entry = readWriteAhead();
  if (entry && entry.savedAt > savedUpTo) return;
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the stale copy is older than IndexedDB's and will be ignored.
  }
}
