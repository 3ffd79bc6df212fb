import type {
  Intent,
  Layout,
  NetworkAcl,
  Resource,
  Route,
  RouteTable,
  Subnet,
  TransitGatewayRoute,
  Vpc,
  VpcLabDocument,
} from '../../model/index.ts';
import { addRandomPrefixLists } from './random-prefix-lists.ts';
import { createPrng } from './prng.ts';
import type { Draft, SubnetDraft, VpcDraft } from './random-draft.ts';
import { drawTrafficResources } from './random-resources.ts';
import { drawTgwTables } from './random-tgw-tables.ts';
import { randomNaclRules, randomSgRules } from './random-rules.ts';

/** Knobs for `randomDocument`. */
export interface RandomDocumentOptions {
  /** Traffic endpoints besides NAT gateways (default: 2 to 8, drawn). */
  readonly endpoints?: number;
  /** Largest number of VPCs (default 3). */
  readonly maxVpcs?: number;
}

const AZS = ['a', 'b', 'c'] as const;

/**
 * A random, valid VPC Lab document for differential and metamorphic testing. The same seed
 * always gives the same document. Draws are constrained so the document validates (no
 * overlapping VPCs, targets in the right VPC, distinct AZs where AWS requires them); the
 * generator's own test checks that `validateDocument` finds no error for many seeds.
 * @example randomDocument(7).resources.length // the same number every run
 */
export function randomDocument(seed: number, options: RandomDocumentOptions = {}): VpcLabDocument {
  const rng = createPrng(seed);
  const draft: Draft = { rng, vpcs: [], onPrem: [], tgw: undefined, resources: [] };
  drawVpcs(draft, rng.int(1, options.maxVpcs ?? 3));
  drawConnections(draft);
  for (const vpc of draft.vpcs) {
    for (let i = 1; i <= rng.int(1, 3); i++) vpc.groups.push(`sg-${vpc.id}-${i}`);
  }
  drawTrafficResources(draft, options.endpoints ?? rng.int(2, 8));
  const tables = drawRouteTables(draft);
  const nacls = drawNacls(draft);
  drawGatewayEndpoints(draft);
  drawTransitGateway(draft);
  drawSecurityGroups(draft);
  const subnets: Resource[] = draft.vpcs.flatMap((vpc) =>
    vpc.subnets.map((subnet) => {
      const resource: Subnet = { id: subnet.id, type: 'subnet', vpc: vpc.id, cidr: subnet.cidr, az: subnet.az };
      if (subnet.ipv6Cidr !== undefined) resource.ipv6Cidr = subnet.ipv6Cidr;
      const table = tables.get(subnet.id);
      if (table !== undefined) resource.routeTable = table;
      const nacl = nacls.get(subnet.id);
      if (nacl !== undefined) resource.networkAcl = nacl;
      return resource;
    }),
  );
  const resources = [
    ...draft.resources.filter((r) => r.type === 'vpc'),
    ...subnets,
    ...draft.resources.filter((r) => r.type !== 'vpc'),
  ];
  addRandomPrefixLists(draft, resources, seed);
  drawTgwTables(seed, resources);
  return {
    format: 'vpclab',
    version: 2,
    name: `Random design ${seed}`,
    resources,
    intents: drawIntents(draft),
    layout: drawLayout(draft),
  };
}

