import { tgwAttachmentIds, type TransitGatewayRouteTable } from '../../model/index.ts';
import { documentId, type ImportContext } from './context.ts';
import { list, nameAndTags, state, str, type JsonObject } from './json.ts';

const LIVE = new Set(['available', 'pending', 'modifying']);
const ASSOCIATED = new Set(['associated', 'associating']);

/**
 * A transit gateway's route tables as AWS has them (describe-transit-gateway-route-tables,
 * the attachments' `Association`, get-transit-gateway-route-table-propagations). A gateway
 * with one table that every attachment is associated with and every VPC and VPN attachment
 * propagates into is the document's implicit table, so it stays a plain `transit-gateway`;
 * any other gateway gets one `transit-gateway-route-table` per table. Runs once VPCs, peers
 * and the on-premises networks of VPN attachments exist.
 */
export function importTransitGatewayTables(ctx: ImportContext): void {
  // Not deduplicated by id: a peering attachment has one id and appears once under each gateway.
  const attachments = ctx.items('TransitGatewayAttachments');
  const propagationFiles = ctx.items('TransitGatewayPropagations');
  const tablesByTgw = new Map<string, { item: JsonObject; file: string }[]>();
  for (const { item, file } of ctx.items('TransitGatewayRouteTables', 'TransitGatewayRouteTableId')) {
    const tgw = str(item, 'TransitGatewayId');
    if (tgw === undefined || str(item, 'TransitGatewayRouteTableId') === undefined) continue;
    if (!LIVE.has(state(item) ?? 'available') || !ctx.has(documentId(tgw), 'transit-gateway')) continue;
    tablesByTgw.set(tgw, [...(tablesByTgw.get(tgw) ?? []), { item, file }]);
  }
  for (const [rawTgw, tables] of tablesByTgw) {
    const tgw = ctx.get(documentId(rawTgw), 'transit-gateway')!;
    const ids = tgwAttachmentIds([...ctx.resources.values()], tgw);
    const known = new Set([...ids.vpcs, ...ids.onPremises, ...ids.peers]);
    const own = attachments.filter(({ item }) => str(item, 'TransitGatewayId') === rawTgw);
    /** The document id an attachment stands for, when it is an attachment of this gateway in the document. */
    const targetOf = (attachmentId: string | undefined, resourceId?: string): string | undefined => {
      const found = own.find(({ item }) => str(item, 'TransitGatewayAttachmentId') === attachmentId)?.item;
      const raw = str(found, 'ResourceId') ?? resourceId;
      const id = raw === undefined ? undefined : documentId(raw);
      return id !== undefined && known.has(id) ? id : undefined;
    };
    const built = tables.map(({ item, file }) => {
      const tableId = str(item, 'TransitGatewayRouteTableId')!;
      const associations = unique(
        own.flatMap(({ item: a }) => {
          const association = a['Association'];
          const assoc = association && typeof association === 'object' ? (association as JsonObject) : undefined;
          if (str(assoc, 'TransitGatewayRouteTableId') !== tableId) return [];
          if (!ASSOCIATED.has(str(assoc, 'State') ?? 'associated')) return [];
          return targetOf(str(a, 'TransitGatewayAttachmentId')) ?? [];
        }),
      );
      const propagations = unique(
        propagationFiles
          .filter(({ item: p }) => str(p, 'TransitGatewayRouteTableId') === tableId)
          .flatMap(({ item: p }) => list(p, 'TransitGatewayRouteTablePropagations'))
          .filter((p) => (state(p) ?? 'enabled') === 'enabled' && str(p, 'ResourceType') !== 'peering')
          .flatMap((p) => targetOf(str(p, 'TransitGatewayAttachmentId'), str(p, 'ResourceId')) ?? []),
      );
      return { item, file, tableId, associations, propagations };
    });
    // Without association or propagation data, AWS's default tables are the best reading (with a warning).
    const hasAssociations = own.some(({ item: a }) => a['Association'] !== undefined);
    if (!hasAssociations) {
      const fallback = built.find((t) => t.item['DefaultAssociationRouteTable'] === true) ?? built[0]!;
      fallback.associations.push(...[...known].filter((id) => !fallback.associations.includes(id)));
      ctx.warn(fallback.tableId, 'tgwAssociationsGuessed', { tgw: tgw.id }, fallback.file);
    }
    if (propagationFiles.length === 0) {
      const fallback = built.find((t) => t.item['DefaultPropagationRouteTable'] === true) ?? built[0]!;
      fallback.propagations.push(
        ...[...ids.vpcs, ...ids.onPremises].filter((id) => !fallback.propagations.includes(id)),
      );
      ctx.warn(fallback.tableId, 'tgwPropagationsGuessed', { tgw: tgw.id }, fallback.file);
    }
    const only = built.length === 1 ? built[0]! : undefined;
    const implicit =
      only !== undefined &&
      [...known].every((id) => only.associations.includes(id)) &&
      [...ids.vpcs, ...ids.onPremises].every((id) => only.propagations.includes(id));
    if (implicit) continue;
    for (const t of built) {
      const table: TransitGatewayRouteTable = {
        id: documentId(t.tableId),
        type: 'transit-gateway-route-table',
        ...nameAndTags(t.item),
        transitGateway: tgw.id,
        associations: t.associations,
        propagations: t.propagations,
        routes: [],
      };
      ctx.add(table, t.file);
    }
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The region of an input file laid out as `.../<account>/<region>/<File>.json`, when its path says. */
export function regionOfFile(file: string): string | undefined {
  return /(?:^|[/\\])([a-z]{2}(?:-gov)?-[a-z]+-\d)[/\\][^/\\]+$/.exec(file)?.[1];
}
