import {
  ROUTE_TARGET_TYPES,
  TYPE_LABEL,
  type DocumentIndex,
  type NaclRule,
  type Protocol,
  type Resource,
  type RouteTable,
} from '../../../../src/model/index.ts';
import { parseCidr, parseProtocol, hasPorts, serviceName, WELL_KNOWN_SERVICES } from '../../../../src/net/index.ts';
import type { Option } from '../fields/SelectField.tsx';
import { currentT } from '../../../i18n/use-t.ts';
import { useLanguage } from '../../../i18n/language-store.ts';

/**
 * Pure helpers behind the rules tables: rule numbering, evaluation order, route targets and
 * the read-only routes a table has without writing them.
 */

/**
 * The number a new NACL rule gets: the next multiple of 100 after the highest when every rule is
 * numbered in hundreds (AWS's habit), else the next multiple of 10; 100 for an empty list. When the
 * top is taken, the first free number.
 * @example nextRuleNumber([100, 200]) // 300
 * @example nextRuleNumber([90, 100]) // 110
 */
export function nextRuleNumber(rules: readonly Pick<NaclRule, 'rule'>[]): number {
  if (rules.length === 0) return 100;
  const numbers = rules.map((r) => r.rule);
  const step = numbers.every((n) => n % 100 === 0) ? 100 : 10;
  const next = (Math.floor(Math.max(...numbers) / step) + 1) * step;
  if (next <= 32766) return next;
  for (let n = 1; n <= 32766; n++) if (!numbers.includes(n)) return n;
  return 32766;
}

/** NACL rules in evaluation order (ascending number), each with its position in the document. */
export function inEvaluationOrder(rules: readonly NaclRule[]): { rule: NaclRule; index: number }[] {
  return rules.map((rule, index) => ({ rule, index })).sort((a, b) => a.rule.rule - b.rule.rule);
}

/**
 * The targets a route of this table may use: the gateways and connections of the table's VPC, its
 * instances (NAT instances), and blackhole. An egress-only gateway carries only IPv6, so it is
 * offered only for an IPv6 destination; a NAT gateway only IPv4 (no NAT64 here).
 */
export function routeTargetOptions(index: DocumentIndex, table: RouteTable, destination: string): Option[] {
  const parsed = parseCidr(destination);
  const list = index.get(destination, 'prefix-list');
  const version = parsed.ok ? parsed.value.version : list ? (list.addressFamily === 'IPv6' ? 6 : 4) : undefined;
  const options: Option[] = [];
  for (const { type, id } of targetsInVpc(index, table.vpc)) {
    if (type === 'egress-only-internet-gateway' && version !== 6) continue;
    if (type === 'nat-gateway' && version === 6) continue;
    options.push({ value: id, label: `${id} (${targetTypeWord(type)})` });
  }
  options.push(BLACKHOLE);
  return options;
}

/**
 * Where "Add route" starts in a route table: at 0.0.0.0/0 while the table has no default route,
 * with the target picked when exactly one gateway suits it (an internet or NAT gateway, or an
 * attached transit gateway, of the VPC; never a NAT gateway inside a subnet the table routes,
 * which would send its own traffic back to itself); else blank.
 */
export function defaultRouteStart(index: DocumentIndex, table: RouteTable): { destination: string; hop: string } {
  if (table.routes.some((route) => route.destination === '0.0.0.0/0')) return { destination: '', hop: '' };
  const routed = new Set(
    index
      .subnetsOfVpc(table.vpc)
      .filter((s) => (s.routeTable ?? index.mainRouteTable(s.vpc)?.id) === table.id)
      .map((s) => s.id),
  );
  const suitable = targetsInVpc(index, table.vpc).filter(({ type, id }) => {
    if (type === 'nat-gateway') return !routed.has(index.get(id, 'nat-gateway')?.subnet ?? '');
    return type === 'internet-gateway' || type === 'transit-gateway';
  });
  return { destination: '0.0.0.0/0', hop: suitable.length === 1 ? suitable[0]!.id : '' };
}

const BLACKHOLE: Option = { value: 'blackhole', label: 'blackhole (drop)' };

interface Target {
  readonly type: (typeof ROUTE_TARGET_TYPES)[number];
  readonly id: string;
}

/**
 * A target's kind in the page's language, worded when the options are asked for (the targets are
 * cached per document, the language may change): `igw (internet gateway)`, `igw (インターネットゲートウェイ)`.
 */
function targetTypeWord(type: Target['type']): string {
  if (useLanguage.getState().language === 'en') return TYPE_LABEL[type].toLowerCase();
  return currentT()(`palette:items.${type}`);
}

const targetsByIndex = new WeakMap<DocumentIndex, Map<string, readonly Target[]>>();

