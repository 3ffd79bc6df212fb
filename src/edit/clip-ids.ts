import { ID_PATTERN } from '../model/index.ts';

/**
 * A readable fresh id: the id itself when it is free, else its trailing number counted up
 * (`web-1` -> `web-2`), or `-2`, `-3`, ... added when it has none (`web` -> `web-2`). Kept
 * within the 64 characters an id may have.
 * @example freshReadableId('web-1', new Set(['web-1', 'web-2'])) // 'web-3'
 */
export function freshReadableId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const numbered = /^(.*?)(\d+)$/.exec(id);
  const base = numbered ? numbered[1]! : `${id}-`;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n += 1) {
    const suffix = String(n);
    const candidate = `${base.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate) && ID_PATTERN.test(candidate)) return candidate;
  }
}
