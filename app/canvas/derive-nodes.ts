import { TYPE_LABEL, type DocumentIndex, type Resource } from '../../src/model/index.ts';
import { isPublicSubnet } from '../../src/model/index.ts';
import type { Placement } from './derive-boxes.ts';
import type { DiagramNode, NodeKind } from './diagram-types.ts';
import { EXTERNAL_LABEL } from './externals.ts';
import { nodeDetails } from './node-details.ts';
import { sameNode } from './share-unchanged.ts';

/**
 * What a derived node was made from besides its own position, size and parent: everything in a
 * node's data and accessible name is a function of these. Kept beside each node object so that
 * the next derivation can hand back the same object without rebuilding and comparing it.
 */
interface NodeSource {
  readonly resource: Resource | null;
  readonly external: string | undefined;
  /** Subnets only: the one fact a node shows that another resource (its route table) decides. */
  readonly public: boolean | undefined;
}

const sources = new WeakMap<DiagramNode, NodeSource>();

/**
 * React Flow nodes from the placements: positions relative to the parent (React Flow sub flows),
 * boxes from the absolute layout, and on the node element itself the accessible name
 * "<palette name> <name or id>" and `data-resource-id` (ui.md). Selection is not part of this:
 * it is applied separately, so selecting never re-derives the diagram.
 *
 * A node of `previous` whose resource object, public flag, parent, position and size are all
 * unchanged is handed back as it is. Documents are immutable and edits share every untouched
 * resource object, so after an edit on a large design almost every node is reused at the cost
 * of a few comparisons (building and comparing 1,000 nodes took a 30 ms slice of the render).
 */
export function deriveNodes(
  index: DocumentIndex,
  placements: readonly Placement[],
  previous: readonly DiagramNode[] = [],
): DiagramNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const boxOf = new Map<string, Placement>();
  return placements.map((p) => {
    boxOf.set(p.id, p);
    const parent = p.parent === undefined ? undefined : boxOf.get(p.parent);
    const x = parent ? p.box.x - parent.box.x : p.box.x;
    const y = parent ? p.box.y - parent.box.y : p.box.y;
    const r = p.resource;
    const source: NodeSource = {
      resource: r,
      external: p.external,
      public: r?.type === 'subnet' ? isPublicSubnet(index, r) : undefined,
    };
    const old = before.get(p.id);
    const oldSource = old && sources.get(old);
    if (
      old &&
      oldSource &&
      oldSource.resource === source.resource &&
      oldSource.external === source.external &&
      oldSource.public === source.public &&
      old.parentId === parent?.id &&
      old.position.x === x &&
      old.position.y === y &&
      old.width === p.box.width &&
      old.height === p.box.height
    ) {
      return old;
    }
    const built = buildNode(index, p, parent, { x, y }, source);
    // A new resource object that draws the same (a rule or tag edited) keeps the old node.
    const node = old && sameNode(old, built) ? old : built;
    sources.set(node, source);
    return node;
  });
}

function buildNode(
  index: DocumentIndex,
  p: Placement,
  parent: Placement | undefined,
  position: { x: number; y: number },
  source: NodeSource,
): DiagramNode {
  const r = p.resource;
  const resourceId = r ? r.id : (p.external ?? p.id);
  const title = r ? (r.name ?? r.id) : EXTERNAL_LABEL[p.external ?? 'internet'];
  const kind: NodeKind = r?.type === 'vpc' ? 'vpc' : r?.type === 'subnet' ? 'subnet' : r ? 'resource' : 'external';
  return {
    id: p.id,
    type: kind,
    position,
    width: p.box.width,
    height: p.box.height,
    // The size is known, so React Flow need not measure: an unmeasured node also loses its
    // handle bounds whenever it changes, and re-measuring it updates React Flow's whole store.
    measured: { width: p.box.width, height: p.box.height },
    data: {
      resourceId,
      type: r ? r.type : (p.external ?? 'internet'),
      title,
      details: r ? nodeDetails(index, r) : [],
      ...(source.public !== undefined ? { public: source.public } : {}),
    },
    ariaLabel: r ? `${TYPE_LABEL[r.type]} ${title}` : title,
    ariaRole: 'group',
    domAttributes: { 'data-resource-id': resourceId } as NonNullable<DiagramNode['domAttributes']>,
    ...(parent ? { parentId: parent.id } : {}),
    // Subnets stay inside their VPC; leaves may be dragged into another subnet (a reparent).
    ...(kind === 'subnet' && parent ? { extent: 'parent' as const } : {}),
    ...(kind === 'external' ? { draggable: false } : {}),
  };
}
