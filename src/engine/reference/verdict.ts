import type { VpcLabDocument } from '../../model/index.ts';
import { sameAddress, type Address, type Range } from '../../net/index.ts';
import { NAT_RANGE } from '../ephemeral.ts';
import { ephemeralRange, externalAddress, resolveEnd, type End } from './ends.ts';
import { groupsAllow } from './filters.ts';
import type { Landing, Packet, Trip } from './packet.ts';
import { destinationAccepts } from './roles.ts';
import { enterFromInternet, walk, type Place } from './walk.ts';
import { eniWithPrivateAddress, memo, worldOf, type RefEni, type World } from './world.ts';

/** The protocols the reference answers for: `other` stands for every protocol no rule names (GRE, 47). */
export type ReferenceProtocol = 'tcp' | 'udp' | 'icmp' | 'other';
export type ReferenceVerdict = 'allowed' | 'blocked';

/**
 * The naive reference: can `from` open a connection to `to` with this protocol and destination
 * port, and does the reply get back? It sends concrete packets one at a time, straight from
 * the document, and is meant to be obviously right rather than fast. For TCP and UDP the reply
 * must reach every ephemeral source port of the client, so the connection is tried once per
 * candidate port (every NACL port boundary inside the range, plus its ends): NACL rules are
 * ranges, so between two boundaries they all answer alike, and these tries are exhaustive.
 * @example referenceVerdict(doc, 'web-1', 'db', 'tcp', 5432, 4) // 'allowed'
 */
export function referenceVerdict(
  document: VpcLabDocument,
  from: string,
  to: string,
  protocol: ReferenceProtocol,
  port: number | undefined,
  ipVersion: 4 | 6,
): ReferenceVerdict {
  return referenceTrace(document, from, to, protocol, port, ipVersion).verdict;
}

/** The reference's verdict with the reason of the first drop it met (for failure messages). */
export function referenceTrace(
  document: VpcLabDocument,
  from: string,
  to: string,
  protocol: ReferenceProtocol,
  port: number | undefined,
  ipVersion: 4 | 6,
): { readonly verdict: ReferenceVerdict; readonly reason: string | undefined } {
  const reason = connectionRefused(worldOf(document), from, to, protocolNumber(protocol, ipVersion), port, ipVersion);
  return { verdict: reason === undefined ? 'allowed' : 'blocked', reason };
}

function protocolNumber(protocol: ReferenceProtocol, version: 4 | 6): number {
  switch (protocol) {
    case 'tcp':
      return 6;
    case 'udp':
      return 17;
    case 'icmp':
      return version === 6 ? 58 : 1;
    case 'other':
      return 47;
  }
}

interface Flow {
  readonly source: End;
  readonly destination: End;
  readonly sourceEni: RefEni | undefined;
  readonly destinationEni: RefEni | undefined;
  readonly sourceAddress: Address;
  readonly destinationAddress: Address;
  readonly protocol: number;
  readonly port: number | undefined;
  readonly version: 4 | 6;
}

