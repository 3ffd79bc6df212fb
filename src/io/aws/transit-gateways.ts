import type { Resource } from '../../model/index.ts';
import { documentId, type ImportContext } from './context.ts';
import { list, nameAndTags, obj, state, str, strings, type JsonObject } from './json.ts';
import { importTransitGatewayTables, regionOfFile } from './transit-gateway-tables.ts';

type TransitGateway = Extract<Resource, { type: 'transit-gateway' }>;
type TgwRoute = NonNullable<TransitGateway['routes']>[number];

const LIVE = new Set(['available', 'pending', 'modifying', 'pendingAcceptance', 'initiating']);

/**
 * Transit gateways with their VPC attachments and peers (the region from the file's folder,
 * when the files are laid out by account and region). Their route tables come later
 * (transit-gateway-tables.ts), once the on-premises networks of VPN attachments exist.
 */
export function importTransitGateways(ctx: ImportContext): void {
  const attachments = ctx.items('TransitGatewayAttachments', 'TransitGatewayAttachmentId');
  const vpcAttachments = ctx.items('TransitGatewayVpcAttachments', 'TransitGatewayAttachmentId');
  const ids = new Set<string>();
  for (const { item, file } of ctx.items('TransitGateways', 'TransitGatewayId')) {
    const id = str(item, 'TransitGatewayId');
    if (id === undefined) {
      ctx.warn('transit gateway', 'missingField', { field: 'TransitGatewayId', what: 'transit gateway' }, file);
      continue;
    }
    const status = state(item) ?? 'available';
    if (!LIVE.has(status)) {
      ctx.warn(id, 'skippedState', { state: status }, file);
      continue;
    }
    const region = regionOfFile(file);
    const gateway = { id: documentId(id), type: 'transit-gateway' as const, ...nameAndTags(item), attachments: [] };
    if (ctx.add(region === undefined ? gateway : { ...gateway, region }, file)) ids.add(id);
  }
  // A gateway shared from another account appears only through its attachments.
  for (const { item, file } of [...vpcAttachments, ...attachments]) {
    const id = str(item, 'TransitGatewayId');
    if (id !== undefined && !ids.has(id) && !ctx.resources.has(documentId(id))) {
      if (!LIVE.has(state(item) ?? 'available')) continue;
      ctx.add({ id: documentId(id), type: 'transit-gateway', attachments: [] }, file);
      ids.add(id);
    }
  }

  const attached = new Set<string>();
  for (const { item, file } of vpcAttachments) attach(ctx, item, file, strings(item, 'SubnetIds'), attached);
  for (const { item, file } of attachments) {
    const attachmentId = str(item, 'TransitGatewayAttachmentId') ?? 'transit gateway attachment';
    const kind = str(item, 'ResourceType');
    const status = state(item) ?? 'available';
    if (!LIVE.has(status)) {
      ctx.warn(attachmentId, 'skippedState', { state: status }, file);
      continue;
    }
    if (kind === 'vpc') {
      if (attached.has(attachmentId)) continue;
      const vpc = str(item, 'ResourceId') ?? '';
      // Without describe-transit-gateway-vpc-attachments the subnets are unknown: one per AZ.
      const perAz = new Map<string, string>();
      for (const r of ctx.resources.values())
        if (r.type === 'subnet' && r.vpc === vpc && !perAz.has(r.az)) perAz.set(r.az, r.id);
      ctx.warn(attachmentId, 'tgwSubnetsGuessed', { vpc }, file);
      attach(ctx, { ...item, VpcId: vpc }, file, [...perAz.values()], attached);
    } else if (kind === 'peering' || kind === 'tgw-peering') {
      continue; // importPeers, once every gateway exists
    } else if (kind !== 'vpn') {
      ctx.warn(attachmentId, 'unsupportedService', { service: `transit gateway ${kind ?? '?'} attachment` }, file);
    }
  }
  importPeers(ctx, attachments);
}

function attach(ctx: ImportContext, item: JsonObject, file: string, subnetIds: string[], attached: Set<string>): void {
  const attachmentId = str(item, 'TransitGatewayAttachmentId') ?? 'transit gateway attachment';
  const status = state(item) ?? 'available';
  if (!LIVE.has(status)) {
    ctx.warn(attachmentId, 'skippedState', { state: status }, file);
    return;
  }
  const tgw = ctx.get(documentId(str(item, 'TransitGatewayId') ?? ''), 'transit-gateway');
  const vpc = str(item, 'VpcId');
  if (tgw === undefined || vpc === undefined || !ctx.has(vpc, 'vpc')) {
    ctx.warn(attachmentId, 'targetNotImported', { target: vpc ?? str(item, 'TransitGatewayId') ?? '?' }, file);
    return;
  }
  attached.add(attachmentId);
  const subnets = subnetIds.filter((s) => ctx.get(s, 'subnet')?.vpc === vpc);
  if (subnets.length === 0) {
    ctx.warn(attachmentId, 'missingField', { field: 'SubnetIds', what: 'transit gateway attachment' }, file);
    return;
  }
  if (tgw.attachments.some((a) => a.vpc === vpc)) return;
  ctx.replace({ ...tgw, attachments: [...tgw.attachments, { vpc, subnets }] });
}

