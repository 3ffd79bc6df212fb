import type { Resource, ResourceOfType, TransitGatewayRoute } from '../../model/index.ts';
import type { WarningList } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER } from '../iac/zones.ts';
import type { TfRef } from './expressions.ts';
import type { TfResource } from './model.ts';

/**
 * Reads transit gateway route tables and peering (format version 2) from Terraform.
 *
 * - Every `aws_ec2_transit_gateway_route_table` is a `transit-gateway-route-table`; its
 *   associations, propagations and routes are the `aws_ec2_transit_gateway_route_table_*` and
 *   `aws_ec2_transit_gateway_route` resources that name it.
 * - AWS's default table (what a route naming `association_default_route_table_id` goes to) is the
 *   gateway's implicit table when it is exactly that: every attachment associated with it and
 *   propagating into it. When it is not (the gateway turns default association or propagation
 *   off, an attachment opts out, or the gateway has table resources besides), the default table
 *   in use becomes a table resource of its own (`<gateway>-default`), so the verdicts are AWS's.
 * - An attachment is named by what it attaches: a VPC attachment by its VPC, a VPN connection by
 *   its customer gateway (the on-premises network), a peering attachment (or its accepter) by the
 *   transit gateway at the other end, seen from the table's gateway.
 * - A gateway's `peers` are the peerings it requested; a gateway's `region` comes from its ARN
 *   (a state) or from a peering's literal `peer_region`, and `local.vpclab` has the last word.
 */

type Json = Record<string, unknown>;

export interface TransitGatewayReadContext {
  readonly resources: readonly TfResource[];
  readonly byAddress: ReadonlyMap<string, TfResource>;
  readonly warnings: WarningList;
  /** A reference to a resource of the input; warns (naming `subject` and `property`) when it is not. */
  refOf(subject: string, property: string, value: unknown): TfRef | undefined;
  /** Like refOf, but silent: for looking around, not for reading a field. */
  resolveRef(value: unknown): TfRef | undefined;
  text(subject: string, property: string, value: unknown): string | undefined;
  docId(address: string): string;
  /** A document id not taken yet, from `wanted`. */
  freshId(wanted: string): string;
  /** Warns that `subject` is left out for lack of `property`. */
  missing(subject: string, property: string): undefined;
}

const GATEWAY = 'aws_ec2_transit_gateway';
const TABLE = 'aws_ec2_transit_gateway_route_table';
const VPC_ATTACHMENT = 'aws_ec2_transit_gateway_vpc_attachment';
const PEERING = 'aws_ec2_transit_gateway_peering_attachment';
const ACCEPTER = 'aws_ec2_transit_gateway_peering_attachment_accepter';
const DEFAULT_TABLE_ATTRIBUTES = new Set(['association_default_route_table_id', 'propagation_default_route_table_id']);

/** The resource types this file folds (map.ts folds them through `fold`). */
export const TRANSIT_GATEWAY_FOLDED_TYPES = [
  'aws_ec2_transit_gateway_route_table_association',
  'aws_ec2_transit_gateway_route_table_propagation',
  'aws_ec2_transit_gateway_route',
  PEERING,
  ACCEPTER,
] as const;

/** What an attachment attaches: a VPC or on-premises network of one gateway, or a peering of two. */
type Attachment =
  | { readonly kind: 'single'; readonly gateway: string | undefined; readonly ref: string }
  | { readonly kind: 'peering'; readonly requester: string; readonly accepter: string };

/** An association, propagation or route as read, resolved once the table's gateway is known. */
interface Entry {
  readonly at: string;
  readonly value: unknown;
}
interface RouteEntry extends Entry {
  readonly destination: string;
  readonly blackhole: boolean;
}
interface TableEntries {
  readonly associations: Entry[];
  readonly propagations: Entry[];
  readonly routes: RouteEntry[];
}

/** What the reader adds to a transit gateway besides its VPC attachments. */
type GatewayFields = Partial<Pick<ResourceOfType<'transit-gateway'>, 'routes' | 'peers' | 'region'>>;

const disabled = (value: unknown): boolean => String(value).toLowerCase() === 'disable';
const optedOut = (value: unknown): boolean => value === false || value === 'false';
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

