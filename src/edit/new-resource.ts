import {
  isPublicSubnet,
  indexDocument,
  subnetsOf,
  typeWord,
  type DocumentIndex,
  type LayoutEntry,
  type Resource,
  type ResourceType,
  type Subnet,
  type Vpc,
  type VpcLabDocument,
} from '../model/index.ts';
import { cidr4, cidrOverlaps, firstFreeBlock, formatCidr, parseCidr, type Cidr, type Cidr4 } from '../net/index.ts';
import { firstOrNextTgwTable } from './transit-tables.ts';
import type { NewResourceRequest } from './types.ts';

/** What `newResource` builds: a resource ready for `add-resource`, and where to draw it when that is known. */
export type NewResourceResult =
  | { readonly resource: Resource; readonly layout?: LayoutEntry; readonly error?: undefined }
  | { readonly error: string };

/** Sizes the canvas draws by default; the scenarios use the same grid (340 x 190 subnets, 105 px apart leaves). */
export const DEFAULT_SIZES = {
  vpc: { width: 800, height: 370 },
  subnet: { width: 340, height: 190 },
} as const;

/** Readable id prefixes per type: `vpc-1`, `subnet-2`, `web-3`. */
const ID_PREFIX: Readonly<Record<ResourceType, string>> = {
  vpc: 'vpc',
  subnet: 'subnet',
  'route-table': 'rt',
  'network-acl': 'nacl',
  'security-group': 'sg',
  'internet-gateway': 'igw',
  'egress-only-internet-gateway': 'eigw',
  'nat-gateway': 'nat',
  'vpn-gateway': 'vgw',
  'on-premises': 'office',
  'peering-connection': 'pcx',
  'transit-gateway': 'tgw',
  'transit-gateway-route-table': 'tgw-rtb',
  'vpc-endpoint': 'vpce',
  instance: 'web',
  database: 'db',
  'load-balancer': 'alb',
  lambda: 'fn',
  'prefix-list': 'pl',
};

/**
 * Builds a new resource of the requested type with a fresh id and sensible defaults, placed in
 * the selected container when that fits (a subnet in the selected VPC, an instance in the
 * selected subnet), else where it fits best. The result always keeps a valid document valid;
 * when no valid place exists the reason comes back as `error`, a sentence a person can act on.
 * @example newResource(doc, { type: 'subnet', container: 'vpc-main' }) // { resource: { id: 'subnet-1', cidr: '10.0.0.0/24', az: 'a', ... } }
 */
export function newResource(document: VpcLabDocument, request: NewResourceRequest): NewResourceResult {
  const context = new Context(document, request);
  return build(context, request.type);
}

/** Everything a builder needs: the index, the ids taken, and the container the request points at. */
class Context {
  readonly index: DocumentIndex;
  readonly layout: Readonly<Record<string, LayoutEntry>>;
  private readonly taken: Set<string>;

  constructor(
    readonly document: VpcLabDocument,
    readonly request: NewResourceRequest,
  ) {
    this.index = indexDocument(document);
    this.layout = document.layout ?? {};
    this.taken = new Set(document.resources.map((r) => r.id));
  }

