import { checkRepeats, resolve } from './references.ts';
import type { TransitGateway, TransitGatewayRouteTable } from './schema.ts';
import { allTgwAttachments, tgwAttachmentIds, tgwTableResources, type TgwAttachmentIds } from './transit-tables.ts';
import type { ValidationContext } from './validate-context.ts';
import { checkRouteDestination } from './validate-route-destination.ts';

/**
 * Transit gateway peering and route tables (format.md, `transit-gateway-route-table`): a peer
 * is another transit gateway; a gateway with tables has no `routes` of its own; each table
 * names attachments of its gateway only; an attachment is associated with at most one table;
 * a peering attachment never propagates.
 */
export function validateTransitGatewayRouteTables(context: ValidationContext): void {
  for (const tgw of context.index.ofType('transit-gateway')) checkPeers(context, tgw);
  const associatedIn = new Map<string, Map<string, string>>();
  for (const table of context.index.ofType('transit-gateway-route-table')) {
    const tgw = resolve(context, {
      owner: table,
      segments: ['transitGateway'],
      label: 'transitGateway',
      id: table.transitGateway,
      types: ['transit-gateway'],
    });
    if (!tgw) continue;
    const ids = tgwAttachmentIds(context.index.resources, tgw);
    const seen = associatedIn.get(tgw.id) ?? new Map<string, string>();
    associatedIn.set(tgw.id, seen);
    checkAssociations(context, table, tgw, ids, seen);
    checkPropagations(context, table, tgw, ids);
    checkTableRoutes(context, table, tgw, ids);
  }
  for (const tgw of context.index.ofType('transit-gateway')) {
    const tables = tgwTableResources(context.index.resources, tgw.id);
    if (tables.length > 0 && tgw.routes !== undefined) {
      context.error(
        'TGW_ROUTES_WITH_ROUTE_TABLES',
        tgw.id,
        context.path(tgw, 'routes'),
        `${context.name(tgw)}: it has route tables (${tables.map((t) => `"${t.id}"`).join(', ')}), so its own routes field would be a table no attachment uses. Move these routes into one of its route tables.`,
      );
    }
  }
}

function checkPeers(context: ValidationContext, tgw: TransitGateway): void {
  const peers = tgw.peers ?? [];
  checkRepeats(context, tgw, 'peers', peers);
  peers.forEach((id, i) => {
    if (id === tgw.id) {
      context.error(
        'TGW_PEER_SELF',
        tgw.id,
        context.path(tgw, 'peers', i),
        `${context.name(tgw)}: peers[${i}] names the transit gateway itself. A peering attachment joins two different transit gateways.`,
      );
      return;
    }
    resolve(context, { owner: tgw, segments: ['peers', i], label: `peers[${i}]`, id, types: ['transit-gateway'] });
  });
}

/** The reason an id is not an attachment of the gateway, or undefined when it is one. */
function notAnAttachment(
  context: ValidationContext,
  tgw: TransitGateway,
  ids: TgwAttachmentIds,
  id: string,
): string | undefined {
  if (allTgwAttachments(ids).includes(id)) return undefined;
  const target = context.index.byId.get(id);
  if (!target) return `"${id}" does not exist`;
  if (target.type === 'vpc') return `VPC "${id}" is not attached to "${tgw.id}"`;
  if (target.type === 'on-premises')
    return `on-premises network "${id}" is connected through "${target.via}", not "${tgw.id}"`;
  if (target.type === 'transit-gateway') return `transit gateway "${id}" is not peered with "${tgw.id}"`;
  return `"${id}" is a ${target.type}, not an attachment`;
}

function attachmentError(
  context: ValidationContext,
  table: TransitGatewayRouteTable,
  tgw: TransitGateway,
  field: string,
  why: string,
  segments: readonly (string | number)[],
): void {
  context.error(
    'TGW_TABLE_ATTACHMENT_INVALID',
    table.id,
    context.path(table, ...segments),
    `${context.name(table)}: ${field}: ${why}. Name a VPC attached to "${tgw.id}", an on-premises network connected through it, or a transit gateway peered with it.`,
  );
}

function checkAssociations(
  context: ValidationContext,
  table: TransitGatewayRouteTable,
  tgw: TransitGateway,
  ids: TgwAttachmentIds,
  seen: Map<string, string>,
): void {
  checkRepeats(context, table, 'associations', table.associations);
  table.associations.forEach((id, i) => {
    const why = notAnAttachment(context, tgw, ids, id);
    if (why) {
      attachmentError(context, table, tgw, `associations[${i}]`, why, ['associations', i]);
      return;
    }
    const other = seen.get(id);
    if (other !== undefined && other !== table.id) {
      context.error(
        'TGW_ATTACHMENT_ASSOCIATED_TWICE',
        table.id,
        context.path(table, 'associations', i),
        `${context.name(table)}: associations[${i}] "${id}" is already associated with route table "${other}". An attachment is associated with one route table only; remove it from one of them.`,
      );
      return;
    }
    seen.set(id, table.id);
  });
}

function checkPropagations(
  context: ValidationContext,
  table: TransitGatewayRouteTable,
  tgw: TransitGateway,
  ids: TgwAttachmentIds,
): void {
  checkRepeats(context, table, 'propagations', table.propagations);
  table.propagations.forEach((id, i) => {
    if (ids.peers.includes(id)) {
      context.error(
        'TGW_PEERING_PROPAGATION',
        table.id,
        context.path(table, 'propagations', i),
        `${context.name(table)}: propagations[${i}] "${id}" is a peering attachment, and a peering attachment does not propagate routes. Remove it and add static routes that point at "${id}".`,
      );
      return;
    }
    const why = notAnAttachment(context, tgw, ids, id);
    if (why) attachmentError(context, table, tgw, `propagations[${i}]`, why, ['propagations', i]);
  });
}

function checkTableRoutes(
  context: ValidationContext,
  table: TransitGatewayRouteTable,
  tgw: TransitGateway,
  ids: TgwAttachmentIds,
): void {
  const destinations = new Map<string, number>();
  table.routes.forEach((route, i) => {
    checkRouteDestination(context, table, i, route.destination, destinations);
    if (route.attachment === 'blackhole') return;
    const why = notAnAttachment(context, tgw, ids, route.attachment);
    if (why) attachmentError(context, table, tgw, `route ${route.destination}`, why, ['routes', i, 'attachment']);
  });
}
