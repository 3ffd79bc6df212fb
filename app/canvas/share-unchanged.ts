import type { Diagram } from './derive-diagram.ts';
import type { DiagramEdge, DiagramNode } from './diagram-types.ts';
import { sameDrawnInterface } from './derive-nodes.ts';
import { shareFacts } from './node-facts.ts';

/**
 * Keeps the previous derivation's node, edge and facts objects wherever the new one is equal, so an
 * edit that changes one subnet hands React Flow one new node, not hundreds: React Flow reuses
 * its internal node (no re-measure) and its memoised node components skip unchanged objects.
 * Returns `previous` itself when nothing drawn changed.
 */
export function shareUnchanged(previous: Diagram | undefined, next: Diagram): Diagram {
  if (!previous) return next;
  const nodes = shareById(previous.nodes, next.nodes, sameNode);
  const edges = shareById(previous.edges, next.edges, sameEdge);
  const facts = shareFacts(previous.facts, next.facts);
  if (
    nodes === previous.nodes &&
    edges === previous.edges &&
    facts === previous.facts &&
    samePlacements(previous, next)
  )
    return previous;
  return { ...next, nodes, edges, facts };
}

/** The elements of `next`, each replaced by its equal predecessor of the same id when there is one. */
function shareById<T extends { readonly id: string }>(
  previous: readonly T[],
  next: readonly T[],
  equal: (a: T, b: T) => boolean,
): readonly T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  let reusedAll = previous.length === next.length;
  const shared = next.map((item, i) => {
    const old = before.get(item.id);
    if (old !== undefined && (old === item || equal(old, item))) {
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
    if (old.networkInterface?.instance !== placement.networkInterface?.instance) return false;
    const a = old.box;
    const b = placement.box;
    if (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height) return false;
  }
  return true;
}

/** The keys `sameNode` compares: a derived node has no others (a test holds `deriveNodes` to it). */
export const NODE_KEYS = [
  'id',
  'type',
  'position',
  'width',
  'height',
  'measured',
  'data',
  'ariaLabel',
  'ariaRole',
  'domAttributes',
  'parentId',
  'extent',
  'draggable',
  'zIndex',
  'className',
] as const;

/**
 * Equality of two derived nodes, field by field: a generic deep comparison allocated key lists
 * for every node and was most of this step's time at 1,000 nodes.
 */
export function sameNode(a: DiagramNode, b: DiagramNode): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.ariaLabel === b.ariaLabel &&
    a.ariaRole === b.ariaRole &&
    a.parentId === b.parentId &&
    a.extent === b.extent &&
    a.draggable === b.draggable &&
    a.domAttributes?.['data-resource-id' as keyof typeof a.domAttributes] ===
      b.domAttributes?.['data-resource-id' as keyof typeof b.domAttributes] &&
    a.data.resourceId === b.data.resourceId &&
    a.data.type === b.data.type &&
    a.data.title === b.data.title &&
    a.data.annotation === b.data.annotation &&
    sameDrawnInterface(a.data.networkInterface, b.data.networkInterface) &&
    a.zIndex === b.zIndex &&
    a.className === b.className
  );
}

/** The keys `sameEdge` compares: a derived edge has no others (a test holds `deriveEdges` to it). */
export const EDGE_KEYS = [
  'id',
  'source',
  'target',
  'type',
  'data',
  'selectable',
  'focusable',
  'className',
  'ariaLabel',
  'ariaRole',
  'domAttributes',
] as const;

/** Equality of two derived edges, field by field (see `sameNode`). */
export function sameEdge(a: DiagramEdge, b: DiagramEdge): boolean {
  return (
    a.id === b.id &&
    a.source === b.source &&
    a.target === b.target &&
    a.type === b.type &&
    a.data?.kind === b.data?.kind &&
    a.data?.label === b.data?.label &&
    a.selectable === b.selectable &&
    a.focusable === b.focusable &&
    a.className === b.className &&
    a.ariaLabel === b.ariaLabel &&
    a.ariaRole === b.ariaRole &&
    a.domAttributes?.['data-resource-id' as keyof typeof a.domAttributes] ===
      b.domAttributes?.['data-resource-id' as keyof typeof b.domAttributes]
  );
}
