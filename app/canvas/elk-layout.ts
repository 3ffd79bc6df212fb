import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutEntry } from '../../src/model/index.ts';
import type { Diagram } from './derive-diagram.ts';
import type { Placement } from './derive-boxes.ts';
import { CONTAINER, SIZE } from './sizes.ts';

/** Gateways sit on their VPC's edge, outside elk's containment: placed after it, like the auto arrangement. */
const EDGE_TYPES = new Set(['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway']);
const isEdgeGateway = (p: Placement) =>
  p.resource !== null &&
  (EDGE_TYPES.has(p.resource.type) || (p.resource.type === 'vpc-endpoint' && p.resource.kind === 'gateway'));

/**
 * Lays the whole design out with elk, keeping containment (resources in their subnets, subnets in
 * their VPC, subnets ordered by AZ) and the links between VPCs, transit gateways and on-premises
 * networks. Returns absolute layout entries for every drawn resource: one `move` command.
 */
export async function elkLayout(diagram: Diagram): Promise<Record<string, LayoutEntry>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const placements = [...diagram.placements.values()].filter((p) => p.resource !== null);
  const childrenOf = (id: string) =>
    (diagram.children.get(id) ?? []).flatMap((c) => diagram.placements.get(c) ?? []).filter((p) => !isEdgeGateway(p));

  const toElk = (p: Placement): ElkNode => {
    const type = p.resource!.type;
    if (type === 'vpc' || type === 'subnet') {
      const children = childrenOf(p.id);
      if (type === 'vpc') children.sort((a, b) => azOf(a).localeCompare(azOf(b)));
      const inner = type === 'vpc' ? CONTAINER.gap : CONTAINER.padding;
      return {
        id: p.id,
        layoutOptions: {
          'elk.algorithm': 'rectpacking',
          'elk.padding': `[top=${CONTAINER.header},left=${inner},bottom=${type === 'vpc' ? 60 : inner},right=${inner}]`,
          'elk.spacing.nodeNode': type === 'vpc' ? '40' : '17',
          'elk.aspectRatio': type === 'vpc' ? '2.2' : '1.6',
        },
        children: children.map(toElk),
        ...(children.length === 0 ? { width: SIZE.subnet.width, height: SIZE.subnet.height } : {}),
      };
    }
    return { id: p.id, width: p.box.width, height: p.box.height };
  };

  const roots = placements.filter((p) => p.parent === undefined);
  const rootIds = new Set(roots.map((p) => p.id));
  const vpcOfGateway = new Map(placements.filter(isEdgeGateway).map((p) => [p.id, p.parent ?? p.id]));
  const edges: ElkExtendedEdge[] = diagram.edges.flatMap((e) => {
    const source = vpcOfGateway.get(e.source) ?? e.source;
    const target = vpcOfGateway.get(e.target) ?? e.target;
    return rootIds.has(source) && rootIds.has(target) && source !== target
      ? [{ id: e.id, sources: [source], targets: [target] }]
      : [];
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '120',
      'elk.layered.spacing.nodeNodeBetweenLayers': '200',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children: roots.map(toElk),
    edges,
  };
  const result = await new ELK().layout(graph);

  const layout: Record<string, LayoutEntry> = {};
  const visit = (node: ElkNode, ox: number, oy: number) => {
    const x = Math.round(ox + (node.x ?? 0));
    const y = Math.round(oy + (node.y ?? 0));
    if (node.id !== 'root') {
      const type = diagram.placements.get(node.id)?.resource?.type;
      layout[node.id] =
        type === 'vpc' || type === 'subnet'
          ? { x, y, width: Math.round(node.width ?? 0), height: Math.round(node.height ?? 0) }
          : { x, y };
    }
    for (const child of node.children ?? []) visit(child, node.id === 'root' ? 0 : x, node.id === 'root' ? 0 : y);
  };
  visit(result, 0, 0);

  // Gateways back onto their VPC's edge.
  const used = new Map<string, number>();
  for (const p of placements.filter(isEdgeGateway)) {
    const vpc = p.parent === undefined ? undefined : layout[p.parent];
    if (!vpc) continue;
    const side = p.resource!.type === 'vpn-gateway' ? 'left' : p.resource!.type === 'vpc-endpoint' ? 'right' : 'top';
    const key = `${p.parent}:${side}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    const { width, height } = SIZE.leaf;
    layout[p.id] =
      side === 'top'
        ? { x: vpc.x + 60 + k * 110, y: vpc.y - height / 2 }
        : side === 'left'
          ? { x: vpc.x - width / 2, y: vpc.y + CONTAINER.header + k * 90 }
          : { x: vpc.x + (vpc.width ?? 0) - width / 2, y: vpc.y + CONTAINER.header + k * 90 };
  }
  return layout;
}

function azOf(p: Placement): string {
  return p.resource?.type === 'subnet' ? p.resource.az : '';
}
