import { EMPTY_SET, intersect, isEmpty, rangeSet, union, type RangeSet } from '../net/index.ts';
import type { CEni, CListener, CLoadBalancer, CompiledDocument } from './compiled.ts';
import { explain } from './explain.ts';
import type { FlowRequest, FlowRunner, LegCache, LegRun } from './flow-types.ts';
import { pointOf } from './flow-space.ts';
import type { Walk } from './walk/context.ts';
import type { Packet } from './walk/packet.ts';

const TCP_ONLY: RangeSet = [{ from: 0, to: 65535 }];

/**
 * What the destination itself accepts, after its groups let the packet in: a database only
 * its port, a Lambda function nothing, a NAT gateway nothing, an interface endpoint only TCP,
 * and a load balancer only its listeners, each then opening a new connection to its targets.
 * Those connections are flows of their own, run by `runFlow` (handed in by flow.ts, which calls
 * this: importing it here would make the two modules import each other).
 */
export function checkRole(
  compiled: CompiledDocument,
  walk: Walk,
  eni: CEni,
  packet: Packet,
  request: FlowRequest,
  legs: LegCache,
  legRuns: LegRun[],
  runFlow: FlowRunner,
): void {
  const resource = compiled.resources.get(eni.owner);
  if (!resource) return;
  const role = resource.role;
  switch (role.kind) {
    case 'host':
      // After a blocker the walk goes on only to find more; an instance "accepting" then would mislead.
      if (!isEmpty(walk.alive)) walk.hop(eni.owner, eni.ownerType, 'accept', packet, { kind: 'accepts' });
      return;
    case 'database':
      walk.filter(packet, pointOf(6, role.port), 'DESTINATION_NOT_LISTENING', eni.owner, 'ingress', () =>
        explain.notListening(eni.owner, { what: 'database', port: role.port }),
      );
      if (walk.record)
        walk.hop(eni.owner, eni.ownerType, verdictOf(walk), packet, { kind: 'listensOnTcp', port: role.port });
      return;
    case 'lambda':
      if (walk.record) walk.hop(eni.owner, eni.ownerType, 'drop', packet, { kind: 'acceptsNoInbound' });
      walk.block('DESTINATION_NOT_LISTENING', eni.owner, () => explain.notListening(eni.owner, { what: 'lambda' }));
      return;
    case 'nat-gateway':
      if (walk.record) walk.hop(eni.owner, eni.ownerType, 'drop', packet, { kind: 'acceptsNoInbound' });
      walk.block('NGW_NO_INBOUND', eni.owner, () => explain.natNoInbound(eni.owner));
      return;
    case 'interface-endpoint':
      walk.filter(packet, TCP_ONLY, 'PROTOCOL_RESTRICTION', eni.owner, 'ingress', (denied) =>
        explain.interfaceEndpointProtocol(eni.owner, denied),
      );
      if (walk.record) walk.hop(eni.owner, eni.ownerType, verdictOf(walk), packet, { kind: 'acceptsServiceTcp' });
      return;
    case 'load-balancer':
      balance(compiled, walk, role.balancer, packet, request, legs, legRuns, runFlow);
      return;
  }
}

const listenerPoint = (listener: CListener): RangeSet => pointOf(listener.protocol, listener.port);

/**
 * A client reaches a balancer's service when a listener takes the connection and at least
 * one balancer-to-target leg is allowed. When every leg fails, the legs' blockers explain why.
 */
function balance(
  compiled: CompiledDocument,
  walk: Walk,
  balancer: CLoadBalancer,
  packet: Packet,
  request: FlowRequest,
  legs: LegCache,
  legRuns: LegRun[],
  runFlow: FlowRunner,
): void {
  const listening = balancer.listeners.reduce<RangeSet>((set, l) => union(set, listenerPoint(l)), EMPTY_SET);
  const listenerText = balancer.listeners.map((l) => `${l.label} ${l.port}`).join(', ');
  walk.filter(packet, listening, 'ELBV2_LISTENERS_MISMATCH', balancer.id, 'ingress', (denied) =>
    explain.listenerMismatch(balancer.id, denied, listenerText),
  );
  if (balancer.targets.length === 0) {
    if (walk.record) walk.hop(balancer.id, 'load-balancer', 'drop', packet, { kind: 'noTargets' });
    walk.block('ELBV2_LISTENER_HAS_NO_TG', balancer.id, () => explain.noTargets(balancer.id));
    return;
  }
  const asked = intersect(walk.record ? packet.destinationPorts : walk.alive, listening);
  let served: RangeSet = EMPTY_SET;
  const failedLegs: LegRun[] = [];
  for (const listener of balancer.listeners) {
    const point = listenerPoint(listener);
    if (isEmpty(intersect(asked, point))) continue;
    let anyAllowed = false;
    for (const target of balancer.targets) {
      const run = leg(compiled, balancer.id, target, listener, request, legs, runFlow);
      if (!run) continue;
      const entry = { target, port: listener.targetPort, run };
      if (walk.record) legRuns.push(entry);
      if (run.passing.length > 0) anyAllowed = true;
      else failedLegs.push(entry);
    }
    if (anyAllowed) served = union(served, point);
  }
  if (walk.record)
    walk.hop(
      balancer.id,
      'load-balancer',
      served.length > 0 ? 'forward' : 'drop',
      packet,
      served.length > 0 ? { kind: 'listenerOpensLegs' } : { kind: 'noLegAllowed' },
    );
  if (walk.record) {
    if (!isEmpty(asked) && isEmpty(served)) {
      walk.alive = EMPTY_SET;
      for (const failed of failedLegs)
        walk.blockers.push(...failed.run.blockers.map((b) => ({ ...b, path: 'forward' as const })));
    }
  } else {
    walk.alive = intersect(walk.alive, rangeSet(served));
  }
}

function leg(
  compiled: CompiledDocument,
  balancer: string,
  target: string,
  listener: CListener,
  request: FlowRequest,
  legs: LegCache,
  runFlow: FlowRunner,
) {
  const key = `${balancer}>${target}/${listener.protocol}/${listener.targetPort}/${request.version}/${request.record ? 'r' : 'b'}`;
  const cached = legs.get(key);
  if (cached) return cached;
  const from = compiled.resources.get(balancer);
  const to = compiled.resources.get(target);
  if (!from || !to || to.enis.length === 0) return undefined;
  const run = runFlow(
    compiled,
    {
      from: { kind: 'resource', resource: from, eni: undefined, address: undefined },
      to: { kind: 'resource', resource: to, eni: undefined, address: undefined },
      protocol: listener.protocol,
      version: request.version,
      space: pointOf(listener.protocol, listener.targetPort),
      record: request.record,
    },
    legs,
  );
  legs.set(key, run);
  return run;
}

/** How the destination's hop reads: a module function, not a closure per call (tsx's keepNames makes those costly). */
function verdictOf(walk: Walk): 'drop' | 'accept' {
  return isEmpty(walk.alive) ? 'drop' : 'accept';
}
