import type { Ip } from './address.ts';
import type { CEni, CompiledDocument, CSecurityGroup } from './compiled.ts';
import { groupAddressAtoms, type AddressAtoms } from './equivalence.ts';
import { runFlow } from './flow.ts';
import type { FlowRun, LegCache } from './flow-types.ts';
import { pointOf, WHOLE_SPACE } from './flow-space.ts';
import type { Place } from './places.ts';
import { GroupDecisions } from './group-decisions.ts';
import { IntPairMemo } from './int-pair-memo.ts';
import { SetTable } from './set-table.ts';
import { eniSeenFrom } from './walk/lookup.ts';

/**
 * The all-pairs analysis in factors. A flow between two resources is what the sender's
 * groups let out, times what the path between their places lets through (routes, NACLs,
 * gateways, both ways), times what the receiver's groups and role accept. The path depends
 * only on where the two interfaces sit (subnet and address class), not on their groups, so it
 * is walked once per pair of places and shared by every pair of classes there; the group
 * factors are memoised by the groups and the peer's address class. Every memo is keyed by
 * small integers, because at 5,000 instances the per-pair bookkeeping, not the walks, is what
 * costs. Same answers as a full walk: the differential tests compare them with the reference.
 */
export class PairFactors {
  readonly sets = new SetTable();
  /** Path results by (sender place, receiver place): an index into `pathResults`. */
  private readonly paths = new IntPairMemo();
  private readonly pathResults: PathResult[] = [];
  /** Group decisions by (groups, peer view): set ids. */
  private readonly egress = new IntPairMemo();
  private readonly ingress = new IntPairMemo();
  private readonly groupDecisions: GroupDecisions;
  private readonly roles = new Map<string, number>();
  private readonly placeKeys = new Map<string, number>();
  private readonly groupKeys = new Map<string, number>();
  private readonly viewKeys = new Map<string, number>();
  private readonly externalEnds = new Map<Place, FlowEnd>();
  private readonly eniIds = new Map<CEni, EniIds>();
  /** Mid-path NAT instances filter by the sender's and receiver's groups: then groups are part of the place. */
  private readonly groupsShapePaths: boolean;
  private readonly whole: number;
  private readonly groupAtoms: AddressAtoms;
  walks = 0;

  constructor(
    private readonly compiled: CompiledDocument,
    private readonly atoms: AddressAtoms,
    private readonly version: 4 | 6,
    private readonly legs: LegCache,
    routeTargets: ReadonlySet<string>,
  ) {
    this.groupsShapePaths = [...routeTargets].some((id) => compiled.resources.get(id)?.type === 'instance');
    this.whole = this.sets.id(WHOLE_SPACE);
    this.groupAtoms = groupAddressAtoms(compiled);
    this.groupDecisions = new GroupDecisions(compiled, this.sets);
  }

  /**
   * One end of a flow as the factors see it. Memoised per interface (a resource end) or per
   * place (an end outside the design), so the per-pair work is a few integer lookups.
   */
  end(place: Place, eni: CEni | undefined): FlowEnd {
    if (place.kind === 'resource' && eni) {
      const ids = this.idsOf(eni);
      return (ids.end ??= { place, eni, ids, external: -1 });
    }
    let end = this.externalEnds.get(place);
    if (!end) {
      end = { place, eni: undefined, ids: undefined, external: this.externalPlace(place) };
      this.externalEnds.set(place, end);
    }
    return end;
  }

  /** What passes from `from` to `to`, both ways, over the whole flow space, as a set id (see `sets`). */
  passing(from: FlowEnd, to: FlowEnd): number {
    const fromIds = from.ids;
    const toIds = to.ids;
    // Between two resources neither public address matters (they talk by private addresses).
    const internal = fromIds !== undefined && toIds !== undefined;
    // The factors that need no walk come first: when the receiver's role or the sender's groups
    // let nothing through (a NAT gateway or a Lambda function as receiver), the walk is skipped.
    let result = toIds !== undefined ? (toIds.role ?? this.roleOf(to.eni!, toIds)) : this.whole;
    if (internal) result = this.sets.intersect(result, this.egressOf(from.eni!, fromIds, to.eni!, toIds));
    if (result === EMPTY) return EMPTY;

    const fromPlace = fromIds ? (internal ? fromIds.senderInside : fromIds.senderOutside) : from.external;
    const toPlace = toIds
      ? from.place.kind === 'resource'
        ? toIds.receiverInside
        : toIds.receiverOutside
      : to.external;
    const path = this.path(fromPlace, toPlace, from, to);
    result = this.sets.intersect(result, path.passing);
    if (result === EMPTY) return EMPTY;
    if (fromIds && !internal) result = this.sets.intersect(result, this.egressTo(from.eni!, fromIds, path));
    if (toIds) {
      const arrived = path.run.arrived;
      if (!arrived) return EMPTY;
      let ingress: number;
      if (arrived.untranslated && fromIds) {
        ingress = this.ingressOf(to.eni!, toIds, fromIds.view, undefined, from.eni);
      } else {
        path.arrivedView ??= this.viewId(arrived.source, arrived.sourceEni);
        ingress = this.ingressOf(to.eni!, toIds, path.arrivedView, arrived.source, arrived.sourceEni);
      }
      result = this.sets.intersect(result, ingress);
    }
    return result;
  }