/** Undefined when the connection works; else why not, in a few words. */
function connectionRefused(
  world: World,
  from: string,
  to: string,
  protocol: number,
  port: number | undefined,
  version: 4 | 6,
): string | undefined {
  const source = resolveEnd(world, from);
  const destination = resolveEnd(world, to);
  if (source.kind !== 'resource' && destination.kind !== 'resource' && source.kind !== 'on-premises') {
    throw new Error(`reference: ${from} -> ${to} does not involve the design`);
  }
  // A multi-interface resource takes part through its interface in the other end's AZ, else its first.
  const destinationHome = destination.kind === 'resource' ? destination.enis[0]?.subnet.az : undefined;
  let sourceEni =
    source.kind === 'resource'
      ? (source.enis.find((e) => e.subnet.az === destinationHome) ?? source.enis[0])
      : undefined;
  const destinationEni =
    destination.kind === 'resource'
      ? (destination.enis.find((e) => e.subnet.az === sourceEni?.subnet.az) ?? destination.enis[0])
      : undefined;
  // A multi-homed instance sends to a subnet it sits in through its interface there (connected route).
  if (
    source.kind === 'resource' &&
    source.resource.type === 'instance' &&
    source.address === undefined &&
    destinationEni
  ) {
    sourceEni = source.enis.find((e) => e.subnet.id === destinationEni.subnet.id) ?? sourceEni;
  }
  if ((source.kind === 'resource' && !sourceEni) || (destination.kind === 'resource' && !destinationEni)) {
    return 'no network interface';
  }
  if (sourceEni?.owner.type === 'vpc-endpoint') return 'an interface endpoint never initiates';

  const sourceAddress = sourceEni ? interfaceAddress(sourceEni, version) : externalAddress(source, version);
  // The internet (and S3 or DynamoDB, as internet hosts) reaches a resource named by its id by
  // its public IPv4. A bare address is exactly that address, private or public.
  const fromOutside = source.kind === 'internet' || source.kind === 'service';
  const written =
    destination.kind === 'resource' && destination.address?.version === version ? destination.address : undefined;
  let destinationAddress =
    written ?? (destinationEni ? interfaceAddress(destinationEni, version) : externalAddress(destination, version));
  if (destinationEni && fromOutside && version === 4 && !written) {
    if (destinationEni.public4 === undefined) return 'the internet sees only public addresses';
    destinationAddress = { version: 4, value: destinationEni.public4 };
  }
  if (!sourceAddress || !destinationAddress) return 'no address of this IP version';

  const flow: Flow = {
    source,
    destination,
    sourceEni,
    destinationEni,
    sourceAddress,
    destinationAddress,
    protocol,
    port,
    version,
  };
  if (sourceEni && version === 4 && destinationAddress.value === dnsResolverOf(world, sourceEni)) {
    // The Amazon DNS resolver: never filtered, answers TCP and UDP 53 only.
    return (protocol === 6 || protocol === 17) && port === 53 ? undefined : 'the DNS resolver answers only port 53';
  }
  if (protocol !== 6 && protocol !== 17) return attempt(world, flow, undefined, 0);
  const clientPorts = candidatePorts(world, ephemeralRange(source));
  const natPorts = candidatePorts(world, NAT_RANGE);
  // Each NACL check depends on one of the two ports only, so pairing them index by index covers every value of each.
  for (let i = 0; i < Math.max(clientPorts.length, natPorts.length); i++) {
    const client = clientPorts[Math.min(i, clientPorts.length - 1)]!;
    const nat = natPorts[Math.min(i, natPorts.length - 1)]!;
    const refused = attempt(world, flow, client, nat);
    if (refused !== undefined) return `${refused} (client port ${client}, NAT port ${nat})`;
  }
  return undefined;
}

function interfaceAddress(eni: RefEni, version: 4 | 6): Address | undefined {
  if (version === 4) return { version: 4, value: eni.ipv4 };
  return eni.ipv6 === undefined ? undefined : { version: 6, value: eni.ipv6 };
}

function dnsResolverOf(world: World, eni: RefEni): number | undefined {
  return memo(world, 'DNS resolver', eni.subnet.vpc, (vpc) => dnsResolverOfVpc(world, vpc));
}

function dnsResolverOfVpc(world: World, vpc: string): number | undefined {
  const first = world.index.get(vpc, 'vpc')?.cidrBlocks[0];
  const match = first === undefined ? null : /^(\d+)\.(\d+)\.(\d+)\.(\d+)\//.exec(first);
  if (!match) return undefined;
  const [a, b, c, d] = match.slice(1).map(Number) as [number, number, number, number];
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d + 2;
}

/** Both ends of the range and every NACL port boundary inside it. */
function candidatePorts(world: World, range: Range): number[] {
  return memo(world, 'candidate ports', range, (r) => candidatesIn(world, r));
}

function candidatesIn(world: World, range: Range): number[] {
  const inside = world.naclPortEdges.filter((p) => p > range.from && p < range.to);
  return [...new Set([range.from, range.to, ...inside])].sort((a, b) => a - b);
}