function drawVpcs(draft: Draft, count: number): void {
  const { rng } = draft;
  const seconds = rng.shuffle(Array.from({ length: 200 }, (_, i) => i + 1)).slice(0, count);
  seconds.forEach((x, i) => {
    const id = `vpc-${i + 1}`;
    const ipv6 = rng.chance(0.5) ? `2600:1f18:${(0x1000 + x).toString(16)}::/56` : undefined;
    const secondary = rng.chance(0.25) ? `172.16.${x}.0/24` : undefined;
    const subnets: SubnetDraft[] = [];
    const subnetCount = rng.int(1, 4);
    for (let k = 1; k <= subnetCount; k++) {
      const withV6 = ipv6 !== undefined && rng.chance(0.8);
      // The last subnet sometimes lives in the secondary block.
      const inSecondary = secondary !== undefined && k === subnetCount && k > 1;
      subnets.push({
        id: `${id}-sn-${k}`,
        vpc: id,
        cidr: inSecondary ? `172.16.${x}.0/26` : `10.${x}.${k}.0/24`,
        ipv6Cidr: withV6 ? `2600:1f18:${(0x1000 + x).toString(16)}:${k.toString(16)}::/64` : undefined,
        az: rng.pick(AZS),
        hostBase: inSecondary ? `172.16.${x}.` : `10.${x}.${k}.`,
      });
    }
    const vpc: VpcDraft = {
      id,
      cidr: `10.${x}.0.0/16`,
      secondary,
      ipv6,
      subnets,
      igw: undefined,
      eigw: undefined,
      vgw: undefined,
      natGateways: [],
      natInstances: [],
      routableInstances: [],
      groups: [],
      tables: [],
      peers: new Map(),
      tgwAttached: false,
    };
    draft.vpcs.push(vpc);
    const resource: Vpc = { id, type: 'vpc', cidrBlocks: secondary === undefined ? [vpc.cidr] : [vpc.cidr, secondary] };
    if (ipv6 !== undefined) resource.ipv6CidrBlocks = [ipv6];
    draft.resources.push(resource);
  });
}

/** Gateways, peering, transit gateway attachments and on-premises networks. */
function drawConnections(draft: Draft): void {
  const { rng, vpcs, resources } = draft;
  for (const vpc of vpcs) {
    if (rng.chance(0.8)) {
      vpc.igw = `igw-${vpc.id}`;
      resources.push({ id: vpc.igw, type: 'internet-gateway', vpc: vpc.id });
    }
    if (vpc.ipv6 !== undefined && rng.chance(0.5)) {
      vpc.eigw = `eigw-${vpc.id}`;
      resources.push({ id: vpc.eigw, type: 'egress-only-internet-gateway', vpc: vpc.id });
    }
  }
  vpcs.forEach((a, i) =>
    vpcs.slice(i + 1).forEach((b) => {
      if (!rng.chance(0.5)) return;
      const id = `pcx-${a.id}-${b.id}`;
      a.peers.set(b.id, id);
      b.peers.set(a.id, id);
      resources.push({ id, type: 'peering-connection', requester: a.id, accepter: b.id });
    }),
  );
  if (rng.chance(0.45)) {
    draft.tgw = 'tgw';
    for (const vpc of vpcs) vpc.tgwAttached = rng.chance(0.75);
    if (!vpcs.some((v) => v.tgwAttached)) vpcs[0]!.tgwAttached = true;
  }
  const vgwVpc = rng.chance(0.35) ? rng.pick(vpcs) : undefined;
  if (vgwVpc) {
    vgwVpc.vgw = `vgw-${vgwVpc.id}`;
    resources.push({ id: vgwVpc.vgw, type: 'vpn-gateway', vpc: vgwVpc.id });
    const cidrs = rng.chance(0.3) ? ['192.168.10.0/24', '2001:db8:10::/48'] : ['192.168.10.0/24'];
    draft.onPrem.push({ id: 'office', cidrs, via: vgwVpc.vgw });
  }
  if (draft.tgw !== undefined && rng.chance(0.5)) {
    const cidrs = rng.chance(0.3) ? ['192.168.20.0/24', '2001:db8:20::/48'] : ['192.168.20.0/24'];
    draft.onPrem.push({ id: 'datacenter', cidrs, via: draft.tgw });
  }
  for (const network of draft.onPrem) {
    const link = rng.chance(0.5) ? 'site-to-site-vpn' : 'direct-connect';
    resources.push({ id: network.id, type: 'on-premises', cidrs: network.cidrs, via: network.via, link });
  }
}

