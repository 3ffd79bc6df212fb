import {
  assignAddresses,
  effectiveSecurityGroups,
  hasPublicAddress,
  indexDocument,
  interfaceSecurityGroups,
  interfacesOf,
  isTrafficCapable,
  type DocumentIndex,
  type Resource,
  type SecurityGroup,
  type Subnet,
  type VpcLabDocument,
} from '../../model/index.ts';
import { cidrContainsAddress, parseCidr, type Address, type Cidr } from '../../net/index.ts';

/**
 * The reference evaluator's view of a document: the document itself (read directly, rule by
 * rule), its index, and one record per network interface. Nothing is pre-sorted or merged;
 * the only caches are CIDR parsing and balancer legs, which do not change any decision.
 */

/** One network interface: a resource's presence in one subnet. */
export interface RefEni {
  readonly owner: Resource;
  readonly subnet: Subnet;
  readonly ipv4: number;
  readonly ipv6: bigint | undefined;
  /** The public IPv4 mapped to it; the values are the reference's own (they never change a verdict). */
  readonly public4: number | undefined;
  /** Null: no groups at all, so nothing is filtered (NAT gateway, network balancer without groups). */
  readonly groups: readonly SecurityGroup[] | null;
  /** False only on an instance interface whose source/destination check is off. */
  readonly sourceDestCheck: boolean;
  /** The device index on an instance (0 the primary); 0 for other owners. */
  readonly deviceIndex: number;
}

export interface World {
  readonly document: VpcLabDocument;
  readonly index: DocumentIndex;
  readonly enis: readonly RefEni[];
  /** Verdicts of balancer-to-target legs already evaluated (a leg is a pure function of its inputs). */
  readonly legs: Map<string, boolean>;
  /** Every port boundary written in any NACL rule (for the exhaustive reply-port check). */
  readonly naclPortEdges: readonly number[];
  /** Interfaces per resource id, in the order of its subnets. */
  readonly byOwner: ReadonlyMap<string, readonly RefEni[]>;
  /** Memo of pure derivations (route candidates, sorted rules), per kind of derivation and per object. */
  readonly memo: Map<string, Map<unknown, unknown>>;
}

/** Public addresses handed out by the reference: 44.192.0.10 upwards, in document order. */
const PUBLIC_BASE = (44 << 24) + (192 << 16) + 10;

const worlds = new WeakMap<VpcLabDocument, World>();

/** The world of a document, built once per document object. */
export function worldOf(document: VpcLabDocument): World {
  let world = worlds.get(document);
  if (!world) {
    world = buildWorld(document);
    worlds.set(document, world);
  }
  return world;
}

function buildWorld(document: VpcLabDocument): World {
  const index = indexDocument(document);
  const plan = assignAddresses(document, index);
  const enis: RefEni[] = [];
  let nextPublic = PUBLIC_BASE;
  for (const resource of document.resources) {
    if (!isTrafficCapable(resource) || resource.type === 'on-premises') continue;
    const groups = groupsOf(index, resource);
    for (const address of plan.byResource.get(resource.id) ?? []) {
      const subnet = index.get(address.subnet, 'subnet');
      if (!subnet) continue;
      // An instance interface reads its own fields: groups, public address, source/dest check.
      const own = interfacesOf(resource).find((candidate) => candidate.subnet === subnet.id);
      enis.push({
        owner: resource,
        subnet,
        ipv4: address.ipv4,
        ipv6: address.ipv6,
        public4: (own ? own.publicIp || own.elasticIp : hasPublicAddress(resource)) ? nextPublic++ : undefined,
        groups: own ? interfaceSecurityGroups(index, own) : groups,
        sourceDestCheck: own ? own.sourceDestCheck : true,
        deviceIndex: own?.deviceIndex ?? 0,
      });
    }
  }
  const edges = new Set<number>();
  for (const nacl of index.ofType('network-acl')) {
    for (const rule of [...nacl.inbound, ...nacl.outbound]) {
      const match = /^(\d+)(?:-(\d+))?$/.exec(rule.ports ?? '');
      if (!match) continue;
      const from = Number(match[1]);
      const to = Number(match[2] ?? match[1]);
      edges
        .add(from - 1)
        .add(from)
        .add(to)
        .add(to + 1);
    }
  }
  const byOwner = new Map<string, RefEni[]>();
  for (const eni of enis) byOwner.set(eni.owner.id, [...(byOwner.get(eni.owner.id) ?? []), eni]);
  return { document, index, enis, legs: new Map(), naclPortEdges: [...edges], byOwner, memo: new Map() };
}

function groupsOf(index: DocumentIndex, resource: Resource): SecurityGroup[] | null {
  if (resource.type === 'nat-gateway') return null;
  const groups = effectiveSecurityGroups(index, resource);
  // A network balancer without groups admits everything (format.md).
  if (resource.type === 'load-balancer' && resource.kind === 'network' && groups.length === 0) return null;
  return groups;
}

const cidrCache = new Map<string, Cidr | null>();

/** Parses a CIDR written in the document (memoised; undefined when it does not parse). */
export function block(text: string): Cidr | undefined {
  let cached = cidrCache.get(text);
  if (cached === undefined) {
    const parsed = parseCidr(text);
    cached = parsed.ok ? parsed.value : null;
    cidrCache.set(text, cached);
  }
  return cached ?? undefined;
}

/** True when the CIDR text contains the address (false for text that does not parse). */
export function contains(text: string, address: Address): boolean {
  const parsed = block(text);
  return parsed !== undefined && cidrContainsAddress(parsed, address);
}

/** Every IPv4 and IPv6 block of a VPC, as written. */
export function vpcBlocks(world: World, vpcId: string): string[] {
  const vpc = world.index.get(vpcId, 'vpc');
  return vpc ? [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlocks ?? [])] : [];
}

/** The interfaces of a resource, in the order of its subnets. */
export function enisOf(world: World, resourceId: string): readonly RefEni[] {
  return world.byOwner.get(resourceId) ?? [];
}

/** Computes a pure function of the document once per world (parsing and sorting, never a decision). */
export function memo<K, T>(world: World, kind: string, key: K, compute: (key: K) => T): T {
  let table = world.memo.get(kind);
  if (!table) world.memo.set(kind, (table = new Map()));
  if (!table.has(key)) table.set(key, compute(key));
  return table.get(key) as T;
}

/** The interface in this VPC whose private IPv4 (or IPv6) address is `address`. */
export function eniWithPrivateAddress(world: World, vpcId: string, address: Address): RefEni | undefined {
  return world.enis.find(
    (e) => e.subnet.vpc === vpcId && (address.version === 4 ? e.ipv4 === address.value : e.ipv6 === address.value),
  );
}

/** The interface reached from the internet at `address`: its public IPv4, or its IPv6 address. */
export function eniWithPublicAddress(world: World, address: Address): RefEni | undefined {
  return world.enis.find((e) => (address.version === 4 ? e.public4 === address.value : e.ipv6 === address.value));
}