  freshId(type: ResourceType): string {
    const prefix = ID_PREFIX[type];
    for (let n = 1; ; n++) {
      if (!this.taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
    }
  }

  /** The VPC the request points at: the selected VPC, the VPC of the selected thing, else the first VPC. */
  vpc(): Vpc | undefined {
    const container = this.request.container;
    const vpcId = container === undefined ? undefined : this.index.vpcOf(container);
    return (vpcId === undefined ? undefined : this.index.get(vpcId, 'vpc')) ?? this.index.ofType('vpc')[0];
  }

  /** The subnet the request points at: the selected subnet, or the subnet of the selected resource. */
  selectedSubnet(): Subnet | undefined {
    const container = this.request.container;
    if (container === undefined) return undefined;
    const subnet = this.index.get(container, 'subnet');
    if (subnet) return subnet;
    const resource = this.index.byId.get(container);
    const first = resource ? subnetsOf(resource)[0] : undefined;
    return first === undefined ? undefined : this.index.get(first, 'subnet');
  }

  /**
   * Subnets for a resource, best first: the selected one, then subnets of its VPC (public or
   * private first as asked), one per AZ when `distinctAzs`.
   */
  subnets(prefer: 'public' | 'private' | 'any', count: number): Subnet[] {
    const selected = this.selectedSubnet();
    const pointed = selected ? this.index.get(selected.vpc, 'vpc') : this.vpc();
    // Nothing selected and the first VPC is still empty: any VPC with subnets is a sensible place.
    const vpc =
      pointed && (this.request.container !== undefined || this.index.subnetsOfVpc(pointed.id).length > 0)
        ? pointed
        : (this.index.ofType('vpc').find((v) => this.index.subnetsOfVpc(v.id).length > 0) ?? pointed);
    if (!vpc) return [];
    const score = (subnet: Subnet): number => {
      if (prefer === 'any') return 0;
      return isPublicSubnet(this.index, subnet) === (prefer === 'public') ? 0 : 1;
    };
    const candidates = [...this.index.subnetsOfVpc(vpc.id)].sort((a, b) => score(a) - score(b));
    const chosen: Subnet[] = selected ? [selected] : [];
    for (const subnet of candidates) {
      if (chosen.length >= count) break;
      if (chosen.some((c) => c.id === subnet.id || c.az === subnet.az)) continue;
      chosen.push(subnet);
    }
    return chosen;
  }

  /** A point-sized layout entry: the drop point when there is one, else `fallback`. */
  place(fallback: LayoutEntry | undefined, size?: { width: number; height: number }): LayoutEntry | undefined {
    const position = this.request.position;
    const base = position ? { x: snap(position.x), y: snap(position.y) } : fallback;
    if (!base) return undefined;
    return size ? { x: base.x, y: base.y, ...size } : { x: base.x, y: base.y };
  }

  /** The next free slot for a leaf resource inside a subnet's box (rows of three, 105 px apart). */
  slotInSubnet(subnet: Subnet): LayoutEntry | undefined {
    const box = this.layout[subnet.id];
    if (!box) return undefined;
    const used = this.index.resourcesInSubnet(subnet.id).filter((r) => this.layout[r.id] !== undefined).length;
    const perRow = Math.max(1, Math.floor(((box.width ?? DEFAULT_SIZES.subnet.width) - 20) / 105));
    return { x: box.x + 20 + (used % perRow) * 105, y: box.y + 80 + Math.floor(used / perRow) * 90 };
  }

  /** The next place on a VPC's edge: internet-facing gateways on the top edge, others on the left. */
  slotOnVpcEdge(vpc: Vpc, edge: 'top' | 'left' | 'right'): LayoutEntry | undefined {
    const box = this.layout[vpc.id];
    if (!box) return undefined;
    const onEdge = this.index.resources.filter((r) => this.index.vpcOf(r.id) === vpc.id && isEdgeType(r.type, edge));
    const used = onEdge.filter((r) => this.layout[r.id] !== undefined).length;
    if (edge === 'top') return { x: box.x + 60 + used * 110, y: box.y - 30 };
    if (edge === 'left') return { x: box.x - 44, y: box.y + 80 + used * 90 };
    return { x: box.x + (box.width ?? DEFAULT_SIZES.vpc.width) - 44, y: box.y + 80 + used * 90 };
  }
}

function isEdgeType(type: ResourceType, edge: 'top' | 'left' | 'right'): boolean {
  if (edge === 'top') return type === 'internet-gateway' || type === 'egress-only-internet-gateway';
  if (edge === 'left') return type === 'vpn-gateway';
  return type === 'vpc-endpoint';
}

const snap = (value: number): number => Math.round(value / 10) * 10;

function noVpc(type: ResourceType): NewResourceResult {
  return { error: `Add a VPC first: ${aWord(type)} belongs to a VPC.` };
}

function noSubnet(type: ResourceType): NewResourceResult {
  return { error: `Add a subnet first: ${aWord(type)} lives in a subnet.` };
}

function aWord(type: ResourceType): string {
  const word = typeWord(type);
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function withLayout(resource: Resource, layout: LayoutEntry | undefined): NewResourceResult {
  return layout ? { resource, layout } : { resource };
}

function build(context: Context, type: ResourceType): NewResourceResult {
  const id = context.freshId(type);
  switch (type) {
    case 'vpc':
      return newVpc(context, id);
    case 'subnet':
      return newSubnet(context, id);
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'vpn-gateway':
      return newGateway(context, id, type);
    case 'route-table':
    case 'network-acl':
    case 'security-group':
      return newPolicy(context, id, type);
    case 'nat-gateway':
    case 'instance':
    case 'lambda': {
      const subnet = context.subnets(type === 'nat-gateway' ? 'public' : 'any', 1)[0];
      if (!subnet) return context.vpc() ? noSubnet(type) : noVpc(type);
      const layout = context.place(context.slotInSubnet(subnet));
      if (type === 'nat-gateway') return withLayout({ id, type, subnet: subnet.id }, layout);
      if (type === 'instance') return withLayout({ id, type, subnet: subnet.id }, layout);
      return withLayout({ id, type, subnets: [subnet.id] }, layout);
    }
    case 'database': {
      const subnets = context.subnets('private', 2);
      const first = subnets[0];
      if (!first) return context.vpc() ? noSubnet(type) : noVpc(type);
      const layout = context.place(context.slotInSubnet(first));
      return withLayout({ id, type, engine: 'postgres', subnets: subnets.map((s) => s.id) }, layout);
    }
    case 'load-balancer': {
      const subnets = context.subnets('public', 2);
      const first = subnets[0];
      if (!first) return context.vpc() ? noSubnet(type) : noVpc(type);
      const isPublic = subnets.every((s) => isPublicSubnet(context.index, s));
      const resource: Resource = {
        id,
        type,
        kind: 'application',
        scheme: isPublic ? 'internet-facing' : 'internal',
        subnets: subnets.map((s) => s.id),
        listeners: [{ protocol: 'http', port: 80 }],
        targets: [],
      };
      return withLayout(resource, context.place(context.slotInSubnet(first)));
    }
    case 'vpc-endpoint':
      return newEndpoint(context, id);
    case 'on-premises':
      return newOnPremises(context, id);
    case 'peering-connection':
      return newPeering(context, id);
    case 'transit-gateway':
      return newTransitGateway(context, id);
    case 'prefix-list':
      return newPrefixList(context, id);
    case 'transit-gateway-route-table':
      return newTransitGatewayRouteTable(context, id);
  }
}

function newVpc(context: Context, id: string): NewResourceResult {
  const used = usedBlocks(context.document);
  let block: Cidr4 | undefined;
  for (let second = 0; second < 256 && !block; second++) {
    const candidate = cidr4(((10 << 24) | (second << 16)) >>> 0, 16);
    if (!used.some((b) => cidrOverlaps(b, candidate))) block = candidate;
  }
  if (!block) return { error: 'Every 10.x.0.0/16 block is taken; free one before adding a VPC.' };
  const boxes = context.index.ofType('vpc').flatMap((vpc) => context.layout[vpc.id] ?? []);
  const right = boxes.reduce((max, box) => Math.max(max, box.x + (box.width ?? DEFAULT_SIZES.vpc.width)), -200);
  const top = boxes.reduce((min, box) => Math.min(min, box.y), Infinity);
  const fallback = { x: right + 200, y: Number.isFinite(top) ? top : 0 };
  return withLayout({ id, type: 'vpc', cidrBlocks: [formatCidr(block)] }, context.place(fallback, DEFAULT_SIZES.vpc));
}

/** Every IPv4 block in use by a VPC or an on-premises network (new blocks must not overlap them). */
function usedBlocks(document: VpcLabDocument): Cidr4[] {
  const texts = document.resources.flatMap((r) =>
    r.type === 'vpc' ? r.cidrBlocks : r.type === 'on-premises' ? r.cidrs : [],
  );
  return texts.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok && parsed.value.version === 4 ? [parsed.value] : [];
  });
}