  private path(fromPlace: number, toPlace: number, from: FlowEnd, to: FlowEnd): PathResult {
    const index = this.paths.get(fromPlace, toPlace);
    if (index !== MISSING) return this.pathResults[index]!;
    this.walks++;
    const run = runFlow(
      this.compiled,
      {
        from: pin(from.place, from.eni),
        to: pin(to.place, to.eni),
        protocol: -1,
        version: this.version,
        space: WHOLE_SPACE,
        record: false,
        pathOnly: true,
      },
      this.legs,
    );
    const result: PathResult = {
      run,
      passing: this.sets.id(run.passing),
      arrivedView: undefined,
      destinationView: undefined,
    };
    this.paths.set(fromPlace, toPlace, this.pathResults.length);
    this.pathResults.push(result);
    return result;
  }

  /**
   * Where an interface sits, as far as routes, NACLs and gateways can tell, as a sender and as
   * a receiver, talking to another resource (private addresses) or to the outside (public ones).
   */
  private idsOf(eni: CEni): EniIds {
    let ids = this.eniIds.get(eni);
    if (!ids) {
      const resource = this.compiled.resources.get(eni.owner)!;
      const atom =
        this.version === 4
          ? `4:${this.atoms.ipv4(eni.ipv4)}`
          : eni.ipv6 === undefined
            ? '6:-'
            : `6:${this.atoms.ipv6(eni.ipv6)}`;
      const publicAtom = eni.publicIpv4 === undefined ? 'p:-' : `p:${this.atoms.ipv4(eni.publicIpv4)}`;
      const groups = this.groupsShapePaths ? `|${groupsKey(eni.groups)}` : '';
      const sender = `s|${eni.subnet.id}|${atom}|${resource.ephemeral.from}-${resource.ephemeral.to}|${eni.ownerType === 'vpc-endpoint'}${groups}`;
      const receiver = `r|${eni.subnet.id}|${atom}${groups}`;
      const address = this.privateAddress(eni);
      ids = {
        senderInside: intern(this.placeKeys, sender),
        senderOutside: intern(this.placeKeys, `${sender}|${publicAtom}`),
        receiverInside: intern(this.placeKeys, receiver),
        receiverOutside: intern(this.placeKeys, `${receiver}|${publicAtom}`),
        groups: intern(this.groupKeys, `${groupsKey(eni.groups)}@${eni.subnet.vpc.id}`),
        view: address ? this.viewId(address, eni) : -1,
        role: undefined,
        end: undefined,
      };
      this.eniIds.set(eni, ids);
    }
    return ids;
  }

  private externalPlace(place: Place): number {
    return intern(
      this.placeKeys,
      place.kind === 'on-premises'
        ? `onprem:${place.network.id}`
        : place.kind === 'service'
          ? `svc:${place.service}`
          : place.kind,
    );
  }

  /**
   * An address as a group sees it: its class among the groups' address rules and, when
   * untranslated, its interface's groups and VPC (for group-reference rules).
   */
  private viewId(address: Ip, eni: CEni | undefined): number {
    const atoms = this.groupAtoms;
    const atom = address.version === 4 ? `4:${atoms.ipv4(address.value)}` : `6:${atoms.ipv6(address.value)}`;
    return intern(this.viewKeys, `${atom}|${eni ? `${groupsKey(eni.groups)}@${eni.subnet.vpc.id}` : '-'}`);
  }

  /** The sender's groups towards another resource, by its private address. */
  private egressOf(eni: CEni, ids: EniIds, peer: CEni, peerIds: EniIds): number {
    if (eni.groups === null) return this.whole;
    if (peerIds.view < 0) return EMPTY;
    let allowed = this.egress.get(ids.groups, peerIds.view);
    if (allowed === MISSING) {
      const destination = this.privateAddress(peer)!;
      allowed = this.evaluate(eni, ids, 'egress', destination, eniSeenFrom(this.compiled, eni.subnet.vpc, destination));
      this.egress.set(ids.groups, peerIds.view, allowed);
    }
    return allowed;
  }

  /** The sender's groups towards a place outside (internet host, service, on-premises address). */
  private egressTo(eni: CEni, ids: EniIds, path: PathResult): number {
    if (eni.groups === null) return this.whole;
    const destination = path.run.destination;
    if (!destination) return EMPTY;
    path.destinationView ??= this.viewId(destination, undefined);
    let allowed = this.egress.get(ids.groups, path.destinationView);
    if (allowed === MISSING) {
      allowed = this.evaluate(eni, ids, 'egress', destination, undefined);
      this.egress.set(ids.groups, path.destinationView, allowed);
    }
    return allowed;
  }

