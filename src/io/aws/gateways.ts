import { requireId, type ImportContext } from './context.ts';
import { list, nameAndTags, obj, state, str, strings } from './json.ts';

const LIVE_ATTACHMENT = new Set(['available', 'attached', 'attaching']);

/** Internet and egress-only gateways: on the VPC they are attached to; a detached one is listed. */
export function importInternetGateways(ctx: ImportContext): void {
  for (const [key, field, type] of [
    ['InternetGateways', 'InternetGatewayId', 'internet-gateway'],
    ['EgressOnlyInternetGateways', 'EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ] as const) {
    for (const source of ctx.items(key, field)) {
      const id = requireId(ctx, source, field, type);
      if (id === undefined) continue;
      const attachment = list(source.item, 'Attachments').find((a) => LIVE_ATTACHMENT.has(state(a) ?? 'available'));
      const vpc = str(attachment, 'VpcId');
      if (vpc === undefined) {
        ctx.warn(id, 'detached', {}, source.file);
        continue;
      }
      if (!ctx.has(vpc, 'vpc')) {
        ctx.warn(id, 'targetNotImported', { target: vpc }, source.file);
        continue;
      }
      if (type === 'internet-gateway' && [...ctx.resources.values()].some((r) => r.type === type && r.vpc === vpc)) {
        ctx.warn(id, 'duplicate', {}, source.file);
        continue;
      }
      ctx.add({ id, type, ...nameAndTags(source.item), vpc }, source.file);
    }
  }
}

/** NAT gateways that are available (or pending); deleted and failed ones are listed. */
export function importNatGateways(ctx: ImportContext): void {
  for (const source of ctx.items('NatGateways', 'NatGatewayId')) {
    const id = requireId(ctx, source, 'NatGatewayId', 'NAT gateway');
    if (id === undefined) continue;
    const status = state(source.item) ?? 'available';
    if (status !== 'available' && status !== 'pending') {
      ctx.warn(id, 'skippedState', { state: status }, source.file);
      continue;
    }
    const subnet = str(source.item, 'SubnetId');
    if (subnet === undefined || !ctx.has(subnet, 'subnet')) {
      ctx.warn(
        id,
        subnet === undefined ? 'missingField' : 'targetNotImported',
        { field: 'SubnetId', what: 'NAT gateway', target: subnet ?? '' },
        source.file,
      );
      continue;
    }
    const connectivity = str(source.item, 'ConnectivityType') === 'private' ? 'private' : 'public';
    ctx.add(
      {
        id,
        type: 'nat-gateway',
        ...nameAndTags(source.item),
        subnet,
        ...(connectivity === 'private' ? { connectivity } : {}),
      },
      source.file,
    );
    for (const address of list(source.item, 'NatGatewayAddresses')) {
      const ip = str(address, 'PrivateIp');
      if (ip !== undefined) ctx.addressOwner.set(ip, id);
    }
  }
}

/** Virtual private gateways attached to a VPC. */
export function importVpnGateways(ctx: ImportContext): void {
  for (const source of ctx.items('VpnGateways', 'VpnGatewayId')) {
    const id = requireId(ctx, source, 'VpnGatewayId', 'VPN gateway');
    if (id === undefined) continue;
    const status = state(source.item) ?? 'available';
    if (status === 'deleted' || status === 'deleting') {
      ctx.warn(id, 'skippedState', { state: status }, source.file);
      continue;
    }
    const attachment = list(source.item, 'VpcAttachments').find((a) => LIVE_ATTACHMENT.has(state(a) ?? 'attached'));
    const vpc = str(attachment, 'VpcId');
    if (vpc === undefined || !ctx.has(vpc, 'vpc')) {
      ctx.warn(id, vpc === undefined ? 'detached' : 'targetNotImported', { target: vpc ?? '' }, source.file);
      continue;
    }
    ctx.add({ id, type: 'vpn-gateway', ...nameAndTags(source.item), vpc }, source.file);
  }
}

/** Active peering connections between two imported VPCs; others are listed with their status. */
export function importPeerings(ctx: ImportContext): void {
  for (const source of ctx.items('VpcPeeringConnections', 'VpcPeeringConnectionId')) {
    const id = requireId(ctx, source, 'VpcPeeringConnectionId', 'peering connection');
    if (id === undefined) continue;
    const status = str(obj(source.item, 'Status'), 'Code') ?? state(source.item) ?? 'active';
    if (status !== 'active') {
      ctx.warn(id, 'skippedState', { state: status }, source.file);
      continue;
    }
    const requester = str(obj(source.item, 'RequesterVpcInfo'), 'VpcId');
    const accepter = str(obj(source.item, 'AccepterVpcInfo'), 'VpcId');
    const missing = [requester, accepter].find((vpc) => vpc === undefined || !ctx.has(vpc, 'vpc'));
    if (requester === undefined || accepter === undefined || missing !== undefined) {
      ctx.warn(id, 'peeringOtherVpc', { vpc: missing ?? '?' }, source.file);
      continue;
    }
    ctx.add({ id, type: 'peering-connection', ...nameAndTags(source.item), requester, accepter }, source.file);
  }
}

/**
 * The network behind each VPN connection (and Direct Connect virtual interface) as an
 * on-premises resource on its gateway. Its CIDRs are the connection's static routes, or else
 * the routes AWS learnt from it (propagated into VPC route tables or a transit gateway table).
 */
export function importOnPremises(ctx: ImportContext, tgwVpnRoutes: ReadonlyMap<string, string[]>): void {
  for (const source of ctx.items('VpnConnections', 'VpnConnectionId')) {
    const id = requireId(ctx, source, 'VpnConnectionId', 'VPN connection');
    if (id === undefined) continue;
    const { item, file } = source;
    const status = state(item) ?? 'available';
    if (status === 'deleted' || status === 'deleting') {
      ctx.warn(id, 'skippedState', { state: status }, file);
      continue;
    }
    const via = str(item, 'VpnGatewayId') ?? str(item, 'TransitGatewayId');
    if (via === undefined || !(ctx.has(via, 'vpn-gateway') || ctx.has(via, 'transit-gateway'))) {
      ctx.warn(id, via === undefined ? 'detached' : 'targetNotImported', { target: via ?? '' }, file);
      continue;
    }
    const staticRoutes = list(item, 'Routes')
      .filter((r) => (state(r) ?? 'available') === 'available')
      .map((r) => str(r, 'DestinationCidrBlock'))
      .filter((c): c is string => c !== undefined);
    const learnt = via.startsWith('vgw-') ? propagatedFrom(ctx, via) : (tgwVpnRoutes.get(id) ?? []);
    const cidrs = [...new Set(staticRoutes.length > 0 ? staticRoutes : learnt)];
    if (cidrs.length === 0) {
      ctx.warn(id, 'noOnPremisesCidrs', {}, file);
      continue;
    }
    const customer = ctx
      .items('CustomerGateways')
      .find(({ item: c }) => str(c, 'CustomerGatewayId') === str(item, 'CustomerGatewayId'));
    const tagged = nameAndTags(item);
    const customerName = customer ? (nameAndTags(customer.item).name ?? str(customer.item, 'IpAddress')) : undefined;
    ctx.add(
      {
        id,
        type: 'on-premises',
        ...tagged,
        ...(tagged.name === undefined && customerName !== undefined ? { name: customerName } : {}),
        cidrs,
        via,
        link: 'site-to-site-vpn',
      },
      file,
    );
  }
  for (const source of ctx.items('VirtualInterfaces', 'VirtualInterfaceId')) {
    const id = requireId(ctx, source, 'VirtualInterfaceId', 'Direct Connect virtual interface');
    if (id === undefined) continue;
    const via = str(source.item, 'VirtualGatewayId');
    const status = str(source.item, 'VirtualInterfaceState') ?? 'available';
    if (via === undefined || !ctx.has(via, 'vpn-gateway') || status === 'deleted' || status === 'rejected') {
      ctx.warn(id, 'unsupportedService', { service: 'Direct Connect' }, source.file);
      continue;
    }
    const cidrs = propagatedFrom(ctx, via);
    if (cidrs.length === 0) {
      ctx.warn(id, 'noOnPremisesCidrs', {}, source.file);
      continue;
    }
    ctx.add(
      {
        id,
        type: 'on-premises',
        name: str(source.item, 'VirtualInterfaceName') ?? id,
        cidrs,
        via,
        link: 'direct-connect',
      },
      source.file,
    );
  }
}

/** CIDRs VPC route tables learnt from a virtual private gateway (route propagation). */
function propagatedFrom(ctx: ImportContext, vgw: string): string[] {
  return ctx
    .items('RouteTables')
    .flatMap(({ item }) => list(item, 'Routes'))
    .filter((r) => str(r, 'GatewayId') === vgw && str(r, 'Origin') === 'EnableVgwRoutePropagation')
    .map((r) => str(r, 'DestinationCidrBlock'))
    .filter((c): c is string => c !== undefined);
}

export { strings };

/**
 * Gateways the input names in a route but does not describe (a folder without
 * describe-internet-gateways): an internet or virtual private gateway needs only its VPC, so it
 * is made from the route, with a warning, rather than turning the route into a blackhole.
 */
export function inferGateways(ctx: ImportContext): void {
  for (const { item, file } of ctx.items('RouteTables', 'RouteTableId')) {
    const vpc = str(item, 'VpcId');
    if (vpc === undefined || !ctx.has(vpc, 'vpc')) continue;
    for (const route of list(item, 'Routes')) {
      const gateway = str(route, 'GatewayId');
      if (gateway === undefined || ctx.resources.has(gateway) || state(route) === 'blackhole') continue;
      const type = gateway.startsWith('igw-')
        ? 'internet-gateway'
        : gateway.startsWith('vgw-')
          ? 'vpn-gateway'
          : undefined;
      if (type === undefined) continue;
      if ([...ctx.resources.values()].some((r) => r.type === type && r.vpc === vpc)) continue;
      ctx.add({ id: gateway, type, vpc }, file);
      ctx.warn(gateway, 'inferred', { table: str(item, 'RouteTableId') ?? '?' }, file);
    }
  }
}
