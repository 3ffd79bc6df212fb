import { EMPTY_SET, intersect, isEmpty, subtract, union, type RangeSet } from '../net/index.ts';
import { pointOf, portsLike, SEGMENTS } from './flow-space.ts';
import { ipText, type Ip } from './address.ts';
import { serviceAddress, SERVICE_LABELS } from './aws-services.ts';
import type { CEni, CompiledDocument } from './compiled.ts';
import { EXTERNAL_PORTS } from './ephemeral.ts';
import { explain } from './explain.ts';
import { checkRole } from './roles.ts';
import { INTERNET_HOST4, INTERNET_HOST6, interfaceFor, type Place } from './places.ts';
import type { Explanation, Hop } from './types.ts';
import { newFlowState, STOPPED, Walk, type Outcome } from './walk/context.ts';
import { applyGroups, crossSubnets } from './walk/filters.ts';
import { internetIngress, onInternet } from './walk/internet.ts';
import { eniInVpc } from './walk/lookup.ts';
import type { Packet } from './walk/packet.ts';
import { arriveAt, routeFrom } from './walk/route.ts';
import { tgwRoute } from './walk/transit-gateway.ts';
import { vgwIngress } from './walk/vpn.ts';

export interface FlowRun {
  /** The flows (flow-space.ts) that pass both ways. */
  readonly passing: RangeSet;
  readonly forward: Hop[];
  readonly back: Hop[];
  readonly blockers: Explanation[];
  readonly legs: LegRun[];
  readonly source: Ip | undefined;
  readonly destination: Ip | undefined;
  readonly sourcePorts: RangeSet;
  /** Where the request arrived and what its source looked like there (path-only runs). */
  readonly arrived?: Arrived | undefined;
}

export interface Arrived {
  readonly eni: CEni;
  /** True when nothing translated the source: the destination sees the sender itself. */
  readonly untranslated: boolean;
  readonly source: Ip;
  readonly sourceEni: CEni | undefined;
}

export interface LegRun {
  readonly target: string;
  readonly port: number;
  readonly run: FlowRun;
}

/** Memo shared across the flows of one analysis (balancer legs repeat for every client). */
export type LegCache = Map<string, FlowRun>;

export interface FlowRequest {
  readonly from: Place;
  readonly to: Place;
  readonly protocol: number;
  readonly version: 4 | 6;
  /** The flows asked about (flow-space.ts): one point for a trace, the whole space for the matrix. */
  readonly space: RangeSet;
  readonly record: boolean;
  /** Only the path: leave out the endpoints' own groups and the destination's role (analyse.ts adds them). */
  readonly pathOnly?: boolean;
}

/**
 * Runs one flow: the request from `from` to `to`, then its reply. The same code answers a
 * trace (one port, every hop and blocker recorded) and a cell of the all-pairs matrix (every
 * port at once, nothing recorded, stopping as soon as nothing passes).
 */
