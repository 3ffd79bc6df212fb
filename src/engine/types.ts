import type { ExplanationCode } from './codes.ts';
import type { SpaceParts } from './flow-space.ts';

/**
 * The engine's public result types. Everything here is plain JSON (strings, numbers, arrays),
 * so results cross the worker boundary and the CLI's --json output unchanged.
 */

export type Verdict = 'allowed' | 'blocked' | 'partial';
export type PathKind = 'forward' | 'return';
export type Direction = 'ingress' | 'egress';
export type HopAction = 'accept' | 'forward' | 'translate' | 'drop';
export type FlowProtocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'all';

/** A question: can `from` open a connection to `to` with this protocol and destination port? */
export interface FlowQuery {
  readonly from: string;
  readonly to: string;
  readonly protocol: FlowProtocol | number;
  readonly port?: number | undefined;
  readonly ipVersion?: 4 | 6 | undefined;
}

/** A packet header as it leaves a hop. Ports are written as the document writes them ("443", "32768-60999"). */
export interface Header {
  readonly source: string;
  readonly destination: string;
  readonly protocol: string;
  readonly sourcePorts: string;
  readonly destinationPorts: string;
}

/** The exact rule or route that decided a hop. */
export type DecidingRule =
  | { readonly kind: 'route'; readonly table: string; readonly destination: string; readonly target: string }
  | { readonly kind: 'nacl-rule'; readonly nacl: string; readonly direction: Direction; readonly rule: number | '*' }
  | {
      readonly kind: 'sg-rule';
      readonly group: string;
      readonly direction: Direction;
      /** Position of the rule in the group's list, counted from 1 as the inspector shows it. */
      readonly rule: number;
    }
  | {
      readonly kind: 'tgw-route';
      readonly gateway: string;
      readonly destination: string;
      readonly attachment: string;
      readonly origin: 'static' | 'propagated';
    }
  | { readonly kind: 'listener'; readonly balancer: string; readonly protocol: string; readonly port: number };

/** One step of a path: which component acted, what it did, why, and the header it let out. */
export interface Hop {
  readonly component: string;
  readonly componentType: string;
  readonly action: HopAction;
  readonly direction?: Direction;
  readonly rule?: DecidingRule;
  readonly header: Header;
  /**
   * What the component did, as data: a kind and its specifics (ids, addresses). Each language
   * words it from its catalogue (src/i18n/render/hop-note.ts), so no prose is parsed back.
   */
  readonly note: HopNote;
  /**
   * The network interfaces of an instance with several that the packet arrives and leaves by at
   * this hop (absent for every other hop, so a single-interface trace reads as before).
   */
  readonly interfaces?: HopInterfaces;
}

/**
 * One network interface of an instance that has several, as a trace names it: its name, the
 * endpoint that names exactly it (`web-1/eni-1`, also its place on the canvas), its private
 * address in the flow's IP version and its subnet.
 */
export interface TracedInterface {
  readonly name: string;
  readonly endpoint: string;
  readonly address: string;
  readonly subnet: string;
}

/**
 * Why a packet leaves an instance by an interface (semantics.md, "Network interfaces"):
 * `connected` the destination is in that interface's subnet; `primary` it is in none of the
 * instance's subnets, so the default route of the primary; `named` the flow named that interface.
 */
export type LeavingReason = 'connected' | 'primary' | 'named';

/** The interfaces a hop at a multi-homed instance used: the one the packet came in by, the one it left by. */
export interface HopInterfaces {
  readonly in?: TracedInterface;
  readonly out?: TracedInterface & { readonly reason: LeavingReason };
}

/**
 * A hop's note by kind. Addresses are written as text ("10.0.1.10"), names are ids; nothing
 * here depends on the language. The English of each kind is in src/i18n/locales/en/hops.json.
 */