function newSubnet(context: Context, id: string): NewResourceResult {
  const vpc = context.vpc();
  if (!vpc) return noVpc('subnet');
  const siblings = context.index.subnetsOfVpc(vpc.id);
  const taken = siblings.flatMap((s): Cidr[] => {
    const parsed = parseCidr(s.cidr);
    return parsed.ok ? [parsed.value] : [];
  });
  const cidr = nextFreeBlock(vpc, taken);
  if (!cidr) return { error: `VPC "${vpc.id}" has no free address block left for another subnet.` };
  const subnet: Subnet = { id, type: 'subnet', vpc: vpc.id, cidr, az: nextAz(context.document, siblings) };
  return withLayout(subnet, context.place(subnetSlot(context, vpc, siblings), DEFAULT_SIZES.subnet));
}

/** The first /24 (or smaller, in a small VPC) inside the VPC's blocks that no sibling uses. */
function nextFreeBlock(vpc: Vpc, taken: readonly Cidr[]): string | undefined {
  const blocks = vpc.cidrBlocks.flatMap((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? [parsed.value] : [];
  });
  // A /24 in the usual /16; a quarter of a smaller VPC, never smaller than AWS's /28.
  const found = firstFreeBlock(blocks, taken, (block) => (block.prefix <= 22 ? 24 : Math.min(28, block.prefix + 2)));
  return found && formatCidr(found);
}