export function runFlow(compiled: CompiledDocument, request: FlowRequest, legs: LegCache = new Map()): FlowRun {
  const state = newFlowState();
  const forward = new Walk(compiled, 'forward', request.record, state, request.space);
  const result = (
    back: Walk | undefined,
    source?: Ip,
    destination?: Ip,
    sourcePorts: RangeSet = EMPTY_SET,
    legRuns: LegRun[] = [],
    arrived?: Arrived,
  ): FlowRun => ({
    passing: back ? passingBothWays(forward.alive, back.alive) : EMPTY_SET,
    forward: forward.hops,
    back: back?.hops ?? [],
    blockers: [...forward.blockers, ...(back?.blockers ?? [])],
    legs: legRuns,
    source,
    destination,
    sourcePorts,
    arrived,
  });

  const { from, to } = request;
  if (from.kind !== 'resource' && from.kind !== 'on-premises' && to.kind !== 'resource') {
    forward.stop('OUTSIDE_DESIGN', describe(from), () => explain.outsideDesign(describe(from), describe(to)));
    return result(undefined);
  }
  const [sourceEni, destinationEni] = interfacesFor(from, to);
  const source = sourceAddress(forward, from, sourceEni, request.version);
  const destination = destinationAddress(forward, from, to, destinationEni, request.version);
  if (!source || !destination) return result(undefined);

  const sourcePorts = portsLike(request.space, from.kind === 'resource' ? from.resource.ephemeral : EXTERNAL_PORTS);
  const packet: Packet = {
    source,
    destination,
    sourceEni,
    protocol: request.protocol,
    sourcePorts,
    destinationPorts: request.space,
    arrival: 'local',
  };

  if (sourceEni?.ownerType === 'vpc-endpoint') {
    forward.stop('VPCE_INTRA_VPC_TRAFFIC', sourceEni.owner, () => explain.endpointNeverInitiates(sourceEni.owner));
    return result(undefined, source, destination, sourcePorts);
  }
  if (sourceEni && isDnsResolver(sourceEni, destination)) {
    return dnsFlow(forward, packet, sourceEni, result);
  }

  if (request.pathOnly) {
    forward.pathOnly = true;
    forward.finalEni = destinationEni;
  }
  const outcome = startForward(forward, from, sourceEni, destinationEni, packet);
  if (outcome.kind === 'stopped' || forward.finished) return result(undefined, source, destination, sourcePorts);
  if (!arrivedAt(outcome, to, destinationEni)) {
    const table = forward.lastTable ?? describe(to);
    forward.stop('NO_ROUTE_TO_DESTINATION', table, () => explain.elsewhere(table, describe(to), whereTo(outcome)));
    return result(undefined, source, destination, sourcePorts);
  }
  const legRuns: LegRun[] = [];
  let arrived: Arrived | undefined;
  if (outcome.kind === 'eni' && request.pathOnly) {
    const untranslated = outcome.packet.sourceEni === sourceEni && sourceEni !== undefined;
    arrived = { eni: outcome.eni, untranslated, source: outcome.packet.source, sourceEni: outcome.packet.sourceEni };
  } else if (outcome.kind === 'eni') {
    checkRole(compiled, forward, outcome.eni, outcome.packet, request, legs, legRuns);
  }
  if (forward.finished) return result(undefined, source, destination, sourcePorts, legRuns);

  const back = new Walk(compiled, 'return', request.record, state, outcome.packet.sourcePorts);
  const reply: Packet = {
    source: outcome.packet.destination,
    destination: outcome.packet.source,
    sourceEni: outcome.kind === 'eni' ? outcome.eni : undefined,
    protocol: outcome.packet.protocol,
    sourcePorts: outcome.packet.destinationPorts,
    destinationPorts: outcome.packet.sourcePorts,
    arrival: 'local',
  };
  const returned = startReturn(back, outcome, reply);
  if (returned.kind !== 'stopped' && !isEmpty(back.alive) && !reachedSource(returned, from, sourceEni, source)) {
    const where =
      returned.kind === 'eni' ? returned.eni.owner : returned.kind === 'on-premises' ? returned.id : returned.kind;
    back.block('ASYMMETRIC_RETURN_PATH', where, () => explain.asymmetric(where));
  }
  return result(back, source, destination, sourcePorts, legRuns, arrived);
}

/**
 * The interfaces a flow uses: a multi-interface resource takes part through its interface in
 * the other end's AZ when it has one, else through its first subnet's (semantics.md).
 */
export function interfacesFor(from: Place, to: Place): [CEni | undefined, CEni | undefined] {
  const sourceEni = from.kind === 'resource' ? (from.eni ?? interfaceFor(from.resource, homeAz(to))) : undefined;
  const destinationEni =
    to.kind === 'resource' ? (to.eni ?? interfaceFor(to.resource, sourceEni?.subnet.az ?? homeAz(from))) : undefined;
  return [sourceEni, destinationEni];
}

function startForward(
  walk: Walk,
  from: Place,
  sourceEni: CEni | undefined,
  destinationEni: CEni | undefined,
  packet: Packet,
): Outcome {
  switch (from.kind) {
    case 'resource':
      // A path-only run leaves the source's own groups to its caller (see Walk.finalEni).
      if (!walk.pathOnly) applyGroups(walk, sourceEni!, 'egress', packet);
      return routeFrom(walk, sourceEni!.subnet, packet);
    case 'on-premises':
      if (walk.record)
        walk.hop(from.network.id, 'on-premises', 'forward', packet, () => `sends the packet to ${from.network.via}`);
      return fromOnPremises(walk, from.network.via, from.network.viaType, packet);
    case 'internet':
    case 'service':
    case 'address':
      // Only a resource destination gets here: the internet delivers to its gateway.
      return destinationEni
        ? internetIngress(walk, destinationEni.subnet.vpc, packet, destinationEni)
        : onInternet(walk, packet);
  }
}

