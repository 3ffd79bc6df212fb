import type { OnPremises, Subnet } from '../../model/index.ts';
import type { Address } from '../../net/index.ts';
import type { RefEni } from './world.ts';

/** How a packet entered the VPC it is in: decides which gateways may carry it onwards. */
export type Arrival = 'vpc' | 'transit-gateway' | 'internet-gateway' | 'peering' | 'vpn';

/** One concrete packet: two addresses, a protocol number and, for TCP and UDP, two ports. */
export interface Packet {
  readonly src: Address;
  readonly dst: Address;
  readonly protocol: number;
  readonly srcPort: number | undefined;
  readonly dstPort: number | undefined;
  readonly arrival: Arrival;
}

/** A source translation made by a NAT on the way out, undone when the reply reaches that NAT. */
export interface NatRecord {
  readonly nat: RefEni;
  readonly src: Address;
  readonly srcPort: number | undefined;
}

/**
 * What one connection remembers between its request and its reply (the stateful parts of
 * AWS): NAT translations, the internet gateway the request left by, and the gateway endpoint
 * it reached its service through.
 */
export interface Trip {
  direction: 'forward' | 'return';
  readonly nats: NatRecord[];
  exit: { readonly gateway: string; readonly vpc: string } | undefined;
  endpointSubnet: Subnet | undefined;
  /** The source port a NAT picks when it translates (one of the candidates being checked). */
  readonly natPort: number;
}

/** Where a packet ended up. */
export type Landing =
  | { readonly kind: 'eni'; readonly eni: RefEni; readonly packet: Packet }
  | { readonly kind: 'internet'; readonly packet: Packet }
  | { readonly kind: 'service'; readonly service: 's3' | 'dynamodb'; readonly packet: Packet }
  | { readonly kind: 'on-premises'; readonly network: OnPremises; readonly packet: Packet }
  | { readonly kind: 'dropped'; readonly reason: string };