export class TransitGatewayReader {
  /** By table address, or `default <gateway address>` for a gateway's default table. */
  private readonly entries = new Map<string, TableEntries>();

  constructor(private readonly context: TransitGatewayReadContext) {}

  private entriesOf(key: string): TableEntries {
    let entries = this.entries.get(key);
    if (!entries) {
      entries = { associations: [], propagations: [], routes: [] };
      this.entries.set(key, entries);
    }
    return entries;
  }

  /**
   * Records an association, propagation or route (in address order). A peering is read where it
   * is used; here it is only checked, so that one to a gateway outside the input is reported.
   */
  fold(r: TfResource): void {
    const v = r.values;
    const at = r.address;
    if (r.type === PEERING) this.peering(r);
    if (r.type === PEERING || r.type === ACCEPTER) return;
    const table = this.tableKey(at, v.transit_gateway_route_table_id);
    if (table === undefined) return;
    const entries = this.entriesOf(table);
    if (r.type === 'aws_ec2_transit_gateway_route') {
      const destination = this.context.text(at, 'destination_cidr_block', v.destination_cidr_block);
      if (destination === undefined) {
        this.context.missing(at, 'destination_cidr_block');
        return;
      }
      entries.routes.push({ at, value: v.transit_gateway_attachment_id, destination, blackhole: v.blackhole === true });
      return;
    }
    const list = r.type.endsWith('_association') ? entries.associations : entries.propagations;
    list.push({ at, value: v.transit_gateway_attachment_id });
  }

  /** The table a `transit_gateway_route_table_id` names: a table resource or a gateway's default table. */
  private tableKey(at: string, value: unknown): string | undefined {
    const ref = this.context.refOf(at, 'transit_gateway_route_table_id', value);
    if (!ref) return undefined;
    const type = this.context.byAddress.get(ref.address)?.type;
    if (type === TABLE) return ref.address;
    if (type === GATEWAY && DEFAULT_TABLE_ATTRIBUTES.has(ref.attribute)) return `default ${ref.address}`;
    this.context.warnings.add(
      'approximated',
      at,
      'transit_gateway_route_table_id',
      `${ref.address}.${ref.attribute} is not a transit gateway route table; left out`,
    );
    return undefined;
  }

  // ---- attachments ---------------------------------------------------------------------

  /** The gateway address a resource's `property` names, if it is a transit gateway of the input. */
  private gatewayOf(r: TfResource, property: string): string | undefined {
    const ref = this.context.refOf(r.address, property, r.values[property]);
    if (!ref) return undefined;
    if (this.context.byAddress.get(ref.address)?.type === GATEWAY) return ref.address;
    this.context.warnings.add('approximated', r.address, property, `${ref.address} is not a transit gateway`);
    return undefined;
  }

  private peering(r: TfResource): Attachment | undefined {
    if (r.type === ACCEPTER) {
      // In a configuration the accepter names the requester's attachment; in a state it carries
      // both gateways itself, its own first.
      const inner = this.context.resolveRef(r.values.transit_gateway_attachment_id);
      const requested = inner && this.context.byAddress.get(inner.address);
      if (requested?.type === PEERING) return this.peering(requested);
      const accepter = this.gatewayOf(r, 'transit_gateway_id');
      const requester = this.gatewayOf(r, 'peer_transit_gateway_id');
      return accepter && requester ? { kind: 'peering', requester, accepter } : undefined;
    }
    const requester = this.gatewayOf(r, 'transit_gateway_id');
    const accepter = this.gatewayOf(r, 'peer_transit_gateway_id');
    return requester && accepter ? { kind: 'peering', requester, accepter } : undefined;
  }

