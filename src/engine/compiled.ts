import type { Cidr, Cidr4, Cidr6, Range, RangeSet } from '../net/index.ts';

/**
 * The compiled form of a document: indexed tables built once per revision, so a trace only
 * follows references and compares numbers. Nothing here is plain JSON; it never leaves the
 * engine.
 */

export interface CVpc {
  readonly id: string;
  readonly blocks4: readonly Cidr4[];
  readonly blocks6: readonly Cidr6[];
  readonly subnets: CSubnet[];
  igw: string | undefined;
  eigw: string | undefined;
  vgw: string | undefined;
  /** Peering connections touching this VPC, by peer VPC id. */
  readonly peerings: Map<string, CPeering>;
  /** The transit gateway attachment of this VPC, per transit gateway id. */
  readonly tgwAttachments: Map<string, CTgwAttachment>;
  /** Addresses of the Amazon DNS resolver (IPv4 base + 2), never filtered. */
  readonly dnsResolver4: number | undefined;
  /** Interfaces by private IPv4 and by IPv6 address. Per VPC, because unpeered VPCs may reuse ranges. */
  readonly enis4: Map<number, CEni>;
  readonly enis6: Map<bigint, CEni>;
}

export interface CSubnet {
  readonly id: string;
  readonly vpc: CVpc;
  readonly az: string;
  readonly cidr4: Cidr4;
  readonly cidr6: Cidr6 | undefined;
  routeTable: CRouteTable;
  nacl: CNacl;
}

export type RouteTarget =
  | { readonly kind: 'local' }
  | { readonly kind: 'blackhole' }
  | {
      readonly kind:
        | 'internet-gateway'
        | 'egress-only-internet-gateway'
        | 'nat-gateway'
        | 'vpn-gateway'
        | 'peering-connection'
        | 'transit-gateway';
      readonly id: string;
    }
  /** An instance (NAT instance, appliance): `deviceIndex` is the interface the route names (0 when it names the instance). */
  | { readonly kind: 'instance'; readonly id: string; readonly deviceIndex: number }
  | { readonly kind: 'gateway-endpoint'; readonly id: string; readonly service: AwsService };

export type AwsService = 's3' | 'dynamodb';

export interface CRoute {
  readonly destination: Cidr;
  /** How the destination is shown: a CIDR, or a prefix list name (`pl-s3`). */
  readonly label: string;
  readonly target: RouteTarget;
  readonly targetLabel: string;
  readonly origin: 'local' | 'static' | 'prefix-list';
  /** A route whose destination is a customer-managed prefix list: the list, and the entry this route stands for. */
  readonly prefixList?: { readonly id: string; readonly entry: string };
}

export interface CRouteTable {
  readonly id: string;
  readonly vpc: string;
  /** Routes sorted for longest-prefix match: longer prefix first; a CIDR route before a prefix-list route of equal length. */
  readonly routes4: readonly CRoute[];
  readonly routes6: readonly CRoute[];
}

export interface CNaclRule {
  readonly number: number;
  readonly allow: boolean;
  /** IANA protocol number, -1 for all. */
  readonly protocol: number;
  readonly ports: Range;
  readonly block: Cidr;
  /** What the rule matches in the flow space (flow-space.ts), for IPv4 and for IPv6 flows. */
  readonly space4: RangeSet;
  readonly space6: RangeSet;
}

export interface CNacl {
  readonly id: string;
  /** Rules sorted by number; the implicit deny (`*`) is not listed. */
  readonly inbound: readonly CNaclRule[];
  readonly outbound: readonly CNaclRule[];
}

export type SgPeer =
  | { readonly kind: 'cidr'; readonly block: Cidr }
  | { readonly kind: 'group'; readonly group: string }
  /** One block of a prefix list: an AWS-managed list (`s3`, `dynamodb`) or a `prefix-list` resource's entry. */
  | { readonly kind: 'prefix-list'; readonly list: string; readonly block: Cidr };

export interface CSgRule {
  /** Position in the group's list, counted from 1. */
  readonly position: number;
  readonly protocol: number;
  readonly ports: Range;
  readonly peer: SgPeer;
  readonly space4: RangeSet;
  readonly space6: RangeSet;
}

export interface CSecurityGroup {
  readonly id: string;
  readonly vpc: string;
  readonly inbound: readonly CSgRule[];
  readonly outbound: readonly CSgRule[];
}

export type EniOwnerType = 'instance' | 'database' | 'load-balancer' | 'lambda' | 'nat-gateway' | 'vpc-endpoint';

