import type { DatabaseEngine, Resource } from '../../model/index.ts';
import { documentId, type ImportContext } from './context.ts';
import { groupsOf } from './instances.ts';
import { bool, list, nameAndTags, num, obj, state, str, strings, type JsonObject } from './json.ts';

type Listener = Extract<Resource, { type: 'load-balancer' }>['listeners'][number];

const DEAD = new Set(['deleted', 'deleting', 'failed', 'rejected', 'expired']);

/** `com.amazonaws.us-east-1.s3` → `s3`; other services keep their name after the region. */
function serviceName(raw: string): string {
  const parts = raw.split('.');
  return parts.length >= 4 && parts[0] === 'com' ? parts.slice(3).join('.') : raw;
}

/** Gateway endpoints (on route tables) and interface endpoints (ENIs in subnets, with groups). */
export function importEndpoints(ctx: ImportContext): void {
  for (const { item, file } of ctx.items('VpcEndpoints', 'VpcEndpointId')) {
    const raw = str(item, 'VpcEndpointId');
    if (raw === undefined) {
      ctx.warn('VPC endpoint', 'missingField', { field: 'VpcEndpointId', what: 'VPC endpoint' }, file);
      continue;
    }
    const id = documentId(raw);
    const status = (state(item) ?? 'available').toLowerCase();
    if (DEAD.has(status)) {
      ctx.warn(id, 'skippedState', { state: status }, file);
      continue;
    }
    const vpc = str(item, 'VpcId');
    const service = str(item, 'ServiceName');
    if (vpc === undefined || service === undefined || !ctx.has(vpc, 'vpc')) {
      ctx.warn(
        id,
        vpc !== undefined && service !== undefined ? 'targetNotImported' : 'missingField',
        { field: vpc === undefined ? 'VpcId' : 'ServiceName', what: 'VPC endpoint', target: vpc ?? '' },
        file,
      );
      continue;
    }
    const kind = str(item, 'VpcEndpointType') ?? 'Gateway';
    const base = { id, type: 'vpc-endpoint' as const, ...nameAndTags(item), vpc, service: serviceName(service) };
    if (kind === 'Gateway') {
      const routeTables = strings(item, 'RouteTableIds').filter((t) => ctx.has(t, 'route-table'));
      ctx.add({ ...base, kind: 'gateway', routeTables }, file);
    } else if (kind === 'Interface') {
      const subnets = strings(item, 'SubnetIds').filter((s) => ctx.get(s, 'subnet')?.vpc === vpc);
      if (subnets.length === 0) {
        ctx.warn(id, 'missingField', { field: 'SubnetIds', what: 'interface endpoint' }, file);
        continue;
      }
      const groups = groupsOf(
        ctx,
        id,
        list(item, 'Groups').map((g) => str(g, 'GroupId') ?? ''),
        file,
      );
      ctx.add({ ...base, kind: 'interface', subnets, ...(groups ? { securityGroups: groups } : {}) }, file);
    } else {
      ctx.warn(id, 'unsupportedService', { service: `${kind} endpoint` }, file);
    }
  }
}

const ENGINES: readonly [RegExp, DatabaseEngine][] = [
  [/^aurora-postgresql/, 'aurora-postgresql'],
  [/^aurora(-mysql)?$/, 'aurora-mysql'],
  [/^postgres/, 'postgres'],
  [/^mysql/, 'mysql'],
  [/^mariadb/, 'mariadb'],
  [/^oracle/, 'oracle'],
  [/^sqlserver/, 'sqlserver'],
];

/** RDS instances in their DB subnet group, the subnet of their own AZ first (where they live). */
export function importDatabases(ctx: ImportContext): void {
  const subnetGroups = new Map(ctx.items('DBSubnetGroups').map(({ item }) => [str(item, 'DBSubnetGroupName'), item]));
  for (const { item, file } of ctx.items('DBInstances', 'DBInstanceIdentifier')) {
    const raw = str(item, 'DBInstanceIdentifier');
    if (raw === undefined) {
      ctx.warn('database', 'missingField', { field: 'DBInstanceIdentifier', what: 'database' }, file);
      continue;
    }
    const id = documentId(raw);
    const status = str(item, 'DBInstanceStatus') ?? 'available';
    if (status === 'deleting' || status === 'failed') {
      ctx.warn(id, 'skippedState', { state: status }, file);
      continue;
    }
    const engineName = str(item, 'Engine') ?? '';
    const engine = ENGINES.find(([pattern]) => pattern.test(engineName))?.[1];
    if (engine === undefined) {
      ctx.warn(id, 'unknownEngine', { engine: engineName || '?' }, file);
      continue;
    }
    const inline = obj(item, 'DBSubnetGroup');
    const group = list(inline, 'Subnets').length > 0 ? inline : subnetGroups.get(str(inline, 'DBSubnetGroupName'));
    const az = str(item, 'AvailabilityZone');
    const groupVpc = str(group, 'VpcId');
    const subnets = list(group, 'Subnets')
      .map((s) => ({ id: str(s, 'SubnetIdentifier') ?? '', az: str(obj(s, 'SubnetAvailabilityZone'), 'Name') }))
      .filter((s) => ctx.has(s.id, 'subnet'))
      .filter((s) => groupVpc === undefined || ctx.get(s.id, 'subnet')?.vpc === groupVpc)
      .sort((a, b) => Number(b.az === az) - Number(a.az === az))
      .map((s) => s.id);
    if (subnets.length === 0) {
      ctx.warn(id, 'missingField', { field: 'DBSubnetGroup.Subnets', what: 'database' }, file);
      continue;
    }
    const groups = groupsOf(
      ctx,
      id,
      list(item, 'VpcSecurityGroups')
        .filter((g) => (str(g, 'Status') ?? 'active') === 'active')
        .map((g) => str(g, 'VpcSecurityGroupId') ?? ''),
      file,
    );
    const port = num(obj(item, 'Endpoint'), 'Port') ?? num(item, 'DbInstancePort');
    ctx.add(
      {
        id,
        type: 'database',
        ...nameAndTags({ Tags: list(item, 'TagList') }),
        subnets,
        engine,
        ...(port !== undefined && port > 0 && port <= 65535 ? { port } : {}),
        ...(bool(item, 'PubliclyAccessible') === true ? { publiclyAccessible: true } : {}),
        ...(bool(item, 'MultiAZ') === true ? { multiAz: true } : {}),
        ...(groups ? { securityGroups: groups } : {}),
      },
      file,
    );
  }
}