/** One connection attempt with concrete ports: the request, the destination's answer, the reply. */
function attempt(world: World, flow: Flow, clientPort: number | undefined, natPort: number): string | undefined {
  const trip: Trip = { direction: 'forward', nats: [], exit: undefined, endpointSubnet: undefined, natPort };
  const request: Packet = {
    src: flow.sourceAddress,
    dst: flow.destinationAddress,
    protocol: flow.protocol,
    srcPort: clientPort,
    dstPort: flow.port,
    arrival: 'vpc',
  };
  const start = requestStart(world, flow, trip, request);
  if (!start) return 'request: groups of the source (out)';
  const arrived = walk(world, trip, start);
  if (arrived.kind === 'dropped') return `request: ${arrived.reason}`;
  if (!landedAt(arrived, flow.destination, flow.destinationEni, flow.destinationAddress)) {
    return `request: landed at the wrong place (${arrived.kind})`;
  }
  if (arrived.kind === 'eni' && !destinationAccepts(arrived.eni, arrived.packet, legCheck(world, flow.version))) {
    return `request: ${arrived.eni.owner.id} does not accept it`;
  }

  trip.direction = 'return';
  const reply: Packet = {
    src: arrived.packet.dst,
    dst: arrived.packet.src,
    protocol: flow.protocol,
    srcPort: arrived.packet.dstPort,
    dstPort: arrived.packet.srcPort,
    arrival: 'vpc',
  };
  const replyStart = replyStartFrom(world, trip, arrived, reply);
  if (!replyStart) return 'reply: the service cannot answer into the VPC';
  const back = walk(world, trip, replyStart);
  if (back.kind === 'dropped') return `reply: ${back.reason}`;
  return landedAt(back, flow.source, flow.sourceEni, flow.sourceAddress)
    ? undefined
    : `reply: landed at the wrong place (${back.kind})`;
}

function requestStart(world: World, flow: Flow, trip: Trip, packet: Packet): Place | undefined {
  switch (flow.source.kind) {
    case 'resource':
      if (!groupsAllow(world, flow.sourceEni!, 'out', packet)) return undefined;
      return { at: 'subnet', subnet: flow.sourceEni!.subnet, packet };
    case 'on-premises':
      return { at: 'from-on-premises', network: flow.source.network, packet };
    case 'internet':
    case 'service':
      // The only destination here is a resource; the internet hands the packet to its VPC.
      return enterFromInternet(world, trip, flow.destinationEni!, packet);
  }
}

function replyStartFrom(world: World, trip: Trip, arrived: Landing, reply: Packet): Place | undefined {
  switch (arrived.kind) {
    case 'eni':
      return { at: 'subnet', subnet: arrived.eni.subnet, packet: reply };
    case 'internet':
      return { at: 'internet', packet: reply };
    case 'service': {
      if (!trip.endpointSubnet) return { at: 'internet', packet: reply };
      // Through a gateway endpoint the service answers straight into the subnet that asked.
      const eni = eniWithPrivateAddress(world, trip.endpointSubnet.vpc, reply.dst);
      return eni ? { at: 'interface', eni, from: undefined, packet: reply } : undefined;
    }
    case 'on-premises':
      return { at: 'from-on-premises', network: arrived.network, packet: reply };
    case 'dropped':
      return undefined;
  }
}

/** Did the packet land where it was meant to: that interface, the internet host, the service, the network? */
function landedAt(landing: Landing, end: End, eni: RefEni | undefined, address: Address): boolean {
  switch (end.kind) {
    case 'resource':
      return landing.kind === 'eni' && landing.eni === eni;
    case 'internet':
      return landing.kind === 'internet' && sameAddress(landing.packet.dst, address);
    case 'service':
      return landing.kind === 'service' && landing.service === end.service;
    case 'on-premises':
      return landing.kind === 'on-premises' && landing.network.id === end.network.id;
  }
}

/** Balancer legs are ordinary flows from the balancer to the target, memoised per document. */
function legCheck(world: World, version: 4 | 6) {
  return (balancer: string, target: string, protocol: number, port: number): boolean => {
    const key = `${balancer}>${target}/${protocol}/${port}/${version}`;
    let allowed = world.legs.get(key);
    if (allowed === undefined) {
      allowed =
        world.index.byId.has(target) &&
        connectionRefused(world, balancer, target, protocol, port, version) === undefined;
      world.legs.set(key, allowed);
    }
    return allowed;
  };
}