  private attachment(at: string, property: string, value: unknown): Attachment | undefined {
    const ref = this.context.refOf(at, property, value);
    const r = ref && this.context.byAddress.get(ref.address);
    if (!r) return undefined;
    switch (r.type) {
      case VPC_ATTACHMENT: {
        const vpc = this.context.refOf(r.address, 'vpc_id', r.values.vpc_id);
        const gateway = this.context.resolveRef(r.values.transit_gateway_id)?.address;
        return vpc ? { kind: 'single', gateway, ref: this.context.docId(vpc.address) } : undefined;
      }
      case 'aws_vpn_connection': {
        const site = this.context.refOf(r.address, 'customer_gateway_id', r.values.customer_gateway_id);
        const gateway = this.context.resolveRef(r.values.transit_gateway_id)?.address;
        return site ? { kind: 'single', gateway, ref: this.context.docId(site.address) } : undefined;
      }
      case PEERING:
      case ACCEPTER:
        return this.peering(r);
      default:
        this.context.warnings.add(
          'approximated',
          at,
          property,
          `${r.type} is not an attachment VPC Lab knows (a VPC, a VPN or a peering); left out`,
        );
        return undefined;
    }
  }

  /** The document's name for an attachment, as the table of gateway `gateway` sees it. */
  private refFrom(gateway: string, attachment: Attachment): string {
    if (attachment.kind === 'single') return attachment.ref;
    return this.context.docId(attachment.requester === gateway ? attachment.accepter : attachment.requester);
  }

  private resolve(gateway: string, entries: readonly Entry[]): string[] {
    return entries.flatMap(({ at, value }) => {
      const attachment = this.attachment(at, 'transit_gateway_attachment_id', value);
      return attachment ? [this.refFrom(gateway, attachment)] : [];
    });
  }

  private routes(gateway: string, entries: readonly RouteEntry[]): TransitGatewayRoute[] {
    return entries.flatMap(({ at, value, destination, blackhole }) => {
      if (blackhole) return [{ destination, attachment: 'blackhole' }];
      const attachment = this.attachment(at, 'transit_gateway_attachment_id', value);
      return attachment ? [{ destination, attachment: this.refFrom(gateway, attachment) }] : [];
    });
  }

  // ---- tables and gateways -------------------------------------------------------------

  /** A `transit-gateway-route-table`, or nothing (with a warning) when its gateway is not in the input. */
  table(r: TfResource, id: string): Resource | undefined {
    const gateway = this.gatewayOf(r, 'transit_gateway_id');
    if (!gateway) return this.context.missing(r.address, 'transit_gateway_id');
    const entries = this.entriesOf(r.address);
    return {
      id,
      type: 'transit-gateway-route-table',
      transitGateway: this.context.docId(gateway),
      associations: this.resolve(gateway, entries.associations),
      propagations: this.resolve(gateway, entries.propagations),
      routes: this.routes(gateway, entries.routes),
    };
  }

  /** The input's peering attachments (not accepters), in address order. */
  private peerings(): { requester: string; accepter: string; at: string; values: Json }[] {
    return this.context.resources.flatMap((r) => {
      if (r.type !== PEERING) return [];
      const requester = this.context.resolveRef(r.values.transit_gateway_id)?.address;
      const accepter = this.context.resolveRef(r.values.peer_transit_gateway_id)?.address;
      return requester && accepter ? [{ requester, accepter, at: r.address, values: r.values }] : [];
    });
  }

  private hasTables(gateway: string): boolean {
    return this.context.resources.some(
      (r) => r.type === TABLE && this.context.resolveRef(r.values.transit_gateway_id)?.address === gateway,
    );
  }

