import type { Resource, ResourceOfType, VpcLabDocument } from '../../model/index.ts';
import type { WarningList } from '../iac/warnings.ts';
import type { ResourceMetadata } from './vocabulary.ts';

/**
 * Transit gateway route tables and peering (format version 2) in CloudFormation, both ways. A
 * `transit-gateway-route-table` is an AWS::EC2::TransitGatewayRouteTable marked `explicit` in
 * Metadata.VpcLab (so that the one table written for a gateway's implicit table is not taken for
 * it), with one Association, Propagation and TransitGatewayRoute resource per entry. An
 * attachment reference is the attachment of a VPC, the VPN connection of an on-premises site, or
 * the TransitGatewayPeeringAttachment of a peer; a peering is written once, by the gateway whose
 * `peers` names it, and read back as a peer of that gateway.
 */

type Properties = Record<string, unknown>;

export interface TransitGatewayWriteContext {
  readonly document: VpcLabDocument;
  readonly warnings: WarningList;
  id(docId: string): string;
  ref(docId: string): unknown;
  take(name: string): string;
  add(logicalId: string, entry: { Type: string; Properties: Properties }): void;
  main(resource: Resource, type: string, properties: Properties, extra: ResourceMetadata): void;
}

export class TransitGatewayTablesWriter {
  /** The peering attachment's logical id, by `<tgw> <peer>` as the gateway's `peers` declares it. */
  private readonly peerings = new Map<string, string>();
  private readonly byId = new Map<string, Resource>();

  constructor(private readonly context: TransitGatewayWriteContext) {
    for (const resource of context.document.resources) {
      this.byId.set(resource.id, resource);
      if (resource.type !== 'transit-gateway') continue;
      for (const peer of resource.peers ?? [])
        this.peerings.set(
          `${resource.id} ${peer}`,
          context.take(`${context.id(resource.id)}${context.id(peer)}Peering`),
        );
    }
  }

  /** True when route-table resources replace the gateway's implicit table. */
  hasTables(tgw: string): boolean {
    return this.context.document.resources.some(
      (r) => r.type === 'transit-gateway-route-table' && r.transitGateway === tgw,
    );
  }

  /** The logical id of the attachment `ref` names on gateway `tgw`, if it can be written. */
  attachment(tgw: string, ref: string): string | undefined {
    const target = this.byId.get(ref);
    const gateway = this.byId.get(tgw);
    if (target?.type === 'vpc' && gateway?.type === 'transit-gateway' && gateway.attachments.some((a) => a.vpc === ref))
      return `${this.context.id(tgw)}${this.context.id(ref)}Attachment`;
    if (target?.type === 'on-premises' && target.via === tgw) return `${this.context.id(ref)}Vpn`;
    return this.peerings.get(`${tgw} ${ref}`) ?? this.peerings.get(`${ref} ${tgw}`);
  }

  /** One AWS::EC2::TransitGatewayPeeringAttachment per peer the gateway declares. */
  writePeerings(tgw: ResourceOfType<'transit-gateway'>): void {
    for (const peer of tgw.peers ?? []) {
      const logicalId = this.peerings.get(`${tgw.id} ${peer}`);
      const other = this.byId.get(peer);
      if (logicalId === undefined || other?.type !== 'transit-gateway') {
        this.context.warnings.add('dangling-reference', tgw.id, 'peers', peer);
        continue;
      }
      this.context.add(logicalId, {
        Type: 'AWS::EC2::TransitGatewayPeeringAttachment',
        Properties: {
          TransitGatewayId: this.context.ref(tgw.id),
          PeerTransitGatewayId: this.context.ref(peer),
          PeerAccountId: { Ref: 'AWS::AccountId' },
          PeerRegion: other.region ?? { Ref: 'AWS::Region' },
        },
      });
    }
  }

  writeTable(table: ResourceOfType<'transit-gateway-route-table'>): void {
    const { context } = this;
    context.main(
      table,
      'AWS::EC2::TransitGatewayRouteTable',
      { TransitGatewayId: context.ref(table.transitGateway) },
      { explicit: true },
    );
    const logicalId = context.id(table.id);
    const tableRef = () => ({ Ref: logicalId });
    const link = (kind: 'Association' | 'Propagation', refs: readonly string[]) =>
      refs.forEach((ref, index) => {
        const attachment = this.attachment(table.transitGateway, ref);
        if (attachment === undefined) {
          context.warnings.add('dangling-reference', table.id, `${kind.toLowerCase()}s[${index}]`, ref);
          return;
        }
        context.add(context.take(`${logicalId}${kind}${index + 1}`), {
          Type: `AWS::EC2::TransitGatewayRouteTable${kind}`,
          Properties: { TransitGatewayRouteTableId: tableRef(), TransitGatewayAttachmentId: { Ref: attachment } },
        });
      });
    link('Association', table.associations);
    link('Propagation', table.propagations);
    table.routes.forEach((route, index) => {
      const properties: Properties = {
        TransitGatewayRouteTableId: tableRef(),
        DestinationCidrBlock: route.destination,
      };
      if (route.attachment === 'blackhole') properties.Blackhole = true;
      else {
        const attachment = this.attachment(table.transitGateway, route.attachment);
        if (attachment === undefined) {
          context.warnings.add('dangling-reference', table.id, `routes[${index}]`, route.attachment);
          return;
        }
        properties.TransitGatewayAttachmentId = { Ref: attachment };
      }
      context.add(context.take(`${logicalId}Route${index + 1}`), {
        Type: 'AWS::EC2::TransitGatewayRoute',
        Properties: properties,
      });
    });
  }
}