/** A network interface: one per resource per subnet (an instance's secondary interfaces sit in subnets of their own). */
export interface CEni {
  readonly key: string;
  readonly owner: string;
  readonly ownerType: EniOwnerType;
  readonly subnet: CSubnet;
  readonly ipv4: number;
  readonly ipv6: bigint | undefined;
  /** The public IPv4 mapped to this interface (public IP, Elastic IP, internet-facing balancer, public NAT gateway). */
  readonly publicIpv4: number | undefined;
  /** The groups on this interface; null when it has none (NAT gateway, network balancer without groups). */
  readonly groups: readonly CSecurityGroup[] | null;
  readonly sourceDestCheck: boolean;
  /** The interface's device index on an instance (0 the primary, 1..n its `networkInterfaces`); 0 elsewhere. */
  readonly deviceIndex: number;
  /** The interface's name inside its instance (`eni-0` the primary, `eni-1` or its id); `eni-0` elsewhere. */
  readonly name: string;
  /** True for every interface of an instance that has more than one: only then does a trace name the interface. */
  readonly multiHomed: boolean;
}

export interface CListener {
  readonly protocol: number;
  readonly label: string;
  readonly port: number;
  readonly targetPort: number;
}

export interface CLoadBalancer {
  readonly id: string;
  readonly kind: 'application' | 'network';
  readonly internetFacing: boolean;
  readonly listeners: readonly CListener[];
  readonly targets: readonly string[];
}

export interface CPeering {
  readonly id: string;
  readonly requester: string;
  readonly accepter: string;
  /** True when the two VPCs' blocks overlap: AWS refuses such a connection. */
  readonly overlapping: boolean;
}

export interface CTgwAttachment {
  readonly tgw: string;
  readonly vpc: string;
  readonly subnets: readonly CSubnet[];
}

export interface CTgwRoute {
  readonly destination: Cidr;
  readonly label: string;
  /** A VPC id, an on-premises network id, a peer transit gateway id, or null for a blackhole. */
  readonly attachment: string | null;
  readonly origin: 'static' | 'propagated';
}

/** One route table of a transit gateway; the implicit one has the gateway's id. */
export interface CTgwTable {
  readonly id: string;
  readonly implicit: boolean;
  /** Sorted for longest-prefix match; a static route before a propagated one of equal length. */
  readonly routes4: readonly CTgwRoute[];
  readonly routes6: readonly CTgwRoute[];
}

export interface CTransitGateway {
  readonly id: string;
  /** VPC attachments by VPC id. */
  readonly attachments: Map<string, CTgwAttachment>;
  /** Transit gateways peered with this one (either side may declare the peering). */
  readonly peers: ReadonlySet<string>;
  readonly tables: readonly CTgwTable[];
  /** The table each attachment (VPC, on-premises or peer id) is associated with; absent: none. */
  readonly associations: ReadonlyMap<string, CTgwTable>;
}

export interface COnPremises {
  readonly id: string;
  readonly blocks: readonly Cidr[];
  readonly via: string;
  readonly viaType: 'vpn-gateway' | 'transit-gateway';
  readonly link: 'site-to-site-vpn' | 'direct-connect';
  readonly address4: number | undefined;
  readonly address6: bigint | undefined;
}

export interface CVpnGateway {
  readonly id: string;
  readonly vpc: string;
  /** On-premises networks reached through this gateway. */
  readonly onPremises: readonly COnPremises[];
}

export interface CEndpointService {
  readonly id: string;
  readonly vpc: string;
  readonly kind: 'gateway' | 'interface';
  readonly service: string;
}

export type DestinationRole =
  | { readonly kind: 'host' }
  | { readonly kind: 'database'; readonly port: number }
  | { readonly kind: 'lambda' }
  | { readonly kind: 'nat-gateway'; readonly connectivity: 'public' | 'private' }
  | { readonly kind: 'load-balancer'; readonly balancer: CLoadBalancer }
  | { readonly kind: 'interface-endpoint' };

/** A resource that can send or receive traffic, with its interfaces. */
export interface CTrafficResource {
  readonly id: string;
  readonly type: EniOwnerType;
  readonly enis: readonly CEni[];
  readonly role: DestinationRole;
  /** Linux, Windows, or the remapped range of a NAT or balancer: the client's ephemeral ports. */
  readonly ephemeral: Range;
}

export interface CompiledDocument {
  readonly vpcs: Map<string, CVpc>;
  readonly subnets: Map<string, CSubnet>;
  readonly routeTables: Map<string, CRouteTable>;
  readonly nacls: Map<string, CNacl>;
  readonly groups: Map<string, CSecurityGroup>;
  readonly resources: Map<string, CTrafficResource>;
  readonly peerings: Map<string, CPeering>;
  readonly transitGateways: Map<string, CTransitGateway>;
  readonly vpnGateways: Map<string, CVpnGateway>;
  readonly onPremises: Map<string, COnPremises>;
  readonly endpoints: Map<string, CEndpointService>;
  /** Interfaces by public IPv4 address (public addresses are unique across the design). */
  readonly byPublic4: Map<number, CEni>;
  /** Interfaces by IPv6 address (IPv6 blocks are globally unique). */
  readonly byIpv6: Map<bigint, CEni>;
  /** Group id to the interfaces that carry it (for rules that name a group). */
  readonly members: Map<string, CEni[]>;
}