export type HopNote =
  // Route tables and transit gateways
  | { readonly kind: 'noRoute'; readonly destination: string }
  | { readonly kind: 'blackholeRoute'; readonly route: string }
  | { readonly kind: 'routes'; readonly destination: string; readonly target: string }
  /** A route whose destination is a prefix list: `entry` is the list's block the address fell in. */
  | { readonly kind: 'routesViaPrefixList'; readonly list: string; readonly entry: string; readonly target: string }
  | {
      readonly kind: 'tgwRoutes';
      readonly destination: string;
      readonly target: string;
      readonly origin: 'static' | 'propagated';
    }
  | { readonly kind: 'tgwNoSubnetInAz'; readonly vpc: string; readonly az: string }
  | { readonly kind: 'tgwNotAssociated'; readonly attachment: string }
  | { readonly kind: 'tgwPeering'; readonly peer: string }
  // Filters
  | {
      readonly kind: 'naclRule';
      readonly direction: Direction;
      readonly allowed: boolean;
      readonly rule: number | '*';
      readonly nacl: string;
      readonly subnet: string;
    }
  | { readonly kind: 'sgAllowed'; readonly direction: Direction; readonly group: string; readonly rule: number }
  /** `groups` empty: the interface has no security group to name. */
  | { readonly kind: 'sgNoRule'; readonly direction: Direction; readonly groups: readonly string[] }
  // Internet gateways
  | { readonly kind: 'igwPrivateDestination'; readonly destination: string }
  | { readonly kind: 'noPublicAddress'; readonly source: string }
  | { readonly kind: 'translates'; readonly from: string; readonly to: string }
  | { readonly kind: 'igwIpv6Out' }
  | { readonly kind: 'igwPublicOnly'; readonly destination: string }
  | { readonly kind: 'letsIn'; readonly destination: string }
  | { readonly kind: 'eigwDropsReply' }
  | { readonly kind: 'eigwLetsOut' }
  | { readonly kind: 'eigwRefusesInbound' }
  // Peering, endpoints, VPN, on-premises
  | { readonly kind: 'peeringOverlap' }
  | { readonly kind: 'notInPeerVpc'; readonly destination: string; readonly vpc: string }
  | { readonly kind: 'carriesInto'; readonly vpc: string }
  | { readonly kind: 'endpointLocalOnly' }
  | { readonly kind: 'carriesToService'; readonly service: string }
  | { readonly kind: 'bringsReplyFromService' }
  | { readonly kind: 'notOnPremises'; readonly destination: string }
  | { readonly kind: 'sendsOverLink'; readonly link: 'site-to-site-vpn' | 'direct-connect'; readonly network: string }
  | { readonly kind: 'notPrivateInVpc'; readonly destination: string; readonly vpc: string }
  | { readonly kind: 'deliversInto'; readonly vpc: string }
  | { readonly kind: 'sendsTo'; readonly to: string }
  | { readonly kind: 'sendsReplyTo'; readonly to: string }
  // NAT
  | { readonly kind: 'asymmetricReply' }
  | { readonly kind: 'natProtocols' }
  | { readonly kind: 'sourceDestCheck' }
  | { readonly kind: 'natTranslatesSource'; readonly from: string; readonly to: string }
  | { readonly kind: 'forwards' }
  | { readonly kind: 'translatesReplyBack'; readonly destination: string }
  // Destinations
  | { readonly kind: 'accepts' }
  | { readonly kind: 'listensOnTcp'; readonly port: number }
  | { readonly kind: 'acceptsNoInbound' }
  | { readonly kind: 'acceptsServiceTcp' }
  | { readonly kind: 'noTargets' }
  | { readonly kind: 'listenerOpensLegs' }
  | { readonly kind: 'noLegAllowed' }
  | { readonly kind: 'dnsResolver' };

export type HopNoteKind = HopNote['kind'];

/** Why a flow is blocked at one point, for a newcomer, with the fix. */
export interface Explanation {
  readonly code: ExplanationCode;
  readonly component: string;
  readonly direction?: Direction;
  readonly path: PathKind;
  /** The sentence in English, from the `explanations` catalogue (the CLI and --json keep it). */
  readonly message: string;
  readonly fix: string;
  /** The sentence's kind and specifics, from which every language words it (src/i18n/render/explanation.ts). */
  readonly params: ExplanationParams;
  /** The sample internet address (203.0.113.10) the fix names, which the fix says is only a sample. */
  readonly sampleAddress?: string;
}

/** The flow as resolved: concrete addresses and ports. */
export interface ResolvedFlow {
  readonly from: string;
  readonly to: string;
  readonly ipVersion: 4 | 6;
  readonly protocol: string;
  readonly source: string;
  readonly destination: string;
  readonly sourcePorts: string;
  readonly destinationPort: string;
}

/** What passes of a protocol "all" query, per protocol. */
export interface Passing {
  readonly protocol: string;
  readonly ports: string;
}

export interface TraceResult {
  readonly verdict: Verdict;
  readonly flow: ResolvedFlow;
  readonly forward: readonly Hop[];
  readonly return: readonly Hop[];
  readonly explanations: readonly Explanation[];
  /** For a load balancer destination: the balancer-to-target connections it opens. */
  readonly legs?: readonly TraceResult[];
  /** For protocol "all": what passes (empty when nothing does). */
  readonly passing?: readonly Passing[];
}

/** Why a destination refuses a connection (DESTINATION_NOT_LISTENING). */
export type NotListeningReason =
  { readonly what: 'database'; readonly port: number } | { readonly what: 'lambda' } | { readonly what: 'dns' };

/**
 * The specifics of each sentence, by `kind` (the explain.ts function that wrote it). Names are
 * ids as in the sentence; flows are structured; nothing here depends on the language.
 */