/** Lambda functions with VPC access (list-functions); one outside every VPC is listed. */
export function importLambdas(ctx: ImportContext): void {
  for (const { item, file } of ctx.items('Functions', 'FunctionName')) {
    const raw = str(item, 'FunctionName');
    if (raw === undefined) continue;
    const id = documentId(raw);
    const config = obj(item, 'VpcConfig');
    const subnets = strings(config, 'SubnetIds').filter((s) => ctx.has(s, 'subnet'));
    if (subnets.length === 0) {
      ctx.warn(id, 'unsupportedService', { service: 'Lambda outside a VPC' }, file);
      continue;
    }
    const groups = groupsOf(ctx, id, strings(config, 'SecurityGroupIds'), file);
    ctx.add({ id, type: 'lambda', subnets, ...(groups ? { securityGroups: groups } : {}) }, file);
  }
}

const LISTENER_PROTOCOLS = new Set(['http', 'https', 'tcp', 'tls', 'udp', 'tcp_udp']);

/** The load balancer id: its name and the ARN's unique tail (`test-lb-725b996cb6be8fba`). */
function balancerId(item: JsonObject): string | undefined {
  const arn = str(item, 'LoadBalancerArn');
  const name = str(item, 'LoadBalancerName');
  const tail = arn?.split('/').pop();
  if (name === undefined) return tail === undefined ? undefined : documentId(tail);
  return documentId(tail !== undefined && tail !== name ? `${name}-${tail}` : name);
}

/**
 * Application and network load balancers with their listeners (describe-listeners) and the
 * targets registered in the listeners' target groups (describe-target-health). Targets by IP
 * become the resource holding that address.
 */
export function importLoadBalancers(ctx: ImportContext): void {
  const listenersOf = (arn: string | undefined): JsonObject[] => [
    ...ctx
      .items('LoadBalancerListeners')
      .filter(({ item }) => str(item, 'LoadBalancerArn') === arn)
      .flatMap(({ item }) => list(item, 'Listeners')),
    ...ctx
      .items('Listeners')
      .map(({ item }) => item)
      .filter((l) => str(l, 'LoadBalancerArn') === arn),
  ];
  const targetGroups = new Map(ctx.items('TargetGroups').map(({ item }) => [str(item, 'TargetGroupArn'), item]));
  for (const { item, file } of ctx.items('LoadBalancers', 'LoadBalancerArn')) {
    const id = balancerId(item);
    if (id === undefined) {
      ctx.warn('load balancer', 'missingField', { field: 'LoadBalancerArn', what: 'load balancer' }, file);
      continue;
    }
    const status = state(item) ?? 'active';
    if (status === 'failed') {
      ctx.warn(id, 'skippedState', { state: status }, file);
      continue;
    }
    const kind = str(item, 'Type');
    if (kind !== 'application' && kind !== 'network') {
      ctx.warn(id, 'unsupportedService', { service: `${kind ?? '?'} load balancer` }, file);
      continue;
    }
    const subnets = list(item, 'AvailabilityZones')
      .map((z) => str(z, 'SubnetId') ?? '')
      .filter((s) => ctx.has(s, 'subnet'));
    if (subnets.length === 0) {
      ctx.warn(id, 'missingField', { field: 'AvailabilityZones[].SubnetId', what: 'load balancer' }, file);
      continue;
    }
    const listeners: Listener[] = [];
    const targets = new Set<string>();
    for (const listener of listenersOf(str(item, 'LoadBalancerArn'))) {
      const protocol = (str(listener, 'Protocol') ?? '').toLowerCase();
      const port = num(listener, 'Port');
      if (!LISTENER_PROTOCOLS.has(protocol) || port === undefined) continue;
      const groupArns = list(listener, 'DefaultActions').flatMap((a) => [
        str(a, 'TargetGroupArn'),
        ...list(obj(a, 'ForwardConfig'), 'TargetGroups').map((g) => str(g, 'TargetGroupArn')),
      ]);
      const ports = new Set<number>();
      for (const arn of groupArns) {
        if (arn === undefined) continue;
        const groupPort = num(targetGroups.get(arn), 'Port');
        for (const target of targetsOf(ctx, id, arn, file)) {
          targets.add(target.id);
          const targetPort = target.port ?? groupPort;
          if (targetPort !== undefined) ports.add(targetPort);
        }
        if (groupPort !== undefined && ports.size === 0) ports.add(groupPort);
      }
      if (ports.size > 1) ctx.warn(id, 'lbTargetPorts', { port, ports: [...ports].join(', ') }, file);
      const targetPort = [...ports][0];
      listeners.push({
        protocol: protocol as Listener['protocol'],
        port,
        ...(targetPort !== undefined && targetPort !== port ? { targetPort } : {}),
      });
    }
    const groups = groupsOf(ctx, id, strings(item, 'SecurityGroups'), file);
    ctx.add(
      {
        id,
        type: 'load-balancer',
        name: str(item, 'LoadBalancerName') ?? id,
        kind,
        scheme: str(item, 'Scheme') === 'internet-facing' ? 'internet-facing' : 'internal',
        subnets,
        ...(groups ? { securityGroups: groups } : {}),
        listeners,
        targets: [...targets],
      },
      file,
    );
  }
}