function fromOnPremises(walk: Walk, via: string, viaType: 'vpn-gateway' | 'transit-gateway', packet: Packet): Outcome {
  if (viaType === 'vpn-gateway') return vgwIngress(walk, via, packet);
  const tgw = walk.compiled.transitGateways.get(via);
  return tgw ? tgwRoute(walk, tgw, packet) : STOPPED;
}

/** The reply starts where the request arrived and goes back the way the route tables send it. */
function startReturn(walk: Walk, outcome: Exclude<Outcome, { kind: 'stopped' }>, reply: Packet): Outcome {
  switch (outcome.kind) {
    case 'eni':
      return routeFrom(walk, outcome.eni.subnet, reply);
    case 'internet':
      return onInternet(walk, reply);
    case 'service': {
      const endpoint = walk.state.serviceEndpoint;
      if (!endpoint) return onInternet(walk, reply);
      // The service answers through the gateway endpoint, straight to the subnet that asked.
      const eni = eniInVpc(endpoint.subnet.vpc, reply.destination);
      if (!eni) return STOPPED;
      if (walk.record)
        walk.hop(endpoint.id, 'vpc-endpoint', 'forward', reply, () => 'brings the reply back from the service');
      crossSubnets(walk, undefined, eni.subnet, reply);
      return arriveAt(walk, eni, reply);
    }
    case 'on-premises': {
      const network = walk.compiled.onPremises.get(outcome.id)!;
      if (walk.record) walk.hop(network.id, 'on-premises', 'forward', reply, () => `sends the reply to ${network.via}`);
      return fromOnPremises(walk, network.via, network.viaType, reply);
    }
  }
}

/** The request must reach the endpoint it was sent to, not merely some place that answers. */
function arrivedAt(
  outcome: Exclude<Outcome, { kind: 'stopped' }>,
  to: Place,
  destinationEni: CEni | undefined,
): boolean {
  switch (to.kind) {
    case 'resource':
      return outcome.kind === 'eni' && outcome.eni === destinationEni;
    case 'on-premises':
      return outcome.kind === 'on-premises' && outcome.id === to.network.id;
    case 'service':
      return outcome.kind === 'service' && outcome.service === to.service;
    case 'internet':
      return outcome.kind === 'internet' || outcome.kind === 'service';
    case 'address':
      return true;
  }
}

function whereTo(outcome: Exclude<Outcome, { kind: 'stopped' }>): string {
  switch (outcome.kind) {
    case 'eni':
      return outcome.eni.owner;
    case 'on-premises':
      return outcome.id;
    case 'service':
      return SERVICE_LABELS[outcome.service];
    case 'internet':
      return 'the internet';
  }
}

function reachedSource(outcome: Outcome, from: Place, sourceEni: CEni | undefined, source: Ip): boolean {
  switch (from.kind) {
    case 'resource':
      return outcome.kind === 'eni' && outcome.eni === sourceEni;
    case 'on-premises':
      return outcome.kind === 'on-premises' && outcome.id === from.network.id;
    default:
      return (outcome.kind === 'internet' || outcome.kind === 'service') && sameIp(outcome.packet.destination, source);
  }
}

const sameIp = (a: Ip, b: Ip) => a.version === b.version && a.value === b.value;

function homeAz(place: Place): string | undefined {
  return place.kind === 'resource' ? (place.eni ?? place.resource.enis[0])?.subnet.az : undefined;
}

