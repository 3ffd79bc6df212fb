import type { NaclRule, Resource, Route } from '../../model/index.ts';
import { importedPrefixList } from './prefix-lists.ts';
import { documentId, requireId, type ImportContext } from './context.ts';
import { bool, list, nameAndTags, num, obj, state, str, strings } from './json.ts';
import { naclPorts, narrowIcmp, protocolOf } from './rules.ts';

/** VPCs with their associated IPv4 and IPv6 blocks. */
export function importVpcs(ctx: ImportContext): void {
  for (const source of ctx.items('Vpcs', 'VpcId')) {
    const id = requireId(ctx, source, 'VpcId', 'VPC');
    if (id === undefined) continue;
    const { item, file } = source;
    const associated = list(item, 'CidrBlockAssociationSet')
      .filter((a) => (state(a, 'CidrBlockState') ?? 'associated') === 'associated')
      .map((a) => str(a, 'CidrBlock'))
      .filter((c): c is string => c !== undefined);
    const primary = str(item, 'CidrBlock');
    const cidrBlocks = [...new Set(primary !== undefined ? [primary, ...associated] : associated)];
    if (cidrBlocks.length === 0) {
      ctx.warn(id, 'missingField', { field: 'CidrBlock', what: 'VPC' }, file);
      continue;
    }
    const ipv6 = list(item, 'Ipv6CidrBlockAssociationSet')
      .filter((a) => (state(a, 'Ipv6CidrBlockState') ?? 'associated') === 'associated')
      .map((a) => str(a, 'Ipv6CidrBlock'))
      .filter((c): c is string => c !== undefined);
    ctx.add(
      {
        id,
        type: 'vpc',
        ...nameAndTags(item),
        cidrBlocks,
        ...(ipv6.length > 0 ? { ipv6CidrBlocks: ipv6 } : {}),
      },
      file,
    );
  }
}

export function importSubnets(ctx: ImportContext): void {
  for (const source of ctx.items('Subnets', 'SubnetId')) {
    const id = requireId(ctx, source, 'SubnetId', 'subnet');
    if (id === undefined) continue;
    const { item, file } = source;
    const vpc = str(item, 'VpcId');
    const cidr = str(item, 'CidrBlock');
    const az = str(item, 'AvailabilityZone') ?? str(item, 'AvailabilityZoneId');
    const missing =
      vpc === undefined
        ? 'VpcId'
        : cidr === undefined
          ? 'CidrBlock'
          : az === undefined
            ? 'AvailabilityZone'
            : undefined;
    if (missing !== undefined || vpc === undefined || cidr === undefined || az === undefined) {
      ctx.warn(id, 'missingField', { field: missing ?? 'VpcId', what: 'subnet' }, file);
      continue;
    }
    if (!ctx.has(vpc, 'vpc')) {
      ctx.warn(id, 'targetNotImported', { target: vpc }, file);
      continue;
    }
    const ipv6 = list(item, 'Ipv6CidrBlockAssociationSet')
      .filter((a) => (state(a, 'Ipv6CidrBlockState') ?? 'associated') === 'associated')
      .map((a) => str(a, 'Ipv6CidrBlock'))
      .find((c) => c !== undefined);
    ctx.add(
      { id, type: 'subnet', ...nameAndTags(item), vpc, cidr, ...(ipv6 !== undefined ? { ipv6Cidr: ipv6 } : {}), az },
      file,
    );
  }
}

/** Which route field names the target, and what kind of resource it is. */
const TARGET_FIELDS = [
  'NatGatewayId',
  'TransitGatewayId',
  'VpcPeeringConnectionId',
  'EgressOnlyInternetGatewayId',
  'InstanceId',
  'NetworkInterfaceId',
  'GatewayId',
  'CarrierGatewayId',
  'LocalGatewayId',
  'CoreNetworkArn',
] as const;

/**
 * Route tables after gateways, peerings and instances exist (their routes name them). Local
 * routes are implicit in the document; gateway endpoint routes come from the endpoint;
 * propagated VPN routes become routes to the virtual private gateway; a blackhole stays one.
 */
export function importRouteTables(ctx: ImportContext, eniInstance: ReadonlyMap<string, string>): void {
  for (const source of ctx.items('RouteTables', 'RouteTableId')) {
    const id = requireId(ctx, source, 'RouteTableId', 'route table');
    if (id === undefined) continue;
    const { item, file } = source;
    const vpc = str(item, 'VpcId');
    if (vpc === undefined || !ctx.has(vpc, 'vpc')) {
      if (vpc === undefined) ctx.warn(id, 'missingField', { field: 'VpcId', what: 'route table' }, file);
      else ctx.warn(id, 'targetNotImported', { target: vpc }, file);
      continue;
    }
    const routes: Route[] = [];
    const seen = new Set<string>();
    for (const route of list(item, 'Routes')) {
      const converted = importRoute(ctx, id, vpc, route, eniInstance, file);
      if (converted === undefined || seen.has(converted.destination)) continue;
      seen.add(converted.destination);
      routes.push(converted);
    }
    const associations = list(item, 'Associations');
    const main = associations.some((a) => bool(a, 'Main') === true);
    ctx.add({ id, type: 'route-table', ...nameAndTags(item), vpc, ...(main ? { main: true } : {}), routes }, file);
    for (const association of associations) {
      if ((state(obj(association, 'AssociationState') ?? {}, 'State') ?? 'associated') !== 'associated') continue;
      const subnetId = str(association, 'SubnetId');
      const gatewayId = str(association, 'GatewayId');
      if (subnetId !== undefined) {
        const subnet = ctx.get(subnetId, 'subnet');
        if (subnet && subnet.vpc === vpc) ctx.replace({ ...subnet, routeTable: id });
      } else if (gatewayId !== undefined) {
        ctx.warn(id, 'edgeAssociation', { gateway: gatewayId }, file);
      }
    }
  }
}

