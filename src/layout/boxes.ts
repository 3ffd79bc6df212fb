import {
  instanceInterfaces,
  subnetsOf,
  type DocumentIndex,
  type Instance,
  type InstanceInterface,
  type LayoutEntry,
  type Resource,
} from '../model/index.ts';
import type { Box, ExternalId } from './types.ts';
import { CONTAINER, LEAF_GRID, SIZE } from './sizes.ts';

/** A secondary network interface drawn in its own subnet: the instance it belongs to, and which one it is. */
export interface PlacedInterface {
  readonly instance: Instance;
  readonly eni: InstanceInterface;
}

/**
 * Where a drawn thing sits: its absolute box and the node it is nested in (React Flow `parentId`).
 * A resource's node has `resource`; the Internet and the services have `external`; a secondary
 * network interface has `networkInterface` (its id is its endpoint, `web-1/eni-1`, which is also
 * its key in the document's layout) and no `resource`, as it is part of an instance, not one.
 */
export interface Placement {
  readonly id: string;
  readonly resource: Resource | null;
  readonly external?: ExternalId;
  readonly networkInterface?: PlacedInterface;
  readonly parent?: string;
  readonly box: Box;
}

/** VPC edges where gateways sit: internet-facing ones on top, VPN on the left, gateway endpoints on the right. */
type Edge = 'top' | 'left' | 'right';

/** The node id of an external (kept apart from user ids, which could be `internet`). */
export const externalNodeId = (id: ExternalId): string => `ext:${id}`;

/**
 * Places every drawn resource: the document's layout where it has an entry (absolute, per
 * format.md), else an automatic arrangement (subnets in columns by AZ, leaves in rows, gateways
 * on their VPC's edge, services and networks outside). Containers grow to hold their children.
 * Linear in the number of resources; parents come before their children in the result.
 */
export function deriveBoxes(index: DocumentIndex, externals: ReadonlySet<ExternalId>): Placement[] {
  const layout = index.document.layout ?? {};
  const resources = index.document.resources;
  const vpcs = resources.filter((r) => r.type === 'vpc');
  const subnets = resources.filter((r) => r.type === 'subnet');
  const leavesOf = new Map<string, Leaf[]>();
  const edgeOf = new Map<string, Resource[]>();
  const roots: Resource[] = [];
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };

  for (const r of resources) {
    const edge = edgeSide(r);
    if (edge) {
      const vpc = 'vpc' in r && typeof r.vpc === 'string' && index.get(r.vpc, 'vpc') ? r.vpc : undefined;
      if (vpc) push(edgeOf, vpc, r);
      else roots.push(r);
      continue;
    }
    if (r.type === 'on-premises' || r.type === 'transit-gateway') roots.push(r);
    else if (isLeaf(r)) {
      const subnet = subnetsOf(r).find((id) => index.get(id, 'subnet'));
      if (subnet) push(leavesOf, subnet, { id: r.id, resource: r });
      else roots.push(r);
    }
  }
  // Secondary network interfaces sit in their own subnets, after the resources there (so adding
  // one never moves what was already drawn). One in a subnet that does not resolve is not drawn.
  for (const instance of index.ofType('instance')) {
    for (const eni of instanceInterfaces(instance).slice(1)) {
      if (!index.get(eni.subnet, 'subnet')) continue;
      push(leavesOf, eni.subnet, { id: eni.endpoint, resource: null, networkInterface: { instance, eni } });
    }
  }

  // Sizes first (a subnet's size depends on its leaves, a VPC's on its subnets), then positions.
  const subnetSize = new Map<string, { width: number; height: number }>();
  for (const subnet of subnets) {
    const count = leavesOf.get(subnet.id)?.length ?? 0;
    const rows = Math.max(1, Math.ceil(count / LEAF_GRID.perRow));
    subnetSize.set(subnet.id, {
      width: layout[subnet.id]?.width ?? SIZE.subnet.width,
      height: layout[subnet.id]?.height ?? Math.max(SIZE.subnet.height, CONTAINER.header + rows * LEAF_GRID.dy + 20),
    });
  }

  const out: Placement[] = [];
  const boxes = new Map<string, Box>();
  const placedVpcs = vpcs.flatMap((v) => layout[v.id] ?? []);
  let cursor = placedVpcs.reduce((m, b) => Math.max(m, b.x + (b.width ?? SIZE.vpc.width) + 200), 0);
  const baseY = placedVpcs.reduce((m, b) => Math.min(m, b.y), Infinity);

  for (const vpc of vpcs) {
    const own = index.subnetsOfVpc(vpc.id);
    const offsets = arrangeSubnets(own, subnetSize, layout);
    const autoWidth = Math.max(420, offsets.width + CONTAINER.gap);
    const autoHeight = Math.max(SIZE.vpc.height, CONTAINER.header + offsets.height + 100);
    const entry = layout[vpc.id];
    const vpcBox = grow(
      {
        x: entry?.x ?? cursor,
        y: entry?.y ?? (Number.isFinite(baseY) ? baseY : 0),
        width: entry?.width ?? autoWidth,
        height: entry?.height ?? autoHeight,
      },
      [],
    );
    if (!entry) cursor += vpcBox.width + 200;
    const vpcIndex = out.length;
    out.push({ id: vpc.id, resource: vpc, box: vpcBox });

    const childBoxes: Box[] = [];
    for (const subnet of own) {
      const size = subnetSize.get(subnet.id)!;
      const offset = offsets.at.get(subnet.id) ?? { x: CONTAINER.gap, y: CONTAINER.header };
      const e = layout[subnet.id];
      const start = e ? { x: e.x, y: e.y } : { x: vpcBox.x + offset.x, y: vpcBox.y + offset.y };
      const subnetIndex = out.length;
      out.push({ id: subnet.id, resource: subnet, parent: vpc.id, box: { ...start, ...size } });
      const leafBoxes = placeLeaves(leavesOf.get(subnet.id) ?? [], start, layout, subnet.id, out);
      const subnetBox = grow({ ...start, ...size }, leafBoxes);
      out[subnetIndex] = { id: subnet.id, resource: subnet, parent: vpc.id, box: subnetBox };
      boxes.set(subnet.id, subnetBox);
      childBoxes.push(subnetBox);
    }
    const grown = grow(vpcBox, childBoxes, CONTAINER.gap);
    out[vpcIndex] = { id: vpc.id, resource: vpc, box: grown };
    boxes.set(vpc.id, grown);
    placeEdgeGateways(edgeOf.get(vpc.id) ?? [], grown, layout, vpc.id, out);
  }

  // Subnets whose VPC is missing: drawn at the root so nothing is lost.
  for (const subnet of subnets) {
    if (boxes.has(subnet.id)) continue;
    const size = subnetSize.get(subnet.id)!;
    const start = layout[subnet.id] ?? { x: cursor, y: 0 };
    cursor += size.width + 100;
    out.push({ id: subnet.id, resource: subnet, box: { x: start.x, y: start.y, ...size } });
    placeLeaves(leavesOf.get(subnet.id) ?? [], start, layout, subnet.id, out);
  }

  placeRoots(roots, layout, out);
  placeExternals(externals, out);
  return out;
}