/** Route tables per VPC; returns the table chosen for each subnet (absent: the main table). */
function drawRouteTables(draft: Draft): Map<string, string> {
  const { rng } = draft;
  const chosen = new Map<string, string>();
  for (const vpc of draft.vpcs) {
    const count = rng.int(1, 3);
    const hasMain = rng.chance(0.5);
    for (let i = 1; i <= count; i++) {
      const id = `rt-${vpc.id}-${i}`;
      vpc.tables.push(id);
      const table: RouteTable = { id, type: 'route-table', vpc: vpc.id, routes: drawRoutes(draft, vpc) };
      if (hasMain && i === 1) table.main = true;
      draft.resources.push(table);
    }
    for (const subnet of vpc.subnets) if (rng.chance(0.65)) chosen.set(subnet.id, rng.pick(vpc.tables));
  }
  return chosen;
}

function drawRoutes(draft: Draft, vpc: VpcDraft): Route[] {
  const { rng } = draft;
  const tgw = vpc.tgwAttached ? draft.tgw : undefined;
  const options = (...targets: (string | undefined)[]) => targets.filter((t): t is string => t !== undefined);
  const candidates: [string, string[]][] = [
    [
      '0.0.0.0/0',
      options(vpc.igw, vpc.igw, ...vpc.natGateways, ...vpc.natInstances, ...vpc.routableInstances, tgw, 'blackhole'),
    ],
    ['203.0.113.0/24', options(vpc.igw, 'blackhole')],
    ['52.216.0.0/15', options(vpc.igw, 'blackhole', tgw)],
  ];
  if (vpc.ipv6 !== undefined) candidates.push(['::/0', options(vpc.igw, vpc.eigw, vpc.eigw, 'blackhole', tgw)]);
  for (const other of draft.vpcs) {
    if (other === vpc) continue;
    const peering = vpc.peers.get(other.id);
    const remote = options(peering, peering, other.tgwAttached ? tgw : undefined, 'blackhole');
    candidates.push([other.cidr, remote]);
    if (other.secondary !== undefined) candidates.push([other.secondary, remote]);
    const first = other.subnets[0];
    if (first && rng.chance(0.3)) candidates.push([first.cidr, remote]);
    if (vpc.ipv6 !== undefined && other.ipv6 !== undefined) {
      candidates.push([other.ipv6, options(peering, other.tgwAttached ? tgw : undefined)]);
    }
  }
  for (const network of draft.onPrem) {
    const via = network.via === vpc.vgw ? vpc.vgw : network.via === draft.tgw ? tgw : undefined;
    for (const cidr of network.cidrs) candidates.push([cidr, options(via, via, vpc.vgw, tgw)]);
  }
  const routes: Route[] = [];
  // Most VPCs with an internet gateway have a working public table, so internet flows get past routing.
  const igw = vpc.igw;
  if (igw !== undefined && vpc.tables.length === 1 && rng.chance(0.8)) {
    routes.push({ destination: '0.0.0.0/0', target: igw });
    candidates.shift();
  }
  for (const [destination, targets] of candidates) {
    if (targets.length === 0 || !rng.chance(0.6)) continue;
    routes.push({ destination, target: rng.pick(targets) });
  }
  return routes;
}

/** NACLs per VPC; returns the NACL chosen for each subnet (absent: the default NACL). */
function drawNacls(draft: Draft): Map<string, string> {
  const { rng } = draft;
  const chosen = new Map<string, string>();
  for (const vpc of draft.vpcs) {
    const ids: string[] = [];
    const count = rng.int(0, 2);
    for (let i = 1; i <= count; i++) {
      const id = `acl-${vpc.id}-${i}`;
      ids.push(id);
      const nacl: NetworkAcl = {
        id,
        type: 'network-acl',
        vpc: vpc.id,
        inbound: randomNaclRules(draft),
        outbound: randomNaclRules(draft),
      };
      if (i === 1 && rng.chance(0.4)) nacl.default = true;
      draft.resources.push(nacl);
    }
    if (ids.length === 0) continue;
    for (const subnet of vpc.subnets) if (rng.chance(0.7)) chosen.set(subnet.id, rng.pick(ids));
  }
  return chosen;
}

