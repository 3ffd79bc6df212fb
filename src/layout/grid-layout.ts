import type { LayoutEntry, Resource } from '../model/index.ts';
import type { LayoutDiagram as Diagram } from './types.ts';
import type { Placement } from './boxes.ts';
import { CONTAINER, LEAF_GRID, SIZE } from './sizes.ts';
import { subnetSize, TOP_GATEWAY, vpcHeaderWidth } from './box-sizes.ts';
import { estimateTextWidth, type MeasureText } from './label-width.ts';
import { subnetTiers, TIERS, type Tier } from './subnet-tiers.ts';

/** Room between neighbouring VPCs (edge gateways, peering labels); more before one with a VPN gateway. */
const VPC_GAP = 240;
const VPN_ROOM = 220;
/** Inset of the subnet grid from a VPC side that carries gateways (they straddle the edge). */
const GATEWAY_INSET = 70;
/** Transit gateways sit this far below the lowest VPC, this far apart. */
const BELOW = 150;
const ROOT_STEP = 140;

type Side = 'top' | 'left' | 'right';

/** Which VPC edge a gateway serves: internet-facing on top, VPN on the left, gateway endpoints on the right. */
function edgeSide(r: Resource): Side | undefined {
  if (r.type === 'internet-gateway' || r.type === 'egress-only-internet-gateway') return 'top';
  if (r.type === 'vpn-gateway') return 'left';
  if (r.type === 'vpc-endpoint' && r.kind === 'gateway') return 'right';
  return undefined;
}

