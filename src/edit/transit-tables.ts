import {
  allTgwAttachments,
  tgwAttachmentIds,
  type Resource,
  type TransitGateway,
  type TransitGatewayRouteTable,
  type VpcLabDocument,
} from '../model/index.ts';

/**
 * Transit gateway route tables in the editor. A transit gateway without tables routes through
 * its one implicit table (every attachment associated, VPCs and on-premises networks
 * propagating, its own `routes`). Its first explicit table therefore takes that implicit
 * table over: every attachment associated, the same propagations, and (when the table is
 * added) the gateway's `routes` move into it, so adding a table changes no verdict. Later
 * tables start empty: a person then picks what to associate and propagate.
 */

/** The transit gateway a new table goes on: the selected one (or the selected table's), else the first. */
function pickGateway(document: VpcLabDocument, container: string | undefined): TransitGateway | undefined {
  const gateways = document.resources.filter((r): r is TransitGateway => r.type === 'transit-gateway');
  const selected = document.resources.find((r) => r.id === container);
  if (selected?.type === 'transit-gateway') return selected;
  if (selected?.type === 'transit-gateway-route-table') {
    const owner = gateways.find((g) => g.id === selected.transitGateway);
    if (owner) return owner;
  }
  return gateways[0];
}

/** Builds a new route table for the selected (or first) transit gateway; see the file comment. */
export function firstOrNextTgwTable(
  document: VpcLabDocument,
  container: string | undefined,
  id: string,
): { readonly table: TransitGatewayRouteTable } | { readonly error: string } {
  const tgw = pickGateway(document, container);
  if (!tgw)
    return { error: 'A transit gateway route table belongs to a transit gateway: add a transit gateway first.' };
  const first = !document.resources.some(
    (r) => r.type === 'transit-gateway-route-table' && r.transitGateway === tgw.id,
  );
  if (!first)
    return {
      table: {
        id,
        type: 'transit-gateway-route-table',
        transitGateway: tgw.id,
        associations: [],
        propagations: [],
        routes: [],
      },
    };
  const ids = tgwAttachmentIds(document.resources, tgw);
  return {
    table: {
      id,
      type: 'transit-gateway-route-table',
      transitGateway: tgw.id,
      associations: allTgwAttachments(ids),
      propagations: [...ids.vpcs, ...ids.onPremises],
      routes: [],
    },
  };
}

/**
 * Adding a gateway's first table: the gateway's own `routes` move into it (a gateway with
 * tables has none of its own, format.md), unless the new table already brings routes.
 */
export function takeOverTgwRoutes(resources: readonly Resource[], added: Resource): Resource[] {
  if (added.type !== 'transit-gateway-route-table') return [...resources, added];
  const tgw = resources.find((r): r is TransitGateway => r.type === 'transit-gateway' && r.id === added.transitGateway);
  const hasTables = resources.some(
    (r) => r.type === 'transit-gateway-route-table' && r.transitGateway === added.transitGateway,
  );
  if (!tgw || hasTables || tgw.routes === undefined) return [...resources, added];
  const { routes, ...withoutRoutes } = tgw;
  const table = added.routes.length > 0 ? added : { ...added, routes };
  return [...resources.map((r) => (r === tgw ? withoutRoutes : r)), table];
}
