import { TYPE_LABEL, type DocumentIndex } from '../../src/model/index.ts';
import { isPublicSubnet } from '../../src/model/index.ts';
import type { Placement } from './derive-boxes.ts';
import type { DiagramNode, NodeKind } from './diagram-types.ts';
import { EXTERNAL_LABEL } from './externals.ts';
import { nodeDetails } from './node-details.ts';

/**
 * React Flow nodes from the placements: positions relative to the parent (React Flow sub flows),
 * boxes from the absolute layout, and on the node element itself the accessible name
 * "<palette name> <name or id>" and `data-resource-id` (ui.md). Selection is not part of this:
 * it is applied separately, so selecting never re-derives the diagram.
 */
export function deriveNodes(index: DocumentIndex, placements: readonly Placement[]): DiagramNode[] {
  const boxOf = new Map<string, Placement>();
  return placements.map((p) => {
    boxOf.set(p.id, p);
    const parent = p.parent === undefined ? undefined : boxOf.get(p.parent);
    const position = parent ? { x: p.box.x - parent.box.x, y: p.box.y - parent.box.y } : { x: p.box.x, y: p.box.y };
    const r = p.resource;
    const resourceId = r ? r.id : (p.external ?? p.id);
    const title = r ? (r.name ?? r.id) : EXTERNAL_LABEL[p.external ?? 'internet'];
    const kind: NodeKind = r?.type === 'vpc' ? 'vpc' : r?.type === 'subnet' ? 'subnet' : r ? 'resource' : 'external';
    const node: DiagramNode = {
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
        ...(r?.type === 'subnet' ? { public: isPublicSubnet(index, r) } : {}),
      },
      ariaLabel: r ? `${TYPE_LABEL[r.type]} ${title}` : title,
      ariaRole: 'group',
      domAttributes: { 'data-resource-id': resourceId } as NonNullable<DiagramNode['domAttributes']>,
      ...(parent ? { parentId: parent.id } : {}),
      // Subnets stay inside their VPC; leaves may be dragged into another subnet (a reparent).
      ...(kind === 'subnet' && parent ? { extent: 'parent' as const } : {}),
      ...(kind === 'external' ? { draggable: false } : {}),
    };
    return node;
  });
}