/** Peering attachments: the peer joins the gateway's `peers` (once per pair), or a warning when it is not imported. */
function importPeers(ctx: ImportContext, attachments: ReturnType<ImportContext['items']>): void {
  for (const { item, file } of attachments) {
    const kind = str(item, 'ResourceType');
    if ((kind !== 'peering' && kind !== 'tgw-peering') || !LIVE.has(state(item) ?? 'available')) continue;
    const tgw = ctx.get(documentId(str(item, 'TransitGatewayId') ?? ''), 'transit-gateway');
    const peerId = str(item, 'ResourceId');
    const peer = peerId === undefined ? undefined : ctx.get(documentId(peerId), 'transit-gateway');
    if (!tgw || !peer) {
      ctx.warn(
        str(item, 'TransitGatewayAttachmentId') ?? 'peering',
        'targetNotImported',
        { target: peerId ?? '?' },
        file,
      );
      continue;
    }
    if (peer.id === tgw.id || (tgw.peers ?? []).includes(peer.id) || (peer.peers ?? []).includes(tgw.id)) continue;
    ctx.replace({ ...tgw, peers: [...(tgw.peers ?? []), peer.id] });
  }
}

/** The resource an attachment id stands for: its VPC, or the on-premises network of its VPN. */
function attachmentTarget(ctx: ImportContext, attachmentId: string | undefined): string | undefined {
  const found = ctx
    .items('TransitGatewayAttachments')
    .find(({ item }) => str(item, 'TransitGatewayAttachmentId') === attachmentId);
  const resource = str(found?.item, 'ResourceId') ?? attachmentId;
  return resource !== undefined && ctx.resources.has(documentId(resource)) ? documentId(resource) : undefined;
}

/** Every route of every transit gateway route table, with its table's gateway. */
function allRoutes(ctx: ImportContext): { tgw: string; table: string; route: JsonObject; file: string }[] {
  const tgwOfTable = new Map(
    ctx
      .items('TransitGatewayRouteTables')
      .map(({ item }) => [str(item, 'TransitGatewayRouteTableId'), str(item, 'TransitGatewayId')]),
  );
  const out: { tgw: string; table: string; route: JsonObject; file: string }[] = [];
  for (const key of ['TransitGatewayStaticRoutes', 'TransitGatewayRouteTables'] as const) {
    for (const { item, file } of ctx.items(key)) {
      const table = str(item, 'TransitGatewayRouteTableId') ?? '?';
      const tgw = tgwOfTable.get(table) ?? str(item, 'TransitGatewayId');
      if (tgw === undefined) continue;
      for (const route of list(item, 'Routes')) out.push({ tgw, table, route, file });
    }
  }
  return out;
}

/** CIDRs a transit gateway learnt from each VPN connection (propagated routes of a vpn attachment). */
export function tgwVpnRoutes(ctx: ImportContext): Map<string, string[]> {
  const learnt = new Map<string, string[]>();
  for (const { route } of allRoutes(ctx)) {
    if (str(route, 'Type') !== 'propagated') continue;
    const cidr = str(route, 'DestinationCidrBlock');
    for (const a of list(route, 'TransitGatewayAttachments')) {
      const vpn = str(a, 'ResourceId');
      if (str(a, 'ResourceType') === 'vpn' && vpn !== undefined && cidr !== undefined)
        learnt.set(vpn, [...(learnt.get(vpn) ?? []), cidr]);
    }
  }
  return learnt;
}

/** Static and blackhole routes, once the attachments' VPCs and VPN networks exist. */
export function importTransitGatewayRoutes(ctx: ImportContext): void {
  importTransitGatewayTables(ctx);
  for (const { tgw: rawTgw, table, route, file } of allRoutes(ctx)) {
    const tgw = ctx.get(documentId(rawTgw), 'transit-gateway');
    const tableResource = ctx.get(documentId(table), 'transit-gateway-route-table');
    const destination = str(route, 'DestinationCidrBlock');
    if (tgw === undefined || destination === undefined || str(route, 'Type') === 'propagated') continue;
    const status = state(route) ?? 'active';
    let entry: TgwRoute | undefined;
    if (status === 'blackhole') entry = { destination, attachment: 'blackhole' };
    else if (status === 'active') {
      const first = list(route, 'TransitGatewayAttachments')[0];
      const target =
        attachmentTarget(ctx, str(first, 'TransitGatewayAttachmentId')) ??
        attachmentTarget(ctx, str(first, 'ResourceId'));
      const kind = str(first, 'ResourceType');
      const peer =
        kind === 'peering' || kind === 'tgw-peering' ? peerOf(ctx, tgw, str(first, 'ResourceId')) : undefined;
      if (peer !== undefined) entry = { destination, attachment: peer };
      else if (target === undefined) {
        ctx.warn(table, 'targetNotImported', { target: str(first, 'ResourceId') ?? '?', destination }, file);
        entry = { destination, attachment: 'blackhole' };
      } else entry = { destination, attachment: target };
    }
    if (entry === undefined) continue;
    if (tableResource !== undefined) {
      if (tableResource.routes.some((r) => r.destination === destination)) continue;
      ctx.replace({ ...tableResource, routes: [...tableResource.routes, entry] });
    } else {
      if ((tgw.routes ?? []).some((r) => r.destination === destination)) continue;
      ctx.replace({ ...tgw, routes: [...(tgw.routes ?? []), entry] });
    }
  }
}

/** The peer a peering route points at, when the two gateways are peered in the document. */
function peerOf(ctx: ImportContext, tgw: TransitGateway, raw: string | undefined): string | undefined {
  const peer = raw === undefined ? undefined : ctx.get(documentId(raw), 'transit-gateway');
  if (!peer) return undefined;
  return (tgw.peers ?? []).includes(peer.id) || (peer.peers ?? []).includes(tgw.id) ? peer.id : undefined;
}

export { obj };