function drawGatewayEndpoints(draft: Draft): void {
  const { rng } = draft;
  for (const vpc of draft.vpcs) {
    for (const service of ['s3', 'dynamodb'] as const) {
      if (!rng.chance(0.3)) continue;
      const hasMain = draft.resources.some((r) => r.type === 'route-table' && r.vpc === vpc.id && r.main === true);
      const pool = hasMain ? vpc.tables : [...vpc.tables, `${vpc.id}/main`];
      const routeTables = rng.subset(pool, 0.5);
      draft.resources.push({
        id: `vpce-${service}-${vpc.id}`,
        type: 'vpc-endpoint',
        kind: 'gateway',
        vpc: vpc.id,
        service,
        routeTables: routeTables.length > 0 ? routeTables : [rng.pick(pool)],
      });
    }
  }
}

/** The transit gateway: attachments (sometimes missing an AZ) and static routes, blackholes included. */
function drawTransitGateway(draft: Draft): void {
  const { rng } = draft;
  if (draft.tgw === undefined) return;
  const attached = draft.vpcs.filter((v) => v.tgwAttached);
  const attachments = attached.map((vpc) => {
    const subnets: SubnetDraft[] = [];
    for (const subnet of rng.shuffle(vpc.subnets)) {
      if (!subnets.some((s) => s.az === subnet.az) && (subnets.length === 0 || rng.chance(0.6))) subnets.push(subnet);
    }
    return { vpc: vpc.id, subnets: subnets.map((s) => s.id) };
  });
  const targets = [...attached.map((v) => v.id), ...draft.onPrem.filter((o) => o.via === draft.tgw).map((o) => o.id)];
  const destinations = [
    '0.0.0.0/0',
    ...draft.vpcs.map((v) => v.cidr),
    ...draft.vpcs.flatMap((v) => v.subnets.slice(0, 1).map((s) => s.cidr)),
    ...draft.onPrem.flatMap((o) => o.cidrs),
    ...draft.vpcs.flatMap((v) => (v.ipv6 === undefined ? [] : [v.ipv6])),
  ];
  const routes: TransitGatewayRoute[] = rng
    .shuffle(destinations)
    .slice(0, rng.int(0, 3))
    .map((destination) => ({ destination, attachment: rng.chance(0.35) ? 'blackhole' : rng.pick(targets) }));
  draft.resources.push({ id: draft.tgw, type: 'transit-gateway', attachments, routes });
}

function drawSecurityGroups(draft: Draft): void {
  for (const vpc of draft.vpcs) {
    for (const id of vpc.groups) {
      draft.resources.push({
        id,
        type: 'security-group',
        vpc: vpc.id,
        inbound: randomSgRules(draft, vpc, 'inbound'),
        outbound: randomSgRules(draft, vpc, 'outbound'),
      });
    }
  }
}

function drawIntents(draft: Draft): Intent[] {
  const { rng } = draft;
  const ids = draft.resources
    .filter((r) => r.type === 'instance' || r.type === 'database' || r.type === 'on-premises')
    .map((r) => r.id);
  const ends = [...ids, 'internet'];
  return Array.from({ length: rng.int(0, 2) }, (_, i) => ({
    id: `intent-${i + 1}`,
    from: rng.pick(ends),
    to: rng.pick(ids.length > 0 ? ids : ends),
    protocol: 'tcp',
    port: rng.pick([22, 443, 5432]),
    expect: rng.chance(0.5) ? 'allowed' : 'blocked',
  }));
}

function drawLayout(draft: Draft): Layout {
  const layout: Layout = {};
  draft.vpcs.forEach((vpc, i) => {
    layout[vpc.id] = { x: i * 900, y: 0, width: 850, height: 600 };
    vpc.subnets.forEach((subnet, k) => (layout[subnet.id] = { x: i * 900 + 20, y: 40 + k * 140 }));
  });
  for (const resource of draft.resources.slice(0, 6)) layout[resource.id] ??= { x: 10, y: 10 };
  return layout;
}
