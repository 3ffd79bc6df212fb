import { ID_PATTERN, MAX_SECURITY_GROUPS, type NetworkInterface } from '../../model/index.ts';
import { documentId, type ImportContext } from './context.ts';
import { bool, list, nameAndTags, num, obj, state, str, strings, type JsonObject } from './json.ts';

const GONE = new Set(['terminated', 'shutting-down']);

/** The instance's ENIs: inline in describe-instances, or from describe-network-interfaces. */
function interfacesOf(ctx: ImportContext, instance: JsonObject, instanceId: string): JsonObject[] {
  const inline = list(instance, 'NetworkInterfaces');
  if (inline.length > 0) return inline;
  return ctx
    .items('NetworkInterfaces', 'NetworkInterfaceId')
    .map(({ item }) => item)
    .filter((eni) => str(obj(eni, 'Attachment'), 'InstanceId') === instanceId);
}

/** The document's groups for a list of AWS groups: imported ones, at most the document's limit. */
export function groupsOf(ctx: ImportContext, owner: string, ids: string[], file: string): string[] | undefined {
  const known = [...new Set(ids.map(documentId))].filter((id) => ctx.has(id, 'security-group'));
  for (const id of ids)
    if (!ctx.has(documentId(id), 'security-group')) ctx.warn(owner, 'targetNotImported', { target: id }, file);
  if (known.length > MAX_SECURITY_GROUPS) {
    ctx.warn(owner, 'tooManyGroups', { count: known.length, limit: MAX_SECURITY_GROUPS }, file);
    return known.slice(0, MAX_SECURITY_GROUPS);
  }
  return known.length > 0 ? known : undefined;
}

/** Public addresses that are Elastic IPs (describe-addresses, or an ENI association not owned by Amazon). */
function elasticAddresses(ctx: ImportContext): Set<string> {
  return new Set(
    ctx
      .items('Addresses')
      .map(({ item }) => str(item, 'PublicIp'))
      .filter((ip): ip is string => ip !== undefined),
  );
}

/**
 * EC2 instances, by their primary network interface: its subnet, private address, groups and
 * public address (an Elastic IP when describe-addresses lists it). Terminated instances are
 * listed, stopped ones imported with a warning; more ENIs or addresses than the document holds
 * are listed. Returns which instance each ENI belongs to, for routes that name an ENI.
 */