/** The registered targets of a target group, as document ids (an IP target is its address's owner). */
function targetsOf(
  ctx: ImportContext,
  balancer: string,
  groupArn: string,
  file: string,
): { id: string; port?: number }[] {
  const descriptions = ctx
    .items('LoadBalancerTargetHealth')
    .filter(({ item }) => str(item, 'TargetGroupArn') === groupArn)
    .flatMap(({ item }) => list(item, 'TargetHealthDescriptions'));
  const found: { id: string; port?: number }[] = [];
  for (const description of descriptions) {
    const target = obj(description, 'Target');
    const raw = str(target, 'Id');
    if (raw === undefined) continue;
    const id = ctx.resources.has(documentId(raw)) ? documentId(raw) : ctx.addressOwner.get(raw);
    const resource = id === undefined ? undefined : ctx.resources.get(id);
    if (resource === undefined || !['instance', 'database', 'vpc-endpoint'].includes(resource.type)) {
      ctx.warn(balancer, 'lbTargetUnknown', { target: raw }, file);
      continue;
    }
    const port = num(target, 'Port');
    found.push({ id: resource.id, ...(port !== undefined ? { port } : {}) });
  }
  return found;
}

/** Interfaces that belong to nothing imported (an unattached ENI, a service the format lacks). */
export function reportStrayInterfaces(ctx: ImportContext, eniInstance: ReadonlyMap<string, string>): void {
  const owned =
    /^(ELB |Interface for NAT Gateway|VPC Endpoint Interface|RDSNetworkInterface|AWS Lambda VPC ENI|Network Interface for Transit Gateway Attachment)/;
  for (const { item, file } of ctx.items('NetworkInterfaces', 'NetworkInterfaceId')) {
    const id = str(item, 'NetworkInterfaceId');
    if (id === undefined || eniInstance.has(id)) continue;
    const description = str(item, 'Description') ?? '';
    const type = str(item, 'InterfaceType') ?? 'interface';
    if (
      owned.test(description) ||
      [
        'nat_gateway',
        'vpc_endpoint',
        'transit_gateway',
        'lambda',
        'network_load_balancer',
        'gateway_load_balancer_endpoint',
      ].includes(type)
    )
      continue;
    const attachedTo = str(obj(item, 'Attachment'), 'InstanceId');
    if (attachedTo !== undefined && ctx.has(documentId(attachedTo))) continue;
    ctx.warn(
      documentId(id),
      'strayInterface',
      { ip: str(item, 'PrivateIpAddress') ?? '?', description: description || type },
      file,
    );
  }
}

/** Services the format does not model: listed by id so nothing disappears unseen. */
export function reportUnsupported(ctx: ImportContext): void {
  for (const { item, file } of ctx.items('DomainStatusList', 'DomainId')) {
    ctx.warn(
      str(item, 'DomainName') ?? str(item, 'DomainId') ?? 'domain',
      'unsupportedService',
      { service: 'OpenSearch (Elasticsearch)' },
      file,
    );
  }
  for (const { item, file } of ctx.items('DirectConnectGateways', 'DirectConnectGatewayId')) {
    const id = str(item, 'DirectConnectGatewayId') ?? str(item, 'directConnectGatewayId') ?? 'Direct Connect gateway';
    ctx.warn(id, 'unsupportedService', { service: 'Direct Connect gateway' }, file);
  }
}