function sourceAddress(walk: Walk, from: Place, eni: CEni | undefined, version: 4 | 6): Ip | undefined {
  switch (from.kind) {
    case 'resource':
      return interfaceAddress(walk, eni!, version);
    case 'internet':
      return from.address ?? (version === 4 ? INTERNET_HOST4 : INTERNET_HOST6);
    case 'service':
      return version === 4 ? serviceAddress(from.service) : noIpv6(walk, SERVICE_LABELS[from.service]);
    case 'on-premises':
      return from.address ?? onPremisesAddress(walk, from.network, version);
    case 'address':
      return from.address;
  }
}

function destinationAddress(walk: Walk, from: Place, to: Place, eni: CEni | undefined, version: 4 | 6): Ip | undefined {
  switch (to.kind) {
    case 'resource': {
      if (version === 6) return interfaceAddress(walk, eni!, 6);
      const fromOutside = from.kind === 'internet' || from.kind === 'service' || from.kind === 'address';
      const publicIp = eni!.publicIpv4;
      // The internet reaches a resource only by its public address; a bare public IP means the same.
      if ((fromOutside || to.viaPublic) && publicIp !== undefined) return { version: 4, value: publicIp };
      return { version: 4, value: eni!.ipv4 };
    }
    case 'internet':
      return to.address ?? (version === 4 ? INTERNET_HOST4 : INTERNET_HOST6);
    case 'service':
      return version === 4 ? serviceAddress(to.service) : noIpv6(walk, SERVICE_LABELS[to.service]);
    case 'on-premises':
      return to.address ?? onPremisesAddress(walk, to.network, version);
    case 'address':
      return to.address;
  }
}

function interfaceAddress(walk: Walk, eni: CEni, version: 4 | 6): Ip | undefined {
  if (version === 4) return { version: 4, value: eni.ipv4 };
  return eni.ipv6 === undefined ? noIpv6(walk, eni.owner) : { version: 6, value: eni.ipv6 };
}

function onPremisesAddress(
  walk: Walk,
  network: { id: string; address4: number | undefined; address6: bigint | undefined },
  version: 4 | 6,
): Ip | undefined {
  if (version === 4) return network.address4 === undefined ? undefined : { version: 4, value: network.address4 };
  return network.address6 === undefined ? noIpv6(walk, network.id) : { version: 6, value: network.address6 };
}

function noIpv6(walk: Walk, who: string): undefined {
  walk.stop('NO_IPV6_ADDRESS', who, () => explain.noIpv6(who));
  return undefined;
}

function describe(place: Place): string {
  switch (place.kind) {
    case 'resource':
      return place.resource.id;
    case 'internet':
      return place.address ? `the internet host ${ipText(place.address)}` : 'the internet';
    case 'service':
      return SERVICE_LABELS[place.service];
    case 'on-premises':
      return place.network.id;
    case 'address':
      return ipText(place.address);
  }
}

function isDnsResolver(eni: CEni, destination: Ip): boolean {
  return destination.version === 4 && destination.value === eni.subnet.vpc.dnsResolver4;
}

/** Traffic to the Amazon DNS resolver (UDP and TCP 53) is never filtered by groups or NACLs. */
function dnsFlow(
  walk: Walk,
  packet: Packet,
  eni: CEni,
  result: (back: Walk | undefined, s?: Ip, d?: Ip, p?: RangeSet) => FlowRun,
): FlowRun {
  const resolver = `${eni.subnet.vpc.id} DNS resolver`;
  walk.filter(packet, union(pointOf(6, 53), pointOf(17, 53)), 'DESTINATION_NOT_LISTENING', resolver, 'ingress', () =>
    explain.notListening(resolver, 'answers only DNS queries on UDP and TCP port 53'),
  );
  if (walk.record)
    walk.hop(
      resolver,
      'dns-resolver',
      isEmpty(walk.alive) ? 'drop' : 'accept',
      packet,
      () => 'the Amazon DNS resolver; groups and NACLs never filter it',
    );
  const back = new Walk(walk.compiled, 'return', walk.record, walk.state, packet.sourcePorts);
  return result(back, packet.source, packet.destination, packet.sourcePorts);
}

/** What passed forward, kept only for the protocols whose replies all came back. */
function passingBothWays(forward: RangeSet, back: RangeSet): RangeSet {
  let out = forward;
  for (const segment of SEGMENTS) if (isEmpty(intersect(back, [segment]))) out = subtract(out, [segment]);
  return out;
}