function edgeSide(r: Resource): Edge | undefined {
  if (r.type === 'internet-gateway' || r.type === 'egress-only-internet-gateway') return 'top';
  if (r.type === 'vpn-gateway') return 'left';
  if (r.type === 'vpc-endpoint' && r.kind === 'gateway') return 'right';
  return undefined;
}

/** What sits in a subnet's grid: a resource, or a secondary network interface of an instance. */
interface Leaf {
  readonly id: string;
  readonly resource: Resource | null;
  readonly networkInterface?: PlacedInterface;
}

function isLeaf(r: Resource): boolean {
  return (
    r.type === 'instance' ||
    r.type === 'nat-gateway' ||
    r.type === 'database' ||
    r.type === 'load-balancer' ||
    r.type === 'lambda' ||
    (r.type === 'vpc-endpoint' && r.kind === 'interface')
  );
}

/** Subnets without a layout entry go in one column per AZ (sorted), stacked; offsets are relative to the VPC. */
function arrangeSubnets(
  subnets: readonly Resource[],
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  layout: Readonly<Record<string, LayoutEntry>>,
): { at: Map<string, { x: number; y: number }>; width: number; height: number } {
  const columns = new Map<string, Resource[]>();
  for (const s of subnets) {
    if (s.type !== 'subnet' || layout[s.id]) continue;
    const column = columns.get(s.az);
    if (column) column.push(s);
    else columns.set(s.az, [s]);
  }
  const at = new Map<string, { x: number; y: number }>();
  let x = CONTAINER.gap;
  let height = 0;
  for (const az of [...columns.keys()].sort()) {
    let y = CONTAINER.header;
    let width = 0;
    for (const s of columns.get(az)!) {
      const size = sizes.get(s.id)!;
      at.set(s.id, { x, y });
      y += size.height + CONTAINER.gap;
      width = Math.max(width, size.width);
    }
    height = Math.max(height, y - CONTAINER.gap - CONTAINER.header);
    x += width + CONTAINER.gap;
  }
  return { at, width: x, height: Math.max(height, SIZE.subnet.height) };
}

function placeLeaves(
  leaves: readonly Leaf[],
  subnet: { x: number; y: number },
  layout: Readonly<Record<string, LayoutEntry>>,
  parent: string,
  out: Placement[],
): Box[] {
  let slot = leaves.filter((leaf) => layout[leaf.id]).length;
  return leaves.map((leaf) => {
    const e = layout[leaf.id];
    const at = e ?? {
      x: subnet.x + CONTAINER.padding + (slot % LEAF_GRID.perRow) * LEAF_GRID.dx,
      y: subnet.y + CONTAINER.header + Math.floor(slot / LEAF_GRID.perRow) * LEAF_GRID.dy,
    };
    if (!e) slot++;
    const box = { x: at.x, y: at.y, ...(leaf.networkInterface ? SIZE.networkInterface : SIZE.leaf) };
    out.push({ ...leaf, parent, box });
    return box;
  });
}