/** Order of leaves in a subnet: the way in (NAT, load balancers, endpoints) first, data last. */
const LEAF_RANK: Partial<Record<Resource['type'], number>> = {
  'nat-gateway': 0,
  'load-balancer': 1,
  'vpc-endpoint': 2,
  instance: 3,
  lambda: 4,
  database: 5,
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Auto layout: VPCs side by side, top-aligned; inside each, one column per Availability Zone
 * (sorted; subnets of one AZ and tier side by side within it) and one row per tier (public,
 * private, data), every subnet sized to show its name and hold its resources, all subnets of a
 * column as wide and of a row as tall; gateways on
 * the VPC edge they serve, NAT gateways in their own subnets, transit gateways below the VPCs
 * they join, on-premises networks beside their gateway. Computed directly, not by a general
 * graph layout: one pass over the diagram, linear in its size, and the same diagram always
 * gives the same layout. Returns absolute entries for every drawn resource (one `move` command,
 * one undo step); the Internet, S3 and DynamoDB follow from them as they are not resources.
 */
export function gridLayout(diagram: Diagram, measure: MeasureText = estimateTextWidth): Record<string, LayoutEntry> {
  const placements = [...diagram.placements.values()].filter((p) => p.resource !== null);
  const resources = placements.map((p) => p.resource!);
  const tiers = subnetTiers(resources, (id) => diagram.facts.get(id)?.public === true);
  const childrenOf = (id: string): Placement[] =>
    (diagram.children.get(id) ?? []).flatMap((c) => {
      const p = diagram.placements.get(c);
      // Resources, and in a subnet the secondary network interfaces drawn there.
      return p?.resource || p?.networkInterface ? [p] : [];
    });
  const layout: Record<string, LayoutEntry> = {};
  const rects = new Map<string, Rect>();
  const put = (id: string, rect: Rect, sized: boolean) => {
    rects.set(id, rect);
    layout[id] = sized ? { ...rect } : { x: rect.x, y: rect.y };
  };

  const vpcs = placements.filter((p) => p.resource!.type === 'vpc');
  const hasVpn = (vpc: Placement) => childrenOf(vpc.id).some((c) => c.resource!.type === 'vpn-gateway');
  // VPN-connected VPCs first: their on-premises networks then sit left of everything.
  const ordered = [...vpcs.filter(hasVpn), ...vpcs.filter((v) => !hasVpn(v))];
  let cursor = 0;
  for (const [i, vpc] of ordered.entries()) {
    if (i > 0 && hasVpn(vpc)) cursor += VPN_ROOM;
    const width = layoutVpc(vpc, cursor, childrenOf, tiers, measure, put, diagram);
    cursor += width + VPC_GAP;
  }

  // Subnets whose VPC is missing, then leaves and gateways with no container: to the right.
  for (const subnet of placements.filter((p) => p.resource!.type === 'subnet' && p.parent === undefined)) {
    const size = subnetSize(measure, subnetLabel(subnet), childrenOf(subnet.id).length);
    put(subnet.id, { x: cursor, y: 0, ...size }, true);
    placeLeaves(childrenOf(subnet.id), rects.get(subnet.id)!, put);
    cursor += size.width + VPC_GAP;
  }
  const roots = placements.filter((p) => p.parent === undefined && !rects.has(p.id));
  const bottom = Math.max(0, ...[...rects.values()].map((r) => r.y + r.height));
  placeTransitGateways(
    roots.filter((p) => p.resource!.type === 'transit-gateway'),
    bottom,
    rects,
    put,
  );
  placeOnPremises(
    roots.filter((p) => p.resource!.type === 'on-premises'),
    bottom,
    rects,
    put,
  );
  let orphan = 0;
  for (const p of roots) {
    if (rects.has(p.id)) continue;
    put(p.id, { x: cursor, y: orphan++ * LEAF_GRID.dy, ...SIZE.leaf }, false);
  }
  return layout;
}

function subnetLabel(p: Placement): { title: string; cidr: string; az: string } {
  const r = p.resource!;
  return r.type === 'subnet' ? { title: r.name ?? r.id, cidr: r.cidr, az: r.az } : { title: r.id, cidr: '', az: '' };
}

/** Lays one VPC out at (x, 0) with its subnets, their leaves and its edge gateways; returns its width. */
function layoutVpc(
  vpc: Placement,
  x: number,
  childrenOf: (id: string) => Placement[],
  tiers: ReadonlyMap<string, Tier>,
  measure: MeasureText,
  put: (id: string, rect: Rect, sized: boolean) => void,
  diagram: Diagram,
): number {
  const children = childrenOf(vpc.id);
  const subnets = children.filter((c) => c.resource!.type === 'subnet');
  const gateways = children.filter((c) => edgeSide(c.resource!) !== undefined);
  const sideCount = (side: Side) => gateways.filter((g) => edgeSide(g.resource!) === side).length;

  // Cells: (AZ, tier) -> subnets, in document order; one row per tier.
  const azs = [...new Set(subnets.map((s) => subnetLabel(s).az))].sort();
  const cell = new Map<string, Placement[]>();
  const sizes = new Map<string, { width: number; height: number }>();
  for (const s of subnets) {
    const key = `${subnetLabel(s).az}\n${tiers.get(s.id) ?? 'private'}`;
    cell.set(key, [...(cell.get(key) ?? []), s]);
    sizes.set(s.id, subnetSize(measure, subnetLabel(s), childrenOf(s.id).length));
  }
  // Columns: each AZ has as many sub-columns as its fullest tier has subnets, side by side.
  const present = TIERS.filter((tier) => azs.some((az) => cell.has(`${az}\n${tier}`)));
  const inCell = (az: string, tier: Tier) => cell.get(`${az}\n${tier}`) ?? [];
  const columns: { az: string; k: number; width: number }[] = azs.flatMap((az) => {
    const depth = Math.max(...present.map((tier) => inCell(az, tier).length));
    return Array.from({ length: depth }, (_, k) => ({
      az,
      k,
      width: Math.max(
        0,
        ...present.flatMap((tier) =>
          inCell(az, tier)
            .slice(k, k + 1)
            .map((s) => sizes.get(s.id)!.width),
        ),
      ),
    }));
  });
  const rowHeight = present.map((tier) =>
    Math.max(...azs.flatMap((az) => inCell(az, tier).map((s) => sizes.get(s.id)!.height))),
  );

  const left = sideCount('left') > 0 ? GATEWAY_INSET : CONTAINER.gap;
  const right = sideCount('right') > 0 ? GATEWAY_INSET : CONTAINER.gap;
  const gridWidth = columns.reduce((sum, c) => sum + c.width, 0) + CONTAINER.gap * Math.max(0, columns.length - 1);
  const gridHeight = rowHeight.reduce((sum, h) => sum + h, 0) + CONTAINER.gap * Math.max(0, present.length - 1);
  const details = diagram.facts.get(vpc.id)?.details ?? [];
  const width = Math.max(
    320,
    left + gridWidth + right,
    vpcHeaderWidth(measure, { title: vpc.resource!.name ?? vpc.id, meta: details.join(' · ') }, sideCount('top')),
  );
  const leftSideHeight = Math.max(sideCount('left'), sideCount('right')) * LEAF_GRID.dy;
  const height = CONTAINER.header + Math.max(gridHeight, leftSideHeight, 120) + CONTAINER.gap;
  const box = { x, y: 0, width, height };
  put(vpc.id, box, true);

  let y = CONTAINER.header;
  for (const [r, tier] of present.entries()) {
    let cx = left;
    for (const column of columns) {
      const subnet = inCell(column.az, tier)[column.k];
      if (subnet) {
        const rect = { x: x + cx, y, width: column.width, height: rowHeight[r]! };
        put(subnet.id, rect, true);
        placeLeaves(childrenOf(subnet.id), rect, put);
      }
      cx += column.width + CONTAINER.gap;
    }
    y += rowHeight[r]! + CONTAINER.gap;
  }

  const used: Record<Side, number> = { top: 0, left: 0, right: 0 };
  const { width: w, height: h } = SIZE.leaf;
  for (const g of gateways) {
    const side = edgeSide(g.resource!)!;
    const k = used[side]++;
    const at =
      side === 'top'
        ? { x: x + TOP_GATEWAY.start + k * TOP_GATEWAY.step, y: -h / 2 }
        : { x: (side === 'left' ? x : x + width) - w / 2, y: CONTAINER.header + k * LEAF_GRID.dy };
    put(g.id, { ...at, width: w, height: h }, false);
  }
  return width;
}

/** Where a leaf goes in its subnet's rows: secondary network interfaces after every resource. */
const leafRank = (p: Placement): number => (p.resource ? (LEAF_RANK[p.resource.type] ?? 9) : 10);

/** A subnet's resources in rows of LEAF_GRID.perRow, NAT gateways and load balancers first. */
function placeLeaves(leaves: readonly Placement[], subnet: Rect, put: (id: string, r: Rect, s: boolean) => void): void {
  const sorted = leaves.map((p, i) => ({ p, i })).sort((a, b) => leafRank(a.p) - leafRank(b.p) || a.i - b.i);
  for (const [slot, { p }] of sorted.entries()) {
    put(
      p.id,
      {
        x: subnet.x + CONTAINER.padding + (slot % LEAF_GRID.perRow) * LEAF_GRID.dx,
        y: subnet.y + CONTAINER.header + Math.floor(slot / LEAF_GRID.perRow) * LEAF_GRID.dy,
        ...(p.networkInterface ? SIZE.networkInterface : SIZE.leaf),
      },
      false,
    );
  }
}

/** Below the VPCs, each centred under the VPCs it attaches (in order, never overlapping). */
function placeTransitGateways(
  gateways: readonly Placement[],
  bottom: number,
  rects: ReadonlyMap<string, Rect>,
  put: (id: string, r: Rect, s: boolean) => void,
): void {
  let next = -Infinity;
  for (const g of gateways) {
    const r = g.resource!;
    const centres = (r.type === 'transit-gateway' ? r.attachments : []).flatMap((a) => {
      const vpc = rects.get(a.vpc);
      return vpc ? [vpc.x + vpc.width / 2] : [];
    });
    const centre = centres.length > 0 ? centres.reduce((s, c) => s + c, 0) / centres.length : 0;
    const x = Math.max(next, Math.round((centre - SIZE.leaf.width / 2) / 10) * 10);
    put(g.id, { x, y: bottom + BELOW, ...SIZE.leaf }, false);
    next = x + ROOT_STEP;
  }
}

/** Left of the gateway they connect through, level with it; stacked when several share one. */
function placeOnPremises(
  networks: readonly Placement[],
  bottom: number,
  rects: ReadonlyMap<string, Rect>,
  put: (id: string, r: Rect, s: boolean) => void,
): void {
  const perGateway = new Map<string, number>();
  let loose = 0;
  for (const n of networks) {
    const r = n.resource!;
    const via = r.type === 'on-premises' ? r.via : '';
    const gateway = rects.get(via);
    const k = perGateway.get(via) ?? 0;
    perGateway.set(via, k + 1);
    const at = gateway
      ? { x: gateway.x - SIZE.external.width - 100, y: gateway.y + k * 100 }
      : { x: -SIZE.external.width - 200, y: bottom + BELOW + loose++ * 100 };
    put(n.id, { ...at, ...SIZE.external }, false);
  }
}
