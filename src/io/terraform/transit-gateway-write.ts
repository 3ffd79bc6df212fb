import type { Resource, ResourceOfType, VpcLabDocument } from '../../model/index.ts';
import { terraformNameFor } from '../iac/names.ts';
import type { WarningList } from '../iac/warnings.ts';
import { attribute, expr, type BodyItem, type HclValue } from './hcl-emit.ts';

/**
 * Transit gateways in Terraform, with their route tables and peering (format version 2). A
 * gateway's implicit table is not a resource: its static routes name the gateway's
 * `association_default_route_table_id`, so every `aws_ec2_transit_gateway_route_table` read back
 * is a `transit-gateway-route-table`. A gateway with table resources turns AWS's default table
 * off (`default_route_table_association = "disable"`, and its VPC attachments opt out of it), so
 * that the tables alone route, as the format says. Each entry of a gateway's `peers` is one
 * `aws_ec2_transit_gateway_peering_attachment` and its `_accepter` (AWS makes the peer's owner
 * accept every peering, same account or not), which both sides' routes and associations name
 * (AWS takes them only once the peering is accepted). `region` is the provider's in Terraform:
 * it is kept in `local.vpclab`, and a peer's region is the attachment's `peer_region`.
 */

export interface TransitGatewayWriteContext {
  readonly document: VpcLabDocument;
  readonly byId: ReadonlyMap<string, Resource>;
  readonly warnings: WarningList;
  /** The Terraform name of a document resource. */
  name(id: string): string | undefined;
  take(wanted: string): string;
  ref(id: string, attribute?: string): HclValue;
  child(parent: string, suffix: string): string;
  /** The name of the `aws_vpn_connection` of an on-premises network. */
  vpnName(site: string): string;
  extra(type: string, name: string, body: BodyItem[]): void;
  resource(resource: Resource, body: BodyItem[], extra: Record<string, unknown>): void;
  /** A field kept in `local.vpclab` only, said in the export's warnings. */
  keep(resource: Resource, what: string): void;
  /** The region the provider deploys to (`data.aws_region.current.name`). */
  currentRegion(): HclValue;
  /** Where an attachment's order would not come back by name, the writer keeps it. */
  inNaturalOrder(names: readonly string[]): boolean;
}

const PEERING = 'aws_ec2_transit_gateway_peering_attachment';
const VPC_ATTACHMENT = 'aws_ec2_transit_gateway_vpc_attachment';

export class TransitGatewayWriter {
  /** `aws_ec2_transit_gateway_vpc_attachment` names, by `<tgw> <vpc>`. */
  private readonly attachments = new Map<string, string>();
  /** Peering attachment (and accepter) names, by `<tgw> <peer>` as the gateway's `peers` declares it. */
  private readonly peerings = new Map<string, string>();

  constructor(private readonly context: TransitGatewayWriteContext) {
    for (const resource of context.document.resources) {
      if (resource.type !== 'transit-gateway') continue;
      for (const attachment of resource.attachments)
        this.attachments.set(
          `${resource.id} ${attachment.vpc}`,
          context.take(`${this.tfName(resource.id)}_${this.tfName(attachment.vpc)}`),
        );
      for (const peer of resource.peers ?? [])
        this.peerings.set(
          `${resource.id} ${peer}`,
          context.take(`${this.tfName(resource.id)}_to_${this.tfName(peer)}`),
        );
    }
  }

  private tfName(id: string): string {
    return this.context.name(id) ?? terraformNameFor(id);
  }

  /** True when route-table resources replace the gateway's implicit table. */
  private hasTables(tgw: string): boolean {
    return this.context.document.resources.some(
      (r) => r.type === 'transit-gateway-route-table' && r.transitGateway === tgw,
    );
  }

  /** The id of the attachment `ref` names on gateway `tgw`, as a Terraform expression, if there is one. */
  private attachment(tgw: string, ref: string): HclValue | undefined {
    const vpcAttachment = this.attachments.get(`${tgw} ${ref}`);
    if (vpcAttachment !== undefined) return expr(`${VPC_ATTACHMENT}.${vpcAttachment}.id`);
    const target = this.context.byId.get(ref);
    if (target?.type === 'on-premises' && target.via === tgw)
      return expr(`aws_vpn_connection.${this.context.vpnName(ref)}.transit_gateway_attachment_id`);
    // Both sides name the accepter: a peering takes routes and associations only once accepted,
    // and the reference makes Terraform wait for that.
    const peering = this.peerings.get(`${tgw} ${ref}`) ?? this.peerings.get(`${ref} ${tgw}`);
    return peering === undefined ? undefined : expr(`${PEERING}_accepter.${peering}.id`);
  }