/**
 * The AZ for a new subnet: the VPC's subnets alternate between two AZs (a, b, a, b), the two
 * most designs span; when one of them has fewer subnets it comes first. Written in the VPC's
 * style (`a` or `ap-northeast-1a`), else the document's.
 */
function nextAz(document: VpcLabDocument, siblings: readonly Subnet[]): string {
  const regional = (s: Subnet) => /^[a-z]{2}(-[a-z]+)+-\d+[a-z]$/.test(s.az);
  const styled =
    siblings.length > 0
      ? siblings.find(regional)
      : document.resources.find((r): r is Subnet => r.type === 'subnet' && regional(r));
  const region = styled ? styled.az.slice(0, -1) : '';
  const letters = ['a', 'b'];
  const count = (letter: string) => siblings.filter((s) => s.az === region + letter).length;
  const best = letters.reduce((a, b) => (count(b) < count(a) ? b : a));
  return region + best;
}

/** The first 340 x 190 slot inside the VPC's box (two or more per row) that overlaps no sibling subnet. */
function subnetSlot(context: Context, vpc: Vpc, siblings: readonly Subnet[]): LayoutEntry | undefined {
  const box = context.layout[vpc.id];
  if (!box) return undefined;
  const { width, height } = DEFAULT_SIZES.subnet;
  const perRow = Math.max(2, Math.floor(((box.width ?? DEFAULT_SIZES.vpc.width) - 40) / (width + 40)));
  const boxes = siblings.flatMap((s) => context.layout[s.id] ?? []);
  for (let slot = 0; ; slot++) {
    const x = box.x + 40 + (slot % perRow) * (width + 40);
    const y = box.y + 80 + Math.floor(slot / perRow) * (height + 40);
    const overlaps = boxes.some(
      (b) => x < b.x + (b.width ?? width) && b.x < x + width && y < b.y + (b.height ?? height) && b.y < y + height,
    );
    if (!overlaps) return { x, y };
  }
}

function newGateway(
  context: Context,
  id: string,
  type: 'internet-gateway' | 'egress-only-internet-gateway' | 'vpn-gateway',
): NewResourceResult {
  const vpc = context.vpc();
  if (!vpc) return noVpc(type);
  if (type !== 'egress-only-internet-gateway') {
    const existing = context.index.ofType(type).find((g) => g.vpc === vpc.id);
    if (existing) {
      return { error: `VPC "${vpc.id}" already has ${aWord(type)} ("${existing.id}"); a VPC can have only one.` };
    }
  }
  const edge = type === 'vpn-gateway' ? 'left' : 'top';
  return withLayout({ id, type, vpc: vpc.id }, context.place(context.slotOnVpcEdge(vpc, edge)));
}

function newPolicy(
  context: Context,
  id: string,
  type: 'route-table' | 'network-acl' | 'security-group',
): NewResourceResult {
  const vpc = context.vpc();
  if (!vpc) return noVpc(type);
  if (type === 'route-table') return { resource: { id, type, vpc: vpc.id, routes: [] } };
  // A custom NACL denies everything until rules are added, as in AWS.
  if (type === 'network-acl') return { resource: { id, type, vpc: vpc.id, inbound: [], outbound: [] } };
  // A new security group admits nothing and allows all outbound traffic, as in AWS.
  return {
    resource: { id, type, vpc: vpc.id, inbound: [], outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }] },
  };
}

function newEndpoint(context: Context, id: string): NewResourceResult {
  const subnet = context.selectedSubnet();
  if (subnet) {
    const resource: Resource = {
      id,
      type: 'vpc-endpoint',
      vpc: subnet.vpc,
      kind: 'interface',
      service: 's3',
      subnets: [subnet.id],
    };
    return withLayout(resource, context.place(context.slotInSubnet(subnet)));
  }
  const vpc = context.vpc();
  if (!vpc) return noVpc('vpc-endpoint');
  // A gateway endpoint starts on no route table: routing changes only when a person picks one.
  const resource: Resource = { id, type: 'vpc-endpoint', vpc: vpc.id, kind: 'gateway', service: 's3', routeTables: [] };
  return withLayout(resource, context.place(context.slotOnVpcEdge(vpc, 'right')));
}