function placeEdgeGateways(
  gateways: readonly Resource[],
  vpc: Box,
  layout: Readonly<Record<string, LayoutEntry>>,
  parent: string,
  out: Placement[],
): void {
  const used: Record<Edge, number> = { top: 0, left: 0, right: 0 };
  for (const r of gateways) if (layout[r.id]) used[edgeSide(r)!]++;
  for (const r of gateways) {
    const e = layout[r.id];
    const side = edgeSide(r)!;
    const k = e ? 0 : used[side]++;
    const { width, height } = SIZE.leaf;
    const auto =
      side === 'top'
        ? { x: vpc.x + 60 + k * 110, y: vpc.y - height / 2 }
        : side === 'left'
          ? { x: vpc.x - width / 2, y: vpc.y + CONTAINER.header + k * LEAF_GRID.dy }
          : { x: vpc.x + vpc.width - width / 2, y: vpc.y + CONTAINER.header + k * LEAF_GRID.dy };
    const at = e ?? auto;
    out.push({ id: r.id, resource: r, parent, box: { x: at.x, y: at.y, width, height } });
  }
}

/** Transit gateways below the VPCs, on-premises networks left of their gateway, orphans to the right. */
function placeRoots(roots: readonly Resource[], layout: Readonly<Record<string, LayoutEntry>>, out: Placement[]): void {
  if (roots.length === 0) return;
  const { minX, bottom, right } = extentOf(out);
  const at = new Map<string, Box>();
  // On-premises networks sit left of their gateway: what is placed so far, by id, when there are any.
  const byId = new Map<string, Box>();
  if (roots.some((r) => r.type === 'on-premises')) for (const p of out) byId.set(p.id, p.box);
  let tgw = 0;
  let orphan = 0;
  const perGateway = new Map<string, number>();
  const ordered = [...roots].sort((a, b) => Number(a.type === 'on-premises') - Number(b.type === 'on-premises'));
  for (const r of ordered) {
    const e = layout[r.id];
    const size = r.type === 'on-premises' ? SIZE.external : SIZE.leaf;
    let position: { x: number; y: number };
    if (e) position = e;
    else if (r.type === 'transit-gateway') position = { x: minX + 360 + tgw++ * 140, y: bottom + 120 };
    else if (r.type === 'on-premises') {
      const gateway = at.get(r.via) ?? byId.get(r.via);
      const k = perGateway.get(r.via) ?? 0;
      perGateway.set(r.via, k + 1);
      position = gateway ? { x: gateway.x - 300, y: gateway.y + k * 100 } : { x: minX - 300, y: k * 100 };
    } else position = { x: right + 100, y: orphan++ * 100 };
    const box = { ...position, ...size };
    at.set(r.id, box);
    out.push({ id: r.id, resource: r, box });
  }
}

function placeExternals(externals: ReadonlySet<ExternalId>, out: Placement[]): void {
  if (externals.size === 0) return;
  const { minX, minY, right } = extentOf(out);
  const gateway = out.find(
    (p) => p.resource?.type === 'internet-gateway' || p.resource?.type === 'egress-only-internet-gateway',
  );
  const { width, height } = SIZE.external;
  let k = 0;
  for (const id of ['internet', 's3', 'dynamodb'] as const) {
    if (!externals.has(id)) continue;
    const box =
      id === 'internet'
        ? { x: (gateway?.box.x ?? minX + 60) - (width - SIZE.leaf.width) / 2, y: minY - 170, width, height }
        : { x: right + 140, y: minY + 60 + k++ * 120, width, height };
    out.push({ id: externalNodeId(id), resource: null, external: id, box });
  }
}

/** The edges of everything placed so far, each at least 0 (the origin is always inside). */
function extentOf(out: readonly Placement[]): { minX: number; minY: number; right: number; bottom: number } {
  let minX = 0;
  let minY = 0;
  let right = 0;
  let bottom = 0;
  for (const { box } of out) {
    if (box.x < minX) minX = box.x;
    if (box.y < minY) minY = box.y;
    if (box.x + box.width > right) right = box.x + box.width;
    if (box.y + box.height > bottom) bottom = box.y + box.height;
  }
  return { minX, minY, right, bottom };
}

/** A box grown to hold `children` with `pad` to spare on the right and bottom. */
function grow(box: Box, children: readonly Box[], pad: number = CONTAINER.padding): Box {
  let { width, height } = box;
  for (const c of children) {
    width = Math.max(width, c.x + c.width + pad - box.x);
    height = Math.max(height, c.y + c.height + pad - box.y);
  }
  return { ...box, width, height };
}
