import type { VpcLabDocument } from '../model/index.ts';

/**
 * Whether two documents give the same analysis: the same resources and intents (the same
 * objects: edits share what they leave alone, undo restores the old objects) and layout entries
 * for the same ids (validation warns about an entry naming no resource). Moves, resizes, auto
 * layout and renaming the design differ only in what the engine never reads.
 */
export function analysesAlike(a: VpcLabDocument, b: VpcLabDocument): boolean {
  if (a === b) return true;
  if (a.resources !== b.resources || a.intents !== b.intents) return false;
  if (a.layout === b.layout) return true;
  const before = Object.keys(a.layout ?? {});
  const after = b.layout ?? {};
  return before.length === Object.keys(after).length && before.every((id) => Object.hasOwn(after, id));
}
