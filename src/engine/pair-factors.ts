import { EMPTY_SET, intersect, type RangeSet } from '../net/index.ts';
import type { Ip } from './address.ts';
import type { CEni, CompiledDocument, CSecurityGroup } from './compiled.ts';
import type { AddressAtoms } from './equivalence.ts';
import { runFlow, type FlowRun, type LegCache } from './flow.ts';
import { pointOf, WHOLE_SPACE } from './flow-space.ts';
import type { Place } from './places.ts';
import { evaluateGroups } from './security-groups.ts';
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
  private readonly paths = new Map<number, PathResult>();
  private readonly egress = new Map<number, RangeSet>();
  private readonly ingress = new Map<number, RangeSet>();
  private readonly roles = new Map<string, RangeSet>();
  private readonly results = new Map<RangeSet, Map<RangeSet, Map<RangeSet, Map<RangeSet, RangeSet>>>>();
  private readonly ids = new Map<string, number>();
  private readonly eniIds = new Map<CEni, EniIds>();
  private readonly placeIds = new Map<string, number>();
  private readonly canonical = new Map<string, RangeSet>();
  /** Mid-path NAT instances filter by the sender's and receiver's groups: then groups are part of the place. */
  private readonly groupsShapePaths: boolean;
  walks = 0;

  constructor(
    private readonly compiled: CompiledDocument,
    private readonly atoms: AddressAtoms,
    private readonly version: 4 | 6,
    private readonly legs: LegCache,
    routeTargets: ReadonlySet<string>,
  ) {
    this.groupsShapePaths = [...routeTargets].some((id) => compiled.resources.get(id)?.type === 'instance');
  }

  /** What passes from `from` to `to`, both ways, over the whole flow space. */
  passing(from: Place, to: Place, fromEni: CEni | undefined, toEni: CEni | undefined): RangeSet {
    const fromIds = fromEni ? this.idsOf(fromEni) : undefined;
    const toIds = toEni ? this.idsOf(toEni) : undefined;
    const path = this.path(from, to, fromEni, toEni, fromIds, toIds);
    const run = path.run;
    if (path.passing.length === 0) return EMPTY_SET;
    let egress: RangeSet = WHOLE_SPACE;
    if (fromEni && fromIds) {
      const destination = toEni ? this.privateAddress(toEni) : run.destination;
      if (!destination) return EMPTY_SET;
      egress = toIds
        ? this.egressOf(fromEni, fromIds, destination, toIds.view)
        : this.egressOf(fromEni, fromIds, destination);
    }
    let ingress: RangeSet = WHOLE_SPACE;
    let role: RangeSet = WHOLE_SPACE;
    if (toEni && toIds) {
      const arrived = run.arrived;
      if (!arrived) return EMPTY_SET;
      if (arrived.untranslated && fromEni && fromIds) {
        ingress = this.ingressOf(toEni, toIds, fromIds.view, () => [this.privateAddress(fromEni)!, fromEni]);
      } else {
        path.arrivedView ??= this.viewId(arrived.source, arrived.sourceEni);
        ingress = this.ingressOf(toEni, toIds, path.arrivedView, () => [arrived.source, arrived.sourceEni]);
      }
      role = this.roleOf(toEni);
    }
    return this.combine(path.passing, egress, ingress, role);
  }

  /** Intersections are interned: the same four factors always give the same set object. */
  private combine(a: RangeSet, b: RangeSet, c: RangeSet, d: RangeSet): RangeSet {
    let byB = this.results.get(a);
    if (!byB) this.results.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let byD = byC.get(c);
    if (!byD) byC.set(c, (byD = new Map()));
    let out = byD.get(d);
    if (!out) {
      out = this.canon(intersect(intersect(intersect(a, b), c), d));
      byD.set(d, out);
    }
    return out;
  }

  private path(
    from: Place,
    to: Place,
    fromEni: CEni | undefined,
    toEni: CEni | undefined,
    fromIds: EniIds | undefined,
    toIds: EniIds | undefined,
  ): PathResult {
    const fromPlace = fromIds ? fromIds.place : this.externalPlace(from);
    const toPlace = toIds ? toIds.place : this.externalPlace(to);
    const key = fromPlace * 1_048_576 + toPlace;
    let result = this.paths.get(key);
    if (!result) {
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
      result = { run, passing: this.canon(run.passing), arrivedView: undefined };
      this.paths.set(key, result);
    }
    return result;
  }

  private idsOf(eni: CEni): EniIds {
    let ids = this.eniIds.get(eni);
    if (!ids) {
      const resource = this.compiled.resources.get(eni.owner)!;
      const place = [
        eni.subnet.id,
        this.atoms.ipv4(eni.ipv4),
        eni.publicIpv4 === undefined ? '-' : this.atoms.ipv4(eni.publicIpv4),
        eni.ipv6 === undefined ? '-' : this.atoms.ipv6(eni.ipv6),
        `${resource.ephemeral.from}-${resource.ephemeral.to}`,
        eni.ownerType,
        this.groupsShapePaths ? groupsKey(eni.groups) : '',
      ].join('|');
      const address = this.privateAddress(eni);
      ids = {
        place: this.placeId(place),
        groups: this.id(`g:${groupsKey(eni.groups)}@${eni.subnet.vpc.id}`),
        view: address ? this.viewId(address, eni) : -1,
      };
      this.eniIds.set(eni, ids);
    }
    return ids;
  }

  private externalPlace(place: Place): number {
    const key =
      place.kind === 'on-premises'
        ? `onprem:${place.network.id}`
        : place.kind === 'service'
          ? `svc:${place.service}`
          : place.kind;
    return this.placeId(key);
  }

  private placeId(key: string): number {
    let id = this.placeIds.get(key);
    if (id === undefined) this.placeIds.set(key, (id = this.placeIds.size));
    return id;
  }

  /** An address as a group sees it: its address class and, when untranslated, its interface's groups. */
  private viewId(address: Ip, eni: CEni | undefined): number {
    const atom = address.version === 4 ? `4:${this.atoms.ipv4(address.value)}` : `6:${this.atoms.ipv6(address.value)}`;
    return this.id(`v:${atom}|${eni ? `${groupsKey(eni.groups)}@${eni.subnet.vpc.id}` : '-'}`);
  }

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  private egressOf(eni: CEni, ids: EniIds, destination: Ip, destinationView?: number): RangeSet {
    if (eni.groups === null) return WHOLE_SPACE;
    const seen = destinationView === undefined ? eniSeenFrom(this.compiled, eni.subnet.vpc, destination) : undefined;
    const view = destinationView ?? this.viewId(destination, seen);
    const key = ids.groups * 1_048_576 + view;
    let allowed = this.egress.get(key);
    if (!allowed) {
      const peer = destinationView === undefined ? seen : eniSeenFrom(this.compiled, eni.subnet.vpc, destination);
      allowed = evaluateGroups(
        this.compiled,
        eni.groups,
        'egress',
        { address: destination, eni: peer },
        WHOLE_SPACE,
        eni.subnet.vpc.id,
      ).allowed;
      this.egress.set(key, (allowed = this.canon(allowed)));
    }
    return allowed;
  }

  private ingressOf(eni: CEni, ids: EniIds, sourceView: number, source: () => [Ip, CEni | undefined]): RangeSet {
    if (eni.groups === null) return WHOLE_SPACE;
    const key = ids.groups * 1_048_576 + sourceView;
    let allowed = this.ingress.get(key);
    if (!allowed) {
      const [address, identity] = source();
      allowed = evaluateGroups(
        this.compiled,
        eni.groups,
        'ingress',
        { address, eni: identity },
        WHOLE_SPACE,
        eni.subnet.vpc.id,
      ).allowed;
      this.ingress.set(key, (allowed = this.canon(allowed)));
    }
    return allowed;
  }

  /** What the receiving resource accepts (a balancer: the listeners with at least one working target). */
  private roleOf(eni: CEni): RangeSet {
    let accepted = this.roles.get(eni.owner);
    if (accepted) return accepted;
    const resource = this.compiled.resources.get(eni.owner)!;
    const role = resource.role;
    switch (role.kind) {
      case 'host':
        accepted = WHOLE_SPACE;
        break;
      case 'database':
        accepted = pointOf(6, role.port);
        break;
      case 'interface-endpoint':
        accepted = [{ from: 0, to: 65535 }];
        break;
      case 'lambda':
      case 'nat-gateway':
        accepted = EMPTY_SET;
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
        accepted = served.sort((a, b) => a.from - b.from);
        break;
      }
    }
    accepted = this.canon(accepted);
    this.roles.set(eni.owner, accepted);
    return accepted;
  }

  /** One object per distinct set, so memos keyed by sets hit whenever the values are equal. */
  private canon(set: RangeSet): RangeSet {
    if (set.length === 0) return EMPTY_SET;
    const key = set.map((r) => `${r.from}-${r.to}`).join(',');
    let known = this.canonical.get(key);
    if (!known) this.canonical.set(key, (known = set));
    return known;
  }

  private privateAddress(eni: CEni): Ip | undefined {
    if (this.version === 4) return { version: 4, value: eni.ipv4 };
    return eni.ipv6 === undefined ? undefined : { version: 6, value: eni.ipv6 };
  }
}

interface PathResult {
  readonly run: FlowRun;
  /** What the path lets through both ways, as a canonical set. */
  readonly passing: RangeSet;
  /** The view id of a translated source as the receiver sees it (computed once per path). */
  arrivedView: number | undefined;
}

interface EniIds {
  readonly place: number;
  readonly groups: number;
  readonly view: number;
}

function groupsKey(groups: readonly CSecurityGroup[] | null): string {
  return groups === null ? 'none' : groups.map((g) => g.id).join(',');
}

function pin(place: Place, eni: CEni | undefined): Place {
  return place.kind === 'resource' && eni ? { ...place, eni } : place;
}
