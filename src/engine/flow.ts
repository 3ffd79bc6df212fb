import { EMPTY_SET, isEmpty, overlaps, subtract, type RangeSet } from '../net/range-set.ts';
import type { Ip } from './address.ts';
import { SERVICE_LABELS } from './aws-services.ts';
import { portsLike, SEGMENTS } from './flow-space.ts';
import type { CEni, COnPremises, CompiledDocument } from './compiled.ts';
import { EXTERNAL_PORTS } from './ephemeral.ts';
import { explain } from './explain.ts';
import { checkRole } from './roles.ts';
import { dnsFlow, isDnsResolver } from './dns.ts';
import { describe, destinationAddress, sourceAddress } from './flow-addresses.ts';
import { interfaceFor, type Place } from './places.ts';
import type { Arrived, FlowRequest, FlowRun, LegCache, LegRun } from './flow-types.ts';
import { newFlowState, STOPPED, Walk, type Outcome } from './walk/context.ts';
import { applyGroups, crossSubnets } from './walk/filters.ts';
import { internetIngress, onInternet, refuseUnheldVpcAddress } from './walk/internet.ts';
import { eniInVpc } from './walk/lookup.ts';
import type { Packet } from './walk/packet.ts';
import { arriveAt, routeFrom } from './walk/route.ts';
import { tgwRoute } from './walk/transit-gateway.ts';
import { vgwIngress } from './walk/vpn.ts';

/**
 * Runs one flow: the request from `from` to `to`, then its reply. The same code answers a
 * trace (one port, every hop and blocker recorded) and a cell of the all-pairs matrix (every
 * port at once, nothing recorded, stopping as soon as nothing passes).
 */
export function runFlow(compiled: CompiledDocument, request: FlowRequest, legs: LegCache = new Map()): FlowRun {
  const state = newFlowState();
  const forward = new Walk(compiled, 'forward', request.record, state, request.space);
  const { from, to } = request;
  const fromOutside = from.kind === 'internet' || from.kind === 'service' || from.kind === 'address';
  if (fromOutside && to.kind === 'address' && refuseUnheldVpcAddress(forward, to.address)) {
    const source = sourceAddress(forward, from, undefined, request.version);
    return finish(forward, undefined, source, to.address, portsLike(request.space, EXTERNAL_PORTS));
  }
  if (from.kind !== 'resource' && from.kind !== 'on-premises' && to.kind !== 'resource') {
    forward.stop('OUTSIDE_DESIGN', describe(from), () => explain.outsideDesign(describe(from), describe(to)));
    return finish(forward, undefined);
  }
  const [sourceEni, destinationEni] = interfacesFor(from, to);
  const source = sourceAddress(forward, from, sourceEni, request.version);
  const destination = destinationAddress(forward, from, to, destinationEni, request.version);
  if (!source || !destination) return finish(forward, undefined);

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
    return finish(forward, undefined, source, destination, sourcePorts);
  }
  if (sourceEni && isDnsResolver(sourceEni, destination)) {
    return dnsFlow(forward, packet, sourceEni, (back, s, d, p) => finish(forward, back, s, d, p));
  }

  if (request.pathOnly) {
    forward.pathOnly = true;
    forward.finalEni = destinationEni;
  }
  const outcome = startForward(forward, from, sourceEni, destinationEni, packet);
  if (outcome.kind === 'stopped' || forward.finished)
    return finish(forward, undefined, source, destination, sourcePorts);
  if (!arrivedAt(outcome, to, destinationEni)) {
    const table = forward.lastTable ?? describe(to);
    forward.stop('NO_ROUTE_TO_DESTINATION', table, () => explain.elsewhere(table, describe(to), whereTo(outcome)));
    return finish(forward, undefined, source, destination, sourcePorts);
  }
  const legRuns: LegRun[] = [];
  let arrived: Arrived | undefined;
  if (outcome.kind === 'eni' && request.pathOnly) {
    const untranslated = outcome.packet.sourceEni === sourceEni && sourceEni !== undefined;
    arrived = { eni: outcome.eni, untranslated, source: outcome.packet.source, sourceEni: outcome.packet.sourceEni };
  } else if (outcome.kind === 'eni') {
    checkRole(compiled, forward, outcome.eni, outcome.packet, request, legs, legRuns, runFlow);
  }
  if (forward.finished) return finish(forward, undefined, source, destination, sourcePorts, legRuns);

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
  return finish(forward, back, source, destination, sourcePorts, legRuns, arrived);
}