  /**
   * What AWS's default table of the gateway holds: the attachments default association and
   * propagation put there (those a table resource takes are not), the ones named explicitly, its
   * routes; and whether that is exactly the format's implicit table.
   */
  private defaultTable(gateway: TfResource): {
    associations: string[];
    propagations: string[];
    routes: TransitGatewayRoute[];
    implicit: boolean;
  } {
    const at = gateway.address;
    const associate = !disabled(gateway.values.default_route_table_association);
    const propagate = !disabled(gateway.values.default_route_table_propagation);
    const explicit = this.entriesOf(`default ${at}`);
    const associatedElsewhere = new Set(
      [...this.entries].flatMap(([key, entries]) =>
        key === `default ${at}` ? [] : entries.associations.map((entry) => this.attachmentKey(entry)),
      ),
    );
    const associations: string[] = [];
    const propagations: string[] = [];
    let optOut = false;
    for (const r of this.context.resources) {
      const own = this.context.resolveRef(r.values.transit_gateway_id)?.address === at;
      if (!own) continue;
      let ref: string | undefined;
      let associates = associate;
      let propagates = propagate;
      if (r.type === VPC_ATTACHMENT) {
        ref = this.context.resolveRef(r.values.vpc_id)?.address;
        if (optedOut(r.values.transit_gateway_default_route_table_association)) associates = false;
        if (optedOut(r.values.transit_gateway_default_route_table_propagation)) propagates = false;
        optOut ||= !associates || !propagates;
      } else if (r.type === 'aws_vpn_connection') ref = this.context.resolveRef(r.values.customer_gateway_id)?.address;
      if (ref === undefined || !this.context.byAddress.has(ref)) continue;
      const id = this.context.docId(ref);
      if (associates && !associatedElsewhere.has(r.address)) associations.push(id);
      if (propagates) propagations.push(id);
    }
    if (associate)
      for (const peering of this.peerings()) {
        if (peering.requester !== at && peering.accepter !== at) continue;
        if (associatedElsewhere.has(peering.at)) continue;
        associations.push(this.context.docId(peering.requester === at ? peering.accepter : peering.requester));
      }
    for (const ref of this.resolve(at, explicit.associations)) if (!associations.includes(ref)) associations.push(ref);
    for (const ref of this.resolve(at, explicit.propagations)) if (!propagations.includes(ref)) propagations.push(ref);
    const implicit =
      associate &&
      propagate &&
      !optOut &&
      explicit.associations.length === 0 &&
      explicit.propagations.length === 0 &&
      !this.hasTables(at);
    return { associations, propagations, routes: this.routes(at, explicit.routes), implicit };
  }

  /** The address of the attachment an association names (an accepter counts as its requester). */
  private attachmentKey(entry: Entry): string | undefined {
    const ref = this.context.resolveRef(entry.value);
    const r = ref && this.context.byAddress.get(ref.address);
    if (r?.type !== ACCEPTER) return ref?.address;
    const inner = this.context.resolveRef(r.values.transit_gateway_attachment_id);
    if (inner && this.context.byAddress.get(inner.address)?.type === PEERING) return inner.address;
    // A state's accepter carries the attachment's id, which the requester's resource shares.
    const requester = this.context.resources.find((p) => p.type === PEERING && p.values.id === r.values.id);
    return requester?.address ?? r.address;
  }

  /**
   * The gateway's own fields (`routes` of its implicit table, `peers`, `region`), and its default
   * table as a resource of its own when the implicit table would not say what AWS does.
   */
  gateway(r: TfResource, id: string): { fields: GatewayFields; table?: Resource } {
    const fields: GatewayFields = {};
    const peerings = this.peerings();
    const peers = [
      ...new Set(peerings.filter((p) => p.requester === r.address).map((p) => this.context.docId(p.accepter))),
    ];
    if (peers.length) fields.peers = peers;
    const region = this.region(r, peerings);
    if (region !== undefined) fields.region = region;
    const table = this.defaultTable(r);
    if (table.implicit) {
      if (table.routes.length) fields.routes = table.routes;
      return { fields };
    }
    if (!table.associations.length && !table.propagations.length && !table.routes.length && this.hasTables(r.address))
      return { fields };
    return {
      fields,
      table: {
        id: this.context.freshId(`${id}-default`),
        type: 'transit-gateway-route-table',
        transitGateway: id,
        associations: table.associations,
        propagations: table.propagations,
        routes: table.routes,
      },
    };
  }

  /** The region in the gateway's ARN (a state), else the `peer_region` a peering gives it. */
  private region(r: TfResource, peerings: ReturnType<TransitGatewayReader['peerings']>): string | undefined {
    const arn = typeof r.values.arn === 'string' ? /^arn:[a-z-]+:ec2:([a-z0-9-]+):/.exec(r.values.arn)?.[1] : undefined;
    if (arn && REGION.test(arn)) return arn;
    for (const peering of peerings) {
      const region = peering.values.peer_region;
      if (peering.accepter === r.address && typeof region === 'string' && !region.startsWith(REGION_PLACEHOLDER))
        if (REGION.test(region)) return region;
    }
    return undefined;
  }
}
