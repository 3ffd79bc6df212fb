import type { Diagram } from './derive-diagram.ts';

/**
 * Keeps the previous derivation's node and edge objects wherever the new one is equal, so an
 * edit that changes one subnet hands React Flow one new node, not hundreds: React Flow reuses
 * its internal node (no re-measure) and its memoised node components skip unchanged objects.
 * Returns `previous` itself when nothing drawn changed.
 */
export function shareUnchanged(previous: Diagram | undefined, next: Diagram): Diagram {
  if (!previous) return next;
  const nodes = shareById(previous.nodes, next.nodes);
  const edges = shareById(previous.edges, next.edges);
  if (nodes === previous.nodes && edges === previous.edges && samePlacements(previous, next)) return previous;
  return { ...next, nodes, edges };
}

/** The elements of `next`, each replaced by its equal predecessor of the same id when there is one. */
function shareById<T extends { readonly id: string }>(previous: readonly T[], next: readonly T[]): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let reusedAll = previous.length === next.length;
  const shared = next.map((item, i) => {
    const old = before.get(item.id);
    if (old !== undefined && plainEqual(old, item)) {
      if (previous[i] !== old) reusedAll = false;
      return old;
    }
    reusedAll = false;
    return item;
  });
  return reusedAll ? previous : shared;
}

function samePlacements(previous: Diagram, next: Diagram): boolean {
  if (previous.placements.size !== next.placements.size) return false;
  for (const [id, placement] of next.placements) {
    const old = previous.placements.get(id);
    if (!old || old.resource !== placement.resource || old.parent !== placement.parent) return false;
    if (!plainEqual(old.box, placement.box)) return false;
  }
  return true;
}

/** Deep equality of JSON-like values (the derived nodes hold nothing else). */
export function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!plainEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