/** The run's answer once the walks are done (a module function: a closure per run costs under tsx's keepNames). */
function finish(
  forward: Walk,
  back: Walk | undefined,
  source?: Ip,
  destination?: Ip,
  sourcePorts: RangeSet = EMPTY_SET,
  legRuns: LegRun[] = [],
  arrived?: Arrived,
): FlowRun {
  return {
    passing: back ? passingBothWays(forward.alive, back.alive) : EMPTY_SET,
    forward: forward.hops,
    back: back?.hops ?? [],
    blockers: back ? forward.blockers.concat(back.blockers) : forward.blockers.slice(),
    legs: legRuns,
    source,
    destination,
    sourcePorts,
    arrived,
  };
}

/**
 * The interfaces a flow uses: a multi-interface resource takes part through its interface in
 * the other end's AZ when it has one, else through its first subnet's (semantics.md).
 */
export function interfacesFor(from: Place, to: Place): [CEni | undefined, CEni | undefined] {
  const sourceEni = from.kind === 'resource' ? (from.eni ?? interfaceFor(from.resource, homeAz(to))) : undefined;
  const destinationEni =
    to.kind === 'resource' ? (to.eni ?? interfaceFor(to.resource, sourceEni?.subnet.az ?? homeAz(from))) : undefined;
  return [connectedInterface(from, destinationEni) ?? sourceEni, destinationEni];
}

/**
 * A multi-homed instance sends to a host of a subnet it has an interface in through that
 * interface (the operating system's connected route); to anything else through its primary
 * (its default route), as an instance launched from an AWS image does (semantics.md).
 */
function connectedInterface(from: Place, destinationEni: CEni | undefined): CEni | undefined {
  if (from.kind !== 'resource' || from.eni || from.resource.type !== 'instance' || !destinationEni) return undefined;
  return from.resource.enis.find((eni) => eni.subnet === destinationEni.subnet);
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
        walk.hop(from.network.id, 'on-premises', 'forward', packet, { kind: 'sendsTo', to: from.network.via });
      return fromOnPremises(walk, from.network, packet);
    case 'internet':
    case 'service':
    case 'address':
      // Only a resource destination gets here: the internet delivers to its gateway.
      return destinationEni
        ? internetIngress(walk, destinationEni.subnet.vpc, packet, destinationEni)
        : onInternet(walk, packet);
  }
}

function fromOnPremises(walk: Walk, network: COnPremises, packet: Packet): Outcome {
  if (network.viaType === 'vpn-gateway') return vgwIngress(walk, network.via, packet);
  const tgw = walk.compiled.transitGateways.get(network.via);
  // The network's VPN or Direct Connect attachment is where the packet enters the transit gateway.
  return tgw ? tgwRoute(walk, tgw, packet, network.id) : STOPPED;
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
      if (walk.record) walk.hop(endpoint.id, 'vpc-endpoint', 'forward', reply, { kind: 'bringsReplyFromService' });
      crossSubnets(walk, undefined, eni.subnet, reply);
      return arriveAt(walk, eni, reply);
    }
    case 'on-premises': {
      const network = walk.compiled.onPremises.get(outcome.id)!;
      if (walk.record) walk.hop(network.id, 'on-premises', 'forward', reply, { kind: 'sendsReplyTo', to: network.via });
      return fromOnPremises(walk, network, reply);
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

/** What passed forward, kept only for the protocols whose replies all came back. */
function passingBothWays(forward: RangeSet, back: RangeSet): RangeSet {
  let out = forward;
  for (const segment of SEGMENTS)
    if (!overlaps(back, segment) && overlaps(out, segment)) out = subtract(out, [segment]);
  return out;
}