export type ExplanationParams =
  | { readonly kind: 'noRoute'; readonly table: string; readonly destination: string; readonly internet: boolean }
  | { readonly kind: 'blackhole'; readonly table: string; readonly destination: string; readonly route: string }
  | {
      readonly kind: 'naclDenied';
      readonly nacl: string;
      readonly direction: Direction;
      readonly flows: SpaceParts;
      readonly rule: number | '*';
      readonly peer: string;
      readonly reply: boolean;
    }
  | {
      readonly kind: 'sgDenied';
      readonly owner: string;
      readonly groups: readonly string[];
      readonly direction: Direction;
      readonly flows: SpaceParts;
      readonly peer: string;
      /** The owner's interface whose groups refused, when the owner is an instance with several. */
      readonly interface?: TracedInterface;
    }
  | {
      readonly kind: 'noPublicAddressForEgress';
      readonly igw: string;
      readonly source: string;
      readonly ipv6: boolean;
      /** The interface the packet left by, when the source is an instance with several (each has its own public address). */
      readonly interface?: TracedInterface;
    }
  | {
      readonly kind: 'privateDestinationViaIgw';
      readonly igw: string;
      readonly destination: string;
      readonly shared: boolean;
    }
  | {
      readonly kind: 'noPublicAddressForIngress';
      readonly gateway: string;
      readonly destination: string;
      /** The interface the flow is addressed to, when the destination is an instance with several. */
      readonly interface?: TracedInterface;
    }
  | {
      readonly kind: 'privateAddressFromInternet';
      readonly gateway: string;
      readonly destination: string;
      readonly address: string;
      readonly publicAddress: string;
    }
  | { readonly kind: 'unheldPrivateAddress'; readonly gateway: string; readonly address: string; readonly vpc: string }
  | { readonly kind: 'noInternetGateway'; readonly vpc: string; readonly destination: string }
  | { readonly kind: 'natNoInbound'; readonly nat: string }
  | { readonly kind: 'natSourceNotInVpc'; readonly nat: string; readonly via: string }
  /** `protocol`: the protocol number a trace asked about; undefined for the other protocols of a query over all. */
  | { readonly kind: 'natProtocol'; readonly nat: string; readonly protocol: number | undefined }
  | {
      readonly kind: 'sourceDestCheck';
      readonly instance: string;
      readonly destination: string;
      /** The interface the packet came in by (whose check is on), when the instance has several. */
      readonly interface?: TracedInterface;
    }
  | { readonly kind: 'eigwNoInbound'; readonly eigw: string; readonly reply: boolean }
  | {
      readonly kind: 'peeringNotTransitive';
      readonly pcx: string;
      readonly destination: string;
      readonly peerVpc: string;
    }
  | { readonly kind: 'peeringOverlap'; readonly pcx: string }
  | { readonly kind: 'tgwAz'; readonly tgw: string; readonly vpc: string; readonly az: string }
  | { readonly kind: 'tgwNoRoute'; readonly tgw: string; readonly destination: string }
  | { readonly kind: 'tgwBlackhole'; readonly tgw: string; readonly destination: string; readonly route: string }
  | { readonly kind: 'tgwNotAssociated'; readonly tgw: string; readonly attachment: string }
  | {
      readonly kind: 'tgwTableNoRoute';
      readonly tgw: string;
      readonly table: string;
      readonly attachment: string;
      readonly destination: string;
    }
  | {
      readonly kind: 'tgwTableBlackhole';
      readonly tgw: string;
      readonly table: string;
      readonly destination: string;
      readonly route: string;
    }
  | { readonly kind: 'vgwOutside'; readonly vgw: string; readonly destination: string }
  | { readonly kind: 'vgwIngress'; readonly vgw: string; readonly destination: string }
  | { readonly kind: 'gatewayEndpointProtocol'; readonly endpoint: string; readonly flows: SpaceParts }
  | { readonly kind: 'gatewayEndpointRemote'; readonly endpoint: string }
  | { readonly kind: 'interfaceEndpointProtocol'; readonly endpoint: string; readonly flows: SpaceParts }
  | { readonly kind: 'endpointNeverInitiates'; readonly endpoint: string }
  | { readonly kind: 'notListening'; readonly resource: string; readonly reason: NotListeningReason }
  | {
      readonly kind: 'listenerMismatch';
      readonly balancer: string;
      readonly flows: SpaceParts;
      readonly listeners: string;
    }
  | { readonly kind: 'noTargets'; readonly balancer: string }
  | { readonly kind: 'asymmetric'; readonly component: string }
  | { readonly kind: 'elsewhere'; readonly table: string; readonly destination: string; readonly reached: string }
  | { readonly kind: 'noSuchAddress'; readonly destination: string; readonly where: string }
  | { readonly kind: 'routingLoop'; readonly component: string }
  | { readonly kind: 'outsideDesign'; readonly from: string; readonly to: string }
  | { readonly kind: 'noIpv6'; readonly resource: string }
  | { readonly kind: 'invalid'; readonly component: string };

export type ExplanationKind = ExplanationParams['kind'];