function newOnPremises(context: Context, id: string): NewResourceResult {
  const vpc = context.vpc();
  const vgws = context.index.ofType('vpn-gateway');
  const via = vgws.find((g) => g.vpc === vpc?.id) ?? vgws[0] ?? context.index.ofType('transit-gateway')[0];
  if (!via) {
    return { error: 'Add a VPN gateway or a transit gateway first: an on-premises network connects through one.' };
  }
  const used = usedBlocks(context.document);
  let block: Cidr4 | undefined;
  for (let third = 0; third < 256 && !block; third++) {
    const candidate = cidr4(((192 << 24) | (168 << 16) | (third << 8)) >>> 0, 24);
    if (!used.some((b) => cidrOverlaps(b, candidate))) block = candidate;
  }
  if (!block) return { error: 'Every 192.168.x.0/24 block is taken; free one before adding an on-premises network.' };
  const gatewayBox = context.layout[via.id];
  const fallback = gatewayBox ? { x: gatewayBox.x - 300, y: gatewayBox.y } : undefined;
  const resource: Resource = {
    id,
    type: 'on-premises',
    cidrs: [formatCidr(block)],
    via: via.id,
    link: 'site-to-site-vpn',
  };
  return withLayout(resource, context.place(fallback));
}

function newPeering(context: Context, id: string): NewResourceResult {
  const vpcs = context.index.ofType('vpc');
  if (vpcs.length < 2) return { error: 'A peering connection joins two VPCs: add a second VPC first.' };
  const requester = context.vpc() ?? vpcs[0]!;
  const blocksOf = (vpc: Vpc) =>
    vpc.cidrBlocks.flatMap((text) => {
      const parsed = parseCidr(text);
      return parsed.ok ? [parsed.value] : [];
    });
  const mine = blocksOf(requester);
  const peered = context.index.peeredVpcs(requester.id);
  const accepter = vpcs.find(
    (vpc) =>
      vpc.id !== requester.id &&
      !peered.has(vpc.id) &&
      !blocksOf(vpc).some((block) => mine.some((other) => cidrOverlaps(block, other))),
  );
  if (!accepter) {
    return {
      error: `VPC "${requester.id}" has no other VPC to peer with: each is already peered or overlaps its addresses.`,
    };
  }
  return { resource: { id, type: 'peering-connection', requester: requester.id, accepter: accepter.id } };
}

/** A table below its transit gateway, one slot to the right per table it already has. */
function newTransitGatewayRouteTable(context: Context, id: string): NewResourceResult {
  const built = firstOrNextTgwTable(context.document, context.request.container, id);
  if ('error' in built) return built;
  const owner = context.layout[built.table.transitGateway];
  const siblings = context.index
    .ofType('transit-gateway-route-table')
    .filter((t) => t.transitGateway === built.table.transitGateway).length;
  const fallback = owner ? { x: owner.x - 60 + siblings * 150, y: owner.y + 120 } : undefined;
  return withLayout(built.table, context.place(fallback));
}

function newTransitGateway(context: Context, id: string): NewResourceResult {
  const boxes = context.index.ofType('vpc').flatMap((vpc) => context.layout[vpc.id] ?? []);
  const bottom = boxes.reduce((max, box) => Math.max(max, box.y + (box.height ?? DEFAULT_SIZES.vpc.height)), -Infinity);
  const left = boxes.reduce((min, box) => Math.min(min, box.x), Infinity);
  const fallback = Number.isFinite(bottom) ? { x: left + 360, y: bottom + 120 } : undefined;
  // No attachments yet: attaching changes routing, so a person picks the VPCs and subnets.
  return withLayout({ id, type: 'transit-gateway', attachments: [] }, context.place(fallback));
}

/**
 * A prefix list starts as an empty IPv4 list with room for ten entries; it is not drawn inside a VPC
 * (any VPC may name it), and its entries are typed in the inspector.
 */
function newPrefixList(_context: Context, id: string): NewResourceResult {
  return { resource: { id, type: 'prefix-list', addressFamily: 'IPv4', entries: [], maxEntries: 10 } };
}