export function importInstances(ctx: ImportContext): Map<string, string> {
  const eniInstance = new Map<string, string>();
  const elastic = elasticAddresses(ctx);
  const seen = new Set<string>();
  for (const { item: reservation, file } of ctx.items('Reservations')) {
    for (const instance of list(reservation, 'Instances')) {
      const rawId = str(instance, 'InstanceId');
      if (rawId === undefined) {
        ctx.warn('instance', 'missingField', { field: 'InstanceId', what: 'instance' }, file);
        continue;
      }
      if (seen.has(rawId)) continue;
      seen.add(rawId);
      const id = documentId(rawId);
      const status = state(instance) ?? 'running';
      if (GONE.has(status)) {
        ctx.warn(id, 'skippedState', { state: status }, file);
        continue;
      }
      const interfaces = interfacesOf(ctx, instance, rawId).sort(
        (a, b) => (num(obj(a, 'Attachment'), 'DeviceIndex') ?? 0) - (num(obj(b, 'Attachment'), 'DeviceIndex') ?? 0),
      );
      const primary = interfaces[0];
      const subnet = str(primary, 'SubnetId') ?? str(instance, 'SubnetId');
      if (subnet === undefined || !ctx.has(subnet, 'subnet')) {
        ctx.warn(
          id,
          subnet === undefined ? 'missingField' : 'targetNotImported',
          { field: 'SubnetId', what: 'instance', target: subnet ?? '' },
          file,
        );
        continue;
      }
      if (status !== 'running' && status !== 'pending') ctx.warn(id, 'stoppedInstance', { state: status }, file);
      const primaryEni = str(primary, 'NetworkInterfaceId');
      if (primaryEni !== undefined) eniInstance.set(primaryEni, id);
      // Secondary interfaces (DeviceIndex 1..n) become `networkInterfaces`, named by their AWS id, so a
      // route to one (NetworkInterfaceId) reads as `<instance>/<eni id>`. One in a subnet that was not
      // imported (or repeating a subnet, which VPC Lab does not model) is left out with a warning.
      const networkInterfaces: NetworkInterface[] = [];
      const subnetsTaken = new Set([subnet]);
      for (const extra of interfaces.slice(1)) {
        const eniId = str(extra, 'NetworkInterfaceId');
        const extraSubnet = str(extra, 'SubnetId');
        const usable =
          extraSubnet !== undefined &&
          ctx.has(extraSubnet, 'subnet') &&
          !subnetsTaken.has(extraSubnet) &&
          (eniId === undefined || ID_PATTERN.test(eniId));
        if (!usable) {
          ctx.warn(id, 'extraInterface', { eni: eniId ?? '?', ip: str(extra, 'PrivateIpAddress') ?? '?' }, file);
          continue;
        }
        subnetsTaken.add(extraSubnet);
        if (eniId !== undefined) eniInstance.set(eniId, `${id}/${eniId}`);
        const extraIp = str(extra, 'PrivateIpAddress');
        const extraPublic = str(obj(extra, 'Association'), 'PublicIp');
        const extraGroups = groupsOf(
          ctx,
          id,
          list(extra, 'Groups')
            .map((g) => str(g, 'GroupId'))
            .filter((g): g is string => g !== undefined),
          file,
        );
        const description = str(extra, 'Description');
        networkInterfaces.push({
          ...(eniId !== undefined ? { id: eniId } : {}),
          subnet: extraSubnet,
          ...(extraIp !== undefined ? { privateIp: extraIp } : {}),
          // AWS gives an automatic public IPv4 only to the primary: a public address here is an Elastic IP.
          ...(extraPublic !== undefined ? { elasticIp: true } : {}),
          ...(list(extra, 'Ipv6Addresses').length > 0 ? { ipv6: true } : {}),
          ...(extraGroups ? { securityGroups: extraGroups } : {}),
          ...(bool(extra, 'SourceDestCheck') === false ? { sourceDestCheck: false } : {}),
          ...(description ? { description } : {}),
        });
        if (extraIp !== undefined) ctx.addressOwner.set(extraIp, id);
      }
      const privateIp = str(primary, 'PrivateIpAddress') ?? str(instance, 'PrivateIpAddress');
      const secondary = list(primary, 'PrivateIpAddresses').filter((a) => bool(a, 'Primary') === false).length;
      if (secondary > 0) ctx.warn(id, 'secondaryAddresses', { count: secondary }, file);
      const publicAddress = str(obj(primary, 'Association'), 'PublicIp') ?? str(instance, 'PublicIpAddress');
      const owner = str(obj(primary, 'Association'), 'IpOwnerId');
      const isElastic =
        publicAddress !== undefined && (elastic.has(publicAddress) || (owner !== undefined && owner !== 'amazon'));
      const groupIds = primary
        ? list(primary, 'Groups').map((g) => str(g, 'GroupId'))
        : list(instance, 'SecurityGroups').map((g) => str(g, 'GroupId'));
      const securityGroups = groupsOf(
        ctx,
        id,
        groupIds.filter((g): g is string => g !== undefined),
        file,
      );
      const ipv6 = list(primary, 'Ipv6Addresses').length > 0;
      const sourceDestCheck = bool(primary, 'SourceDestCheck') ?? bool(instance, 'SourceDestCheck');
      const tagged = nameAndTags(instance);
      ctx.add(
        {
          id,
          type: 'instance',
          ...tagged,
          subnet,
          ...(privateIp !== undefined ? { privateIp } : {}),
          ...(publicAddress !== undefined && !isElastic ? { publicIp: true } : {}),
          ...(isElastic ? { elasticIp: true } : {}),
          ...(ipv6 ? { ipv6: true } : {}),
          ...(securityGroups ? { securityGroups } : {}),
          ...(sourceDestCheck === false ? { sourceDestCheck: false } : {}),
          ...(str(instance, 'Platform') === 'windows' ? { os: 'windows' as const } : {}),
          ...(networkInterfaces.length > 0 ? { networkInterfaces } : {}),
        },
        file,
      );
      if (privateIp !== undefined) ctx.addressOwner.set(privateIp, id);
      if (publicAddress !== undefined) ctx.publicAddress.set(id, publicAddress);
    }
  }
  return eniInstance;
}

export { strings };