/**
 * Every route target of a VPC, found once per document and VPC: each route row asks, and on a
 * large design the search is a pass over every instance.
 */
function targetsInVpc(index: DocumentIndex, vpc: string): readonly Target[] {
  let byVpc = targetsByIndex.get(index);
  if (!byVpc) targetsByIndex.set(index, (byVpc = new Map()));
  let targets = byVpc.get(vpc);
  if (!targets) {
    const found: Target[] = [];
    for (const type of ROUTE_TARGET_TYPES) {
      const candidates = IN_SUBNET.has(type) ? residentsOf(index, vpc, type) : index.ofType(type);
      for (const resource of candidates) {
        if (!targetBelongs(index, resource, vpc)) continue;
        found.push({ type, id: resource.id });
      }
    }
    byVpc.set(vpc, (targets = found));
  }
  return targets;
}

/** Target types that live in one subnet: found through the VPC's subnets, not among every one in the document. */
const IN_SUBNET: ReadonlySet<string> = new Set(['instance', 'nat-gateway']);

/** The resources of a type in the VPC's subnets, in document order. */
function residentsOf(index: DocumentIndex, vpc: string, type: string): Resource[] {
  const found = new Set<Resource>();
  for (const subnet of index.subnetsOfVpc(vpc)) {
    for (const resource of index.resourcesInSubnet(subnet.id)) if (resource.type === type) found.add(resource);
  }
  const order = (r: Resource) => index.position.get(r.id) ?? Infinity;
  return [...found].sort((a, b) => order(a) - order(b));
}

function targetBelongs(index: DocumentIndex, resource: Resource, vpc: string): boolean {
  switch (resource.type) {
    case 'peering-connection':
      return resource.requester === vpc || resource.accepter === vpc;
    case 'transit-gateway':
      return resource.attachments.some((attachment) => attachment.vpc === vpc);
    default:
      return index.vpcOf(resource.id) === vpc;
  }
}

/** A route the table has without writing it: the local routes and gateway-endpoint prefix lists. */
export interface ImplicitRoute {
  readonly destination: string;
  readonly target: string;
  readonly note: string;
}

/** The local route of every VPC block, then one prefix-list route per gateway endpoint naming the table. */
export function implicitRoutes(index: DocumentIndex, table: RouteTable): ImplicitRoute[] {
  const vpc = index.get(table.vpc, 'vpc');
  const local = [...(vpc?.cidrBlocks ?? []), ...(vpc?.ipv6CidrBlocks ?? [])].map((block) => ({
    destination: block,
    target: 'local',
    note: currentT()('inspector:notes.localRoute'),
  }));
  const endpoints = index
    .ofType('vpc-endpoint')
    .filter((endpoint) => endpoint.kind === 'gateway' && endpoint.routeTables.includes(table.id))
    .map((endpoint) => ({
      destination: `pl-${endpoint.service}`,
      target: endpoint.id,
      note: currentT()('inspector:notes.prefixListRoute', { service: endpoint.service, id: endpoint.id }),
    }));
  return [...local, ...endpoints];
}

/** The protocol choices of a rule (names; an IANA number can be typed). */
export const PROTOCOL_SUGGESTIONS: readonly Option[] = [
  { value: 'tcp', label: 'TCP' },
  { value: 'udp', label: 'UDP' },
  { value: 'icmp', label: 'ICMP' },
  { value: 'icmpv6', label: 'ICMPv6' },
  { value: 'all', label: 'All traffic' },
];

/** Protocol text as the document stores it: a name stays a string, a number becomes a number. */
export function protocolValue(text: string): Protocol {
  const lower = text.toLowerCase();
  if (PROTOCOL_SUGGESTIONS.some((option) => option.value === lower)) return lower as Protocol;
  return Number(text);
}

/** True when a rule with this protocol carries ports (TCP and UDP). */
export function protocolHasPorts(protocol: Protocol): boolean {
  const parsed = parseProtocol(protocol);
  return parsed.ok && hasPorts(parsed.value);
}

/** The well-known service a single-port rule names ("HTTPS"), for a label next to the ports. */
export function serviceOf(protocol: Protocol, ports: string | undefined): string | undefined {
  if (ports === undefined || !/^\d+$/.test(ports)) return undefined;
  if (protocol !== 'tcp' && protocol !== 'udp') return undefined;
  return serviceName(protocol, Number(ports));
}

/** Suggestions for a ports field: every well-known service, valued by its port text. */
export const SERVICE_SUGGESTIONS: readonly Option[] = WELL_KNOWN_SERVICES.map((service) => ({
  value: service.ports,
  label: `${service.name} (${service.protocol})`,
}));