function importRoute(
  ctx: ImportContext,
  table: string,
  vpc: string,
  route: Record<string, unknown>,
  eniInstance: ReadonlyMap<string, string>,
  file: string,
): Route | undefined {
  const gateway = str(route, 'GatewayId');
  if (gateway === 'local') return undefined;
  if (gateway?.startsWith('vpce-')) return undefined; // the endpoint's routeTables say it
  const prefixList = str(route, 'DestinationPrefixListId');
  const destination =
    str(route, 'DestinationCidrBlock') ??
    str(route, 'DestinationIpv6CidrBlock') ??
    (prefixList === undefined ? undefined : importedPrefixList(ctx, prefixList));
  if (destination === undefined) {
    if (prefixList !== undefined) ctx.warn(table, 'prefixListRoute', { prefixList }, file);
    return undefined;
  }
  if (state(route) === 'blackhole') return { destination, target: 'blackhole' };
  const field = TARGET_FIELDS.find((f) => str(route, f) !== undefined);
  const raw = field !== undefined ? str(route, field)! : undefined;
  if (raw === undefined || field === undefined) return { destination, target: 'blackhole' };
  if (field === 'CarrierGatewayId' || field === 'LocalGatewayId' || field === 'CoreNetworkArn') {
    ctx.warn(table, 'unsupportedTarget', { destination, target: raw }, file);
    return undefined;
  }
  // A route to an ENI is a route to the instance it belongs to (a NAT instance).
  const target = field === 'NetworkInterfaceId' ? (eniInstance.get(raw) ?? raw) : documentId(raw);
  // A secondary interface reads `<instance>/<eni id>`: its instance decides the VPC.
  const resource = ctx.resources.get(target.includes('/') ? target.slice(0, target.lastIndexOf('/')) : target);
  const ownerVpc =
    resource === undefined
      ? undefined
      : 'vpc' in resource
        ? resource.vpc
        : 'subnet' in resource
          ? ctx.get(resource.subnet, 'subnet')?.vpc
          : vpc; // transit gateways and peering connections serve several VPCs
  const sameVpc = resource !== undefined && ownerVpc === vpc;
  if (!sameVpc) {
    ctx.warn(table, 'targetNotImported', { target: raw, destination }, file);
    return { destination, target: 'blackhole' };
  }
  return { destination, target };
}

/** Network ACLs and their subnet associations (a subnet on its VPC's default NACL says nothing). */
export function importNetworkAcls(ctx: ImportContext): void {
  for (const source of ctx.items('NetworkAcls', 'NetworkAclId')) {
    const id = requireId(ctx, source, 'NetworkAclId', 'network ACL');
    if (id === undefined) continue;
    const { item, file } = source;
    const vpc = str(item, 'VpcId');
    if (vpc === undefined || !ctx.has(vpc, 'vpc')) {
      if (vpc === undefined) ctx.warn(id, 'missingField', { field: 'VpcId', what: 'network ACL' }, file);
      else ctx.warn(id, 'targetNotImported', { target: vpc }, file);
      continue;
    }
    const inbound: NaclRule[] = [];
    const outbound: NaclRule[] = [];
    for (const entry of list(item, 'Entries')) {
      const rule = num(entry, 'RuleNumber');
      if (rule === undefined || rule < 1 || rule > 32766) continue; // 32767 is the implicit final deny
      const protocol = protocolOf(str(entry, 'Protocol'));
      const cidr = str(entry, 'CidrBlock') ?? str(entry, 'Ipv6CidrBlock');
      const action = str(entry, 'RuleAction');
      if (protocol === undefined || cidr === undefined || (action !== 'allow' && action !== 'deny')) {
        ctx.warn(id, 'missingField', { field: `Entries[${rule}]`, what: 'network ACL rule' }, file);
        continue;
      }
      if (narrowIcmp(protocol, num(obj(entry, 'IcmpTypeCode'), 'Type'))) {
        ctx.warn(id, 'icmpType', { rule: String(rule) }, file);
      }
      const ports = naclPorts(entry, protocol);
      const converted: NaclRule = { rule, action, protocol, ...(ports !== undefined ? { ports } : {}), cidr };
      const direction = bool(entry, 'Egress') === true ? outbound : inbound;
      if (!direction.some((r) => r.rule === rule)) direction.push(converted);
    }
    const isDefault = bool(item, 'IsDefault') === true;
    if (isDefault) ctx.defaultAcl.set(vpc, id);
    const sortRules = (rules: NaclRule[]) => rules.sort((a, b) => a.rule - b.rule);
    ctx.add(
      {
        id,
        type: 'network-acl',
        ...nameAndTags(item),
        vpc,
        ...(isDefault ? { default: true } : {}),
        inbound: sortRules(inbound),
        outbound: sortRules(outbound),
      },
      file,
    );
    if (isDefault) continue;
    for (const association of list(item, 'Associations')) {
      const subnet = ctx.get(str(association, 'SubnetId') ?? '', 'subnet');
      if (subnet && subnet.vpc === vpc) ctx.replace({ ...subnet, networkAcl: id });
    }
  }
}

export const vpcOfSubnet = (ctx: ImportContext, subnet: string): string | undefined => ctx.get(subnet, 'subnet')?.vpc;

export type { Resource };
export { strings };