export interface TransitGatewayReadContext {
  logicalRef(logicalId: string, property: string): string | undefined;
  ref(logicalId: string, property: string): string | undefined;
  text(logicalId: string, property: string): string | undefined;
  bool(logicalId: string, property: string): boolean | undefined;
  docId(logicalId: string): string;
  metadata(logicalId: string): ResourceMetadata | undefined;
}

type Attachment =
  | { kind: 'vpc'; tgw: string; vpc: string }
  | { kind: 'vpn'; site: string }
  | { kind: 'peering'; tgw: string; peer: string };

export class TransitGatewayTablesReader {
  private readonly attachments = new Map<string, Attachment>();
  private readonly tables = new Map<string, string>();
  private readonly associations = new Map<string, string[]>();
  private readonly propagations = new Map<string, string[]>();
  private readonly routes = new Map<string, { destination: string; attachment: string }[]>();

  constructor(private readonly context: TransitGatewayReadContext) {}

  /** Records what a folded resource says; called for every entry before the main resources are built. */
  fold(id: string, type: string): void {
    const { context } = this;
    switch (type) {
      case 'AWS::EC2::TransitGatewayAttachment':
      case 'AWS::EC2::TransitGatewayVpcAttachment': {
        const tgw = context.logicalRef(id, 'TransitGatewayId');
        const vpc = context.ref(id, 'VpcId');
        if (tgw && vpc) this.attachments.set(id, { kind: 'vpc', tgw, vpc });
        return;
      }
      case 'AWS::EC2::VPNConnection': {
        const site = context.logicalRef(id, 'CustomerGatewayId');
        if (site) this.attachments.set(id, { kind: 'vpn', site });
        return;
      }
      case 'AWS::EC2::TransitGatewayPeeringAttachment': {
        const tgw = context.logicalRef(id, 'TransitGatewayId');
        const peer = context.logicalRef(id, 'PeerTransitGatewayId');
        if (tgw && peer) this.attachments.set(id, { kind: 'peering', tgw, peer });
        return;
      }
      case 'AWS::EC2::TransitGatewayRouteTable': {
        const tgw = context.logicalRef(id, 'TransitGatewayId');
        if (tgw) this.tables.set(id, tgw);
        return;
      }
      case 'AWS::EC2::TransitGatewayRouteTableAssociation':
      case 'AWS::EC2::TransitGatewayRouteTablePropagation': {
        const table = context.logicalRef(id, 'TransitGatewayRouteTableId');
        const attachment = context.logicalRef(id, 'TransitGatewayAttachmentId');
        if (!table || !attachment) return;
        const map = type.endsWith('Association') ? this.associations : this.propagations;
        map.set(table, [...(map.get(table) ?? []), attachment]);
        return;
      }
      case 'AWS::EC2::TransitGatewayRoute': {
        const table = this.context.logicalRef(id, 'TransitGatewayRouteTableId');
        const destination = context.text(id, 'DestinationCidrBlock');
        if (!table || !destination) return;
        const attachment = context.bool(id, 'Blackhole')
          ? 'blackhole'
          : context.logicalRef(id, 'TransitGatewayAttachmentId');
        if (attachment) this.routes.set(table, [...(this.routes.get(table) ?? []), { destination, attachment }]);
        return;
      }
    }
  }

  /**
   * A table is a resource of its own when it says so, or when its gateway has several (the
   * implicit table is one); a lone unmarked table is the gateway's implicit one.
   */
  isResource(logicalId: string): boolean {
    const tgw = this.tables.get(logicalId);
    if (tgw === undefined) return false;
    if (this.context.metadata(logicalId)?.explicit) return true;
    return [...this.tables.values()].filter((t) => t === tgw).length > 1;
  }

  /** The document's attachment reference (VPC, on-premises site or peer gateway) as seen from `tgw`. */
  attachmentRef(tgw: string, logicalId: string): string | undefined {
    const attachment = this.attachments.get(logicalId);
    if (attachment === undefined) return undefined;
    if (attachment.kind === 'vpc') return attachment.vpc;
    if (attachment.kind === 'vpn') return this.context.docId(attachment.site);
    return this.context.docId(attachment.tgw === tgw ? attachment.peer : attachment.tgw);
  }

  /** The peers the gateway declares: the other ends of the peerings it requested. */
  peersOf(tgw: string): string[] {
    return [...this.attachments.values()].flatMap((a) =>
      a.kind === 'peering' && a.tgw === tgw ? [this.context.docId(a.peer)] : [],
    );
  }

  build(logicalId: string, docId: string): Resource | undefined {
    const tgw = this.tables.get(logicalId);
    if (tgw === undefined) return undefined;
    const refs = (list: readonly string[] | undefined) =>
      (list ?? []).flatMap((attachment) => this.attachmentRef(tgw, attachment) ?? []);
    const metadata = this.context.metadata(logicalId);
    if (metadata) delete metadata.explicit;
    return {
      id: docId,
      type: 'transit-gateway-route-table',
      transitGateway: this.context.docId(tgw),
      associations: refs(this.associations.get(logicalId)),
      propagations: refs(this.propagations.get(logicalId)),
      routes: (this.routes.get(logicalId) ?? []).flatMap(({ destination, attachment }) => {
        if (attachment === 'blackhole') return [{ destination, attachment }];
        const ref = this.attachmentRef(tgw, attachment);
        return ref === undefined ? [] : [{ destination, attachment: ref }];
      }),
    };
  }
}
