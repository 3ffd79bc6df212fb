import type { Ip } from './address.ts';
import type { CEni, CompiledDocument, CSecurityGroup } from './compiled.ts';
import type { AddressAtoms } from './equivalence.ts';
import { runFlow, type FlowRun, type LegCache } from './flow.ts';
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
  private readonly externalPlaces = new Map<Place, number>();
  private readonly eniIds = new Map<CEni, EniIds>();
  /** Mid-path NAT instances filter by the sender's and receiver's groups: then groups are part of the place. */
  private readonly groupsShapePaths: boolean;
  private readonly whole: number;
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
    this.groupDecisions = new GroupDecisions(compiled, this.sets);
  }

  /** What passes from `from` to `to`, both ways, over the whole flow space, as a set id (see `sets`). */
  passing(from: Place, to: Place, fromEni: CEni | undefined, toEni: CEni | undefined): number {
    const fromIds = fromEni ? this.idsOf(fromEni) : undefined;
    const toIds = toEni ? this.idsOf(toEni) : undefined;
    // Between two resources neither public address matters (they talk by private addresses).
    const internal = fromIds !== undefined && toIds !== undefined;
    // The factors that need no walk come first: when the receiver's role or the sender's groups
    // let nothing through (a NAT gateway or a Lambda function as receiver), the walk is skipped.
    let result = toEni && toIds ? this.roleOf(toEni, toIds) : this.whole;
    if (internal) result = this.sets.intersect(result, this.egressOf(fromEni!, fromIds, toEni!, toIds));
    if (result === SetTable.EMPTY) return result;

    const fromPlace = fromIds ? (internal ? fromIds.senderInside : fromIds.senderOutside) : this.externalPlace(from);
    const toPlace = toIds
      ? from.kind === 'resource'
        ? toIds.receiverInside
        : toIds.receiverOutside
      : this.externalPlace(to);
    const path = this.path(fromPlace, toPlace, from, to, fromEni, toEni);
    result = this.sets.intersect(result, path.passing);
    if (result === SetTable.EMPTY) return result;
    const run = path.run;
    if (fromEni && fromIds && !internal) result = this.sets.intersect(result, this.egressTo(fromEni, fromIds, path));
    if (toEni && toIds) {
      const arrived = run.arrived;
      if (!arrived) return SetTable.EMPTY;
      let ingress: number;
      if (arrived.untranslated && fromEni && fromIds) {
        ingress = this.ingressOf(toEni, toIds, fromIds.view, undefined, fromEni);
      } else {
        path.arrivedView ??= this.viewId(arrived.source, arrived.sourceEni);
        ingress = this.ingressOf(toEni, toIds, path.arrivedView, arrived.source, arrived.sourceEni);
      }
      result = this.sets.intersect(result, ingress);
    }
    return result;
  }

  private path(
    fromPlace: number,
    toPlace: number,
    from: Place,
    to: Place,
    fromEni: CEni | undefined,
    toEni: CEni | undefined,
  ): PathResult {
    const index = this.paths.get(fromPlace, toPlace);
    if (index !== IntPairMemo.MISSING) return this.pathResults[index]!;
    this.walks++;
    const run = runFlow(
      this.compiled,
      {
        from: pin(from, fromEni),
        to: pin(to, toEni),
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
      };
      this.eniIds.set(eni, ids);
    }
    return ids;
  }

  private externalPlace(place: Place): number {
    let id = this.externalPlaces.get(place);
    if (id === undefined) {
      id = intern(
        this.placeKeys,
        place.kind === 'on-premises'
          ? `onprem:${place.network.id}`
          : place.kind === 'service'
            ? `svc:${place.service}`
            : place.kind,
      );
      this.externalPlaces.set(place, id);
    }
    return id;
  }

  /** An address as a group sees it: its address class and, when untranslated, its interface's groups and VPC. */
  private viewId(address: Ip, eni: CEni | undefined): number {
    const atom = address.version === 4 ? `4:${this.atoms.ipv4(address.value)}` : `6:${this.atoms.ipv6(address.value)}`;
    return intern(this.viewKeys, `${atom}|${eni ? `${groupsKey(eni.groups)}@${eni.subnet.vpc.id}` : '-'}`);
  }

  /** The sender's groups towards another resource, by its private address. */
  private egressOf(eni: CEni, ids: EniIds, peer: CEni, peerIds: EniIds): number {
    if (eni.groups === null) return this.whole;
    if (peerIds.view < 0) return SetTable.EMPTY;
    let allowed = this.egress.get(ids.groups, peerIds.view);
    if (allowed === IntPairMemo.MISSING) {
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
    if (!destination) return SetTable.EMPTY;
    path.destinationView ??= this.viewId(destination, undefined);
    let allowed = this.egress.get(ids.groups, path.destinationView);
    if (allowed === IntPairMemo.MISSING) {
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
    if (allowed === IntPairMemo.MISSING) {
      const source = address ?? (identity ? this.privateAddress(identity) : undefined);
      if (!source) return SetTable.EMPTY;
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
        accepted = SetTable.EMPTY;
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
                from: { kind: 'resource', resource, eni: undefined, viaPublic: false },
                to: { kind: 'resource', resource: to, eni: undefined, viaPublic: false },
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
}

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