  /** `address` is the translated source, or undefined when the receiver sees the sender's own private address. */
  private ingressOf(
    eni: CEni,
    ids: EniIds,
    sourceView: number,
    address: Ip | undefined,
    identity: CEni | undefined,
  ): number {
    if (eni.groups === null) return this.whole;
    let allowed = this.ingress.get(ids.groups, sourceView);
    if (allowed === MISSING) {
      const source = address ?? (identity ? this.privateAddress(identity) : undefined);
      if (!source) return EMPTY;
      allowed = this.evaluate(eni, ids, 'ingress', source, identity);
      this.ingress.set(ids.groups, sourceView, allowed);
    }
    return allowed;
  }

  private evaluate(
    eni: CEni,
    ids: EniIds,
    direction: 'ingress' | 'egress',
    address: Ip,
    peer: CEni | undefined,
  ): number {
    return this.groupDecisions.allowed(
      ids.groups,
      eni.groups ?? [],
      direction,
      { address, eni: peer },
      eni.subnet.vpc.id,
    );
  }

  /** What the receiving resource accepts (a balancer: the listeners with at least one working target). */
  private roleOf(eni: CEni, ids: EniIds): number {
    if (ids.role !== undefined) return ids.role;
    let accepted = this.roles.get(eni.owner);
    if (accepted !== undefined) return (ids.role = accepted);
    const resource = this.compiled.resources.get(eni.owner)!;
    const role = resource.role;
    switch (role.kind) {
      case 'host':
        accepted = this.whole;
        break;
      case 'database':
        accepted = this.sets.id(pointOf(6, role.port));
        break;
      case 'interface-endpoint':
        accepted = this.sets.id([{ from: 0, to: 65535 }]);
        break;
      case 'lambda':
      case 'nat-gateway':
        accepted = EMPTY;
        break;
      case 'load-balancer': {
        const served: { from: number; to: number }[] = [];
        for (const listener of role.balancer.listeners) {
          const ok = role.balancer.targets.some((target) => {
            const to = this.compiled.resources.get(target);
            if (!to || to.enis.length === 0) return false;
            const leg = runFlow(
              this.compiled,
              {
                from: { kind: 'resource', resource, eni: undefined, address: undefined },
                to: { kind: 'resource', resource: to, eni: undefined, address: undefined },
                protocol: listener.protocol,
                version: this.version,
                space: pointOf(listener.protocol, listener.targetPort),
                record: false,
              },
              this.legs,
            );
            return leg.passing.length > 0;
          });
          if (ok) served.push(...pointOf(listener.protocol, listener.port));
        }
        accepted = this.sets.id(served.sort((a, b) => a.from - b.from));
        break;
      }
    }
    this.roles.set(eni.owner, accepted);
    return (ids.role = accepted);
  }

  private privateAddress(eni: CEni): Ip | undefined {
    if (this.version === 4) return { version: 4, value: eni.ipv4 };
    return eni.ipv6 === undefined ? undefined : { version: 6, value: eni.ipv6 };
  }
}

interface PathResult {
  readonly run: FlowRun;
  /** What the path lets through both ways, as a set id. */
  readonly passing: number;
  /** The view id of a translated source as the receiver sees it (computed once per path). */
  arrivedView: number | undefined;
  /** The view id of the destination address as the sender's groups see it (computed once per path). */
  destinationView: number | undefined;
}

interface EniIds {
  readonly senderInside: number;
  readonly senderOutside: number;
  readonly receiverInside: number;
  readonly receiverOutside: number;
  readonly groups: number;
  /** -1 when the interface has no address of the analysed IP version. */
  readonly view: number;
  /** What the owner accepts as a receiver (memoised). */
  role: number | undefined;
  end: FlowEnd | undefined;
}

/** A flow's end for `PairFactors.passing`: made by `PairFactors.end`. */
export interface FlowEnd {
  readonly place: Place;
  readonly eni: CEni | undefined;
  /** Set for a resource's interface. */
  readonly ids: EniIds | undefined;
  /** The place id of an end outside the design; -1 for a resource. */
  readonly external: number;
}

// Module constants rather than static members: the hot loop reads them per pair.
const MISSING = IntPairMemo.MISSING;
const EMPTY = SetTable.EMPTY;

function intern(keys: Map<string, number>, text: string): number {
  let id = keys.get(text);
  if (id === undefined) keys.set(text, (id = keys.size));
  return id;
}

function groupsKey(groups: readonly CSecurityGroup[] | null): string {
  return groups === null ? 'none' : groups.map((g) => g.id).join(',');
}

function pin(place: Place, eni: CEni | undefined): Place {
  return place.kind === 'resource' && eni ? { ...place, eni } : place;
}
