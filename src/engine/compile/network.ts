import {
  effectiveNetworkAcl,
  effectiveRouteTable,
  namesPrefixList,
  findInterface,
  type DocumentIndex,
  type RouteTable,
} from '../../model/index.ts';
import { formatCidr, type Cidr4, type Cidr6 } from '../../net/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import type {
  AwsService,
  CNacl,
  CRoute,
  CRouteTable,
  CSecurityGroup,
  CSubnet,
  CVpc,
  RouteTarget,
} from '../compiled.ts';
import { compareRoutes } from '../routing.ts';
import { prefixListBlocks } from './prefix-lists.ts';
import { block, compileNaclRules, compileSgRules } from './rules.ts';

/** VPCs with their blocks and gateways; subnets, peerings and attachments are filled in later. */
export function compileVpcs(index: DocumentIndex): Map<string, CVpc> {
  const vpcs = new Map<string, CVpc>();
  for (const vpc of index.ofType('vpc')) {
    if (vpcs.has(vpc.id)) continue;
    const blocks4 = vpc.cidrBlocks.map(block).filter((b): b is Cidr4 => b?.version === 4);
    const blocks6 = (vpc.ipv6CidrBlocks ?? []).map(block).filter((b): b is Cidr6 => b?.version === 6);
    vpcs.set(vpc.id, {
      id: vpc.id,
      blocks4,
      blocks6,
      subnets: [],
      igw: index.ofType('internet-gateway').find((g) => g.vpc === vpc.id)?.id,
      eigw: index.ofType('egress-only-internet-gateway').find((g) => g.vpc === vpc.id)?.id,
      vgw: index.ofType('vpn-gateway').find((g) => g.vpc === vpc.id)?.id,
      peerings: new Map(),
      tgwAttachments: new Map(),
      dnsResolver4: blocks4[0] ? blocks4[0].first + 2 : undefined,
      enis4: new Map(),
      enis6: new Map(),
    });
  }
  return vpcs;
}

export function compileRouteTable(index: DocumentIndex, table: RouteTable, vpc: CVpc): CRouteTable {
  const routes: CRoute[] = [];
  for (const local of [...vpc.blocks4, ...vpc.blocks6]) {
    routes.push({
      destination: local,
      label: formatCidr(local),
      target: { kind: 'local' },
      targetLabel: 'local',
      origin: 'local',
    });
  }
  for (const route of table.routes) {
    const target = routeTarget(index, route.target);
    if (namesPrefixList(route.destination)) {
      // A prefix-list route stands for one route per entry; each competes by its own length.
      for (const entry of prefixListBlocks(index, route.destination) ?? []) {
        const text = formatCidr(entry);
        routes.push({
          destination: entry,
          label: route.destination,
          target,
          targetLabel: target.kind === 'blackhole' ? 'blackhole' : route.target,
          origin: 'prefix-list',
          prefixList: { id: route.destination, entry: text },
        });
      }
      continue;
    }
    const destination = block(route.destination);
    if (!destination) continue;
    routes.push({
      destination,
      label: formatCidr(destination),
      target,
      targetLabel: target.kind === 'blackhole' ? 'blackhole' : route.target,
      origin: 'static',
    });
  }
  for (const endpoint of index.ofType('vpc-endpoint')) {
    if (endpoint.kind !== 'gateway' || !(endpoint.routeTables ?? []).includes(table.id)) continue;
    if (endpoint.service !== 's3' && endpoint.service !== 'dynamodb') continue;
    const service: AwsService = endpoint.service;
    routes.push({
      destination: SERVICE_BLOCKS[service],
      label: `pl-${service}`,
      target: { kind: 'gateway-endpoint', id: endpoint.id, service },
      targetLabel: endpoint.id,
      origin: 'prefix-list',
    });
  }
  routes.sort(compareRoutes);
  return {
    id: table.id,
    vpc: table.vpc,
    routes4: routes.filter((r) => r.destination.version === 4),
    routes6: routes.filter((r) => r.destination.version === 6),
  };
}

/** A route's target; a target that no longer exists behaves as AWS keeps it: a blackhole. */
function routeTarget(index: DocumentIndex, id: string): RouteTarget {
  if (id === 'blackhole') return { kind: 'blackhole' };
  const resource = index.byId.get(id);
  if (!resource) {
    // `web-1/eni-1`: one interface of an instance (AWS routes to an ENI of a multi-homed instance).
    const found = findInterface(id, index.byId);
    return found
      ? { kind: 'instance', id: found.instance.id, deviceIndex: found.eni.deviceIndex }
      : { kind: 'blackhole' };
  }
  switch (resource.type) {
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'nat-gateway':
    case 'vpn-gateway':
    case 'peering-connection':
    case 'transit-gateway':
      return { kind: resource.type, id };
    case 'instance':
      return { kind: 'instance', id, deviceIndex: 0 };
    default:
      return { kind: 'blackhole' };
  }
}

export function compileNacls(index: DocumentIndex): Map<string, CNacl> {
  const nacls = new Map<string, CNacl>();
  for (const nacl of index.ofType('network-acl')) {
    if (nacls.has(nacl.id)) continue;
    nacls.set(nacl.id, {
      id: nacl.id,
      inbound: compileNaclRules(nacl.inbound),
      outbound: compileNaclRules(nacl.outbound),
    });
  }
  return nacls;
}

export function compileGroups(index: DocumentIndex): Map<string, CSecurityGroup> {
  const groups = new Map<string, CSecurityGroup>();
  const lists = (id: string) => prefixListBlocks(index, id);
  for (const group of index.ofType('security-group')) {
    if (groups.has(group.id)) continue;
    groups.set(group.id, {
      id: group.id,
      vpc: group.vpc,
      inbound: compileSgRules(group.inbound, lists),
      outbound: compileSgRules(group.outbound, lists),
    });
  }
  return groups;
}

/** Subnets with the route table and NACL in effect (the VPC's main table and default NACL when none is named). */
export function compileSubnets(
  index: DocumentIndex,
  vpcs: Map<string, CVpc>,
  routeTables: Map<string, CRouteTable>,
  nacls: Map<string, CNacl>,
): Map<string, CSubnet> {
  const subnets = new Map<string, CSubnet>();
  for (const subnet of index.ofType('subnet')) {
    const vpc = vpcs.get(subnet.vpc);
    const cidr4 = block(subnet.cidr);
    if (!vpc || cidr4?.version !== 4 || subnets.has(subnet.id)) continue;
    const cidr6 = subnet.ipv6Cidr === undefined ? undefined : block(subnet.ipv6Cidr);
    const tableDoc = effectiveRouteTable(index, subnet) ?? index.mainRouteTable(vpc.id);
    const naclDoc = effectiveNetworkAcl(index, subnet) ?? index.defaultNetworkAcl(vpc.id);
    if (!tableDoc || !naclDoc) continue;
    let table = routeTables.get(tableDoc.id);
    if (!table) {
      table = compileRouteTable(index, tableDoc, vpc);
      routeTables.set(table.id, table);
    }
    const nacl = nacls.get(naclDoc.id) ?? { id: naclDoc.id, inbound: [], outbound: [] };
    const compiled: CSubnet = {
      id: subnet.id,
      vpc,
      az: subnet.az,
      cidr4,
      cidr6: cidr6?.version === 6 ? cidr6 : undefined,
      routeTable: table,
      nacl,
    };
    subnets.set(subnet.id, compiled);
    vpc.subnets.push(compiled);
  }
  return subnets;
}