  writeGateway(tgw: ResourceOfType<'transit-gateway'>): void {
    const { context } = this;
    const tables = this.hasTables(tgw.id);
    const extra: Record<string, unknown> = {};
    const names = tgw.attachments.map((a) => this.attachments.get(`${tgw.id} ${a.vpc}`)!);
    if (!context.inNaturalOrder(names)) extra.attachments = tgw.attachments;
    if (tgw.routes !== undefined && tgw.routes.length === 0) extra.routes = [];
    if (tgw.region !== undefined) {
      extra.region = tgw.region;
      // Terraform deploys to its provider's region: the gateway has no argument for it.
      context.keep(tgw, 'region');
    }
    const body: BodyItem[] = tables
      ? [
          attribute('default_route_table_association', 'disable'),
          attribute('default_route_table_propagation', 'disable'),
        ]
      : [];
    context.resource(tgw, body, extra);
    tgw.attachments.forEach((attachment, index) => {
      const items: BodyItem[] = [
        attribute('transit_gateway_id', context.ref(tgw.id)),
        attribute('vpc_id', context.ref(attachment.vpc)),
        attribute(
          'subnet_ids',
          attachment.subnets.map((s) => context.ref(s)),
        ),
      ];
      if (tables)
        items.push(
          attribute('transit_gateway_default_route_table_association', false),
          attribute('transit_gateway_default_route_table_propagation', false),
        );
      context.extra(VPC_ATTACHMENT, names[index]!, items);
    });
    this.writePeerings(tgw);
    (tgw.routes ?? []).forEach((route, index) =>
      this.writeRoute(
        tgw,
        context.ref(tgw.id, 'association_default_route_table_id'),
        route,
        context.child(tgw.id, `route_${index + 1}`),
        `routes[${index}]`,
      ),
    );
  }

  private writePeerings(tgw: ResourceOfType<'transit-gateway'>): void {
    const { context } = this;
    for (const peer of tgw.peers ?? []) {
      const name = this.peerings.get(`${tgw.id} ${peer}`)!;
      const other = context.byId.get(peer);
      if (other?.type !== 'transit-gateway') {
        context.warnings.add('dangling-reference', tgw.id, 'peers', peer);
        continue;
      }
      context.extra(PEERING, name, [
        attribute('transit_gateway_id', context.ref(tgw.id)),
        attribute('peer_transit_gateway_id', context.ref(peer)),
        attribute('peer_region', other.region ?? context.currentRegion()),
      ]);
      context.extra(`${PEERING}_accepter`, name, [
        attribute('transit_gateway_attachment_id', expr(`${PEERING}.${name}.id`)),
      ]);
    }
  }

  private writeRoute(
    tgw: ResourceOfType<'transit-gateway'> | ResourceOfType<'transit-gateway-route-table'>,
    table: HclValue,
    route: { destination: string; attachment: string },
    name: string,
    field: string,
  ): void {
    const gateway = tgw.type === 'transit-gateway' ? tgw.id : tgw.transitGateway;
    const items: BodyItem[] = [
      attribute('transit_gateway_route_table_id', table),
      attribute('destination_cidr_block', route.destination),
    ];
    if (route.attachment === 'blackhole') items.push(attribute('blackhole', true));
    else {
      const attachment = this.attachment(gateway, route.attachment);
      if (attachment === undefined) {
        this.context.warnings.add('dangling-reference', tgw.id, field, route.attachment);
        return;
      }
      items.push(attribute('transit_gateway_attachment_id', attachment));
    }
    this.context.extra('aws_ec2_transit_gateway_route', name, items);
  }

  /** The table, one association and propagation per entry, one route per static or blackhole route. */
  writeTable(table: ResourceOfType<'transit-gateway-route-table'>): void {
    const { context } = this;
    context.resource(table, [attribute('transit_gateway_id', context.ref(table.transitGateway))], {});
    const tableId = context.ref(table.id);
    for (const [kind, refs] of [
      ['association', table.associations],
      ['propagation', table.propagations],
    ] as const)
      refs.forEach((ref, index) => {
        const attachment = this.attachment(table.transitGateway, ref);
        if (attachment === undefined) {
          context.warnings.add('dangling-reference', table.id, `${kind}s[${index}]`, ref);
          return;
        }
        context.extra(`aws_ec2_transit_gateway_route_table_${kind}`, context.child(table.id, `${kind}_${index + 1}`), [
          attribute('transit_gateway_route_table_id', tableId),
          attribute('transit_gateway_attachment_id', attachment),
        ]);
      });
    table.routes.forEach((route, index) =>
      this.writeRoute(table, tableId, route, context.child(table.id, `route_${index + 1}`), `routes[${index}]`),
    );
  }
}
