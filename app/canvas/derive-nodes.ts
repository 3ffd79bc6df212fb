import type { Placement } from './derive-boxes.ts';
import type { DiagramNode, DrawnInterface, NodeKind } from './diagram-types.ts';
import type { Translate } from '../../src/i18n/i18n.ts';
import { EXTERNAL_LABEL } from './externals.ts';
import { currentT } from '../i18n/use-t.ts';

/**
 * React Flow nodes from the placements: positions relative to the parent (React Flow sub flows),
 * boxes from the absolute layout, and on the node element itself the accessible name
 * "<palette name> <name or id>" and `data-resource-id` (ui.md). Selection is not part of this:
 * it is applied separately, so selecting never re-derives the diagram; nor are the facts a node
 * shows under its title (see `deriveFacts`).
 *
 * A node of `previous` with the same identity, title, parent, position and size is handed back
 * as it is: those are all a node holds. After an edit on a large design almost every node is
 * reused at the cost of a few comparisons, and React Flow, which compares node objects, finds
 * nothing to do for them.
 */
export function deriveNodes(placements: readonly Placement[], previous: readonly DiagramNode[] = []): DiagramNode[] {
  const t = currentT();
  const before = new Map(previous.map((node) => [node.id, node]));
  const boxOf = new Map<string, Placement>();
  return placements.map((p) => {
    boxOf.set(p.id, p);
    const parent = p.parent === undefined ? undefined : boxOf.get(p.parent);
    const x = parent ? p.box.x - parent.box.x : p.box.x;
    const y = parent ? p.box.y - parent.box.y : p.box.y;
    if (p.networkInterface) {
      const node = interfaceNode(p, parent, t);
      const old = before.get(p.id);
      return old && sameInterfaceNode(old, node) ? old : node;
    }
    const r = p.resource;
    const resourceId = r ? r.id : (p.external ?? p.id);
    const type = r ? r.type : (p.external ?? 'internet');
    const title = r ? (r.name ?? r.id) : EXTERNAL_LABEL[p.external ?? 'internet'];
    // Worded in the page's language; `useDiagram` derives again when the language changes.
    const ariaLabel = r
      ? t('canvas:nodeName', { type: t(`palette:items.${r.type}`), title })
      : t(`canvas:externals.${p.external ?? 'internet'}`);
    const old = before.get(p.id);
    if (
      old &&
      old.data.resourceId === resourceId &&
      old.data.type === type &&
      old.data.title === title &&
      old.ariaLabel === ariaLabel &&
      old.parentId === parent?.id &&
      old.position.x === x &&
      old.position.y === y &&
      old.width === p.box.width &&
      old.height === p.box.height
    ) {
      return old;
    }
    const kind: NodeKind = r?.type === 'vpc' ? 'vpc' : r?.type === 'subnet' ? 'subnet' : r ? 'resource' : 'external';
    const node: DiagramNode = {
      id: p.id,
      type: kind,
      position: { x, y },
      width: p.box.width,
      height: p.box.height,
      // The size is known, so React Flow need not measure: an unmeasured node also loses its
      // handle bounds whenever it changes, and re-measuring it updates React Flow's whole store.
      measured: { width: p.box.width, height: p.box.height },
      data: { resourceId, type, title },
      ariaLabel,
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

/**
 * A secondary network interface, drawn in its own subnet: its id is its endpoint (`web-1/eni-1`),
 * which a click selects, and its accessible name "Network interface eni-1 of web-1" (ui.md).
 */
function interfaceNode(p: Placement, parent: Placement | undefined, t: Translate): DiagramNode {
  const { instance, eni } = p.networkInterface!;
  const instanceTitle = instance.name ?? instance.id;
  return {
    id: p.id,
    type: 'interface',
    position: parent ? { x: p.box.x - parent.box.x, y: p.box.y - parent.box.y } : { x: p.box.x, y: p.box.y },
    width: p.box.width,
    height: p.box.height,
    measured: { width: p.box.width, height: p.box.height },
    data: {
      resourceId: eni.endpoint,
      type: 'instance',
      title: eni.name,
      networkInterface: { instance: instance.id, instanceTitle, name: eni.name, position: eni.deviceIndex - 1 },
    },
    ariaLabel: t('interfaces:canvas.nodeName', { name: eni.name, instance: instanceTitle }),
    ariaRole: 'group',
    domAttributes: { 'data-resource-id': eni.endpoint } as NonNullable<DiagramNode['domAttributes']>,
    ...(parent ? { parentId: parent.id } : {}),
  };
}

function sameInterfaceNode(a: DiagramNode, b: DiagramNode): boolean {
  return (
    a.type === b.type &&
    a.ariaLabel === b.ariaLabel &&
    a.parentId === b.parentId &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    sameDrawnInterface(a.data.networkInterface, b.data.networkInterface)
  );
}

/** Equal interface facts of two nodes (both undefined on any other node). */
export function sameDrawnInterface(a: DrawnInterface | undefined, b: DrawnInterface | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.instance === b.instance && a.instanceTitle === b.instanceTitle && a.name === b.name && a.position === b.position
  );
}
