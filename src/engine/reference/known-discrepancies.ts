/**
 * Seeds on which the engine is known to disagree with the reference because of an engine bug.
 * Each one is pinned as an `it.fails` test in regressions.test.ts with what the engine gets
 * wrong; the differential test skips them so it stays green until the engine is fixed. Remove
 * a seed from here when its regression test starts passing (vitest then reports the
 * `it.fails` as failed, which is the reminder).
 */
export const KNOWN_ENGINE_DISCREPANCIES: ReadonlySet<number> = new Set<number>([]);
