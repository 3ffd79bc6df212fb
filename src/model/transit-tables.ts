import type { Resource, TransitGateway, TransitGatewayTableRoute } from './schema.ts';

/**
 * The route tables a transit gateway actually routes with (format.md, `transit-gateway-route-table`).
 * Without table resources it has one implicit table, named by the gateway's own id: every
 * attachment is associated with it, every VPC and on-premises attachment propagates into it
 * (peering attachments never propagate), and its static routes are the gateway's `routes`.
 * With table resources, those are its tables and nothing is implicit.
 */
export interface EffectiveTgwTable {
  /** The table resource's id, or the gateway's id for the implicit table. */
  readonly id: string;
  readonly implicit: boolean;
  readonly associations: readonly string[];
  /** In order; a VPC overlapping one propagated before it does not propagate. */
  readonly propagations: readonly string[];
  readonly routes: readonly TransitGatewayTableRoute[];
}

/** A transit gateway's attachments, named by what they attach (format.md). */
export interface TgwAttachmentIds {
  readonly vpcs: readonly string[];
  readonly onPremises: readonly string[];
  /** Peer transit gateways: listed in this gateway's `peers` or listing it in theirs. */
  readonly peers: readonly string[];
}

export function tgwAttachmentIds(resources: readonly Resource[], tgw: TransitGateway): TgwAttachmentIds {
  const vpcs = [...new Set(tgw.attachments.map((a) => a.vpc))];
  const onPremises: string[] = [];
  const peers = new Set(tgw.peers ?? []);
  for (const r of resources) {
    if (r.type === 'on-premises' && r.via === tgw.id) onPremises.push(r.id);
    if (r.type === 'transit-gateway' && r.id !== tgw.id && (r.peers ?? []).includes(tgw.id)) peers.add(r.id);
  }
  peers.delete(tgw.id);
  return { vpcs, onPremises, peers: [...peers] };
}

/** Every attachment id of a transit gateway, VPCs first, then on-premises networks, then peers. */
export function allTgwAttachments(ids: TgwAttachmentIds): string[] {
  return [...ids.vpcs, ...ids.onPremises, ...ids.peers];
}

/** The table resources of a transit gateway, in document order. */
export function tgwTableResources(resources: readonly Resource[], tgwId: string) {
  return resources.filter(
    (r): r is Extract<Resource, { type: 'transit-gateway-route-table' }> =>
      r.type === 'transit-gateway-route-table' && r.transitGateway === tgwId,
  );
}

export function effectiveTgwTables(resources: readonly Resource[], tgw: TransitGateway): EffectiveTgwTable[] {
  const tables = tgwTableResources(resources, tgw.id);
  if (tables.length > 0) {
    return tables.map((t) => ({
      id: t.id,
      implicit: false,
      associations: t.associations,
      propagations: t.propagations,
      routes: t.routes,
    }));
  }
  const ids = tgwAttachmentIds(resources, tgw);
  return [
    {
      id: tgw.id,
      implicit: true,
      associations: allTgwAttachments(ids),
      propagations: [...ids.vpcs, ...ids.onPremises],
      routes: tgw.routes ?? [],
    },
  ];
}
