import type { SgRule } from '../../model/index.ts';
import { documentId, requireId, type ImportContext } from './context.ts';
import { list, nameAndTags, num, str, type JsonObject } from './json.ts';
import { importedPrefixList } from './prefix-lists.ts';
import { narrowIcmp, portsOf, protocolOf } from './rules.ts';

/** `com.amazonaws.<region>.s3` and `…dynamodb`: the two prefix lists a group rule may name. */
export function servicePrefixList(ctx: ImportContext, prefixListId: string): 's3' | 'dynamodb' | undefined {
  const found = ctx.items('PrefixLists').find(({ item }) => str(item, 'PrefixListId') === prefixListId);
  const name = str(found?.item, 'PrefixListName') ?? '';
  if (name.endsWith('.s3')) return 's3';
  if (name.endsWith('.dynamodb')) return 'dynamodb';
  return undefined;
}

/**
 * Security groups, the default group included (as the group AWS made, by its id). Group rules
 * become one document rule per source (each CIDR, group or prefix list of a permission).
 * Made in two passes so a rule may name any group of the input.
 */
export function importSecurityGroups(ctx: ImportContext): void {
  const sources = ctx.items('SecurityGroups', 'GroupId').filter(({ item }) => str(item, 'VpcId') !== undefined);
  groupVpc.clear();
  for (const { item } of sources) groupVpc.set(documentId(str(item, 'GroupId') ?? ''), str(item, 'VpcId') ?? '');
  const groupIds = new Set(sources.map(({ item }) => documentId(str(item, 'GroupId') ?? '')));
  for (const source of ctx.items('SecurityGroups', 'GroupId')) {
    const id = requireId(ctx, source, 'GroupId', 'security group');
    if (id === undefined) continue;
    const { item, file } = source;
    const vpc = str(item, 'VpcId');
    if (vpc === undefined || !ctx.has(vpc, 'vpc')) {
      ctx.warn(
        id,
        vpc === undefined ? 'missingField' : 'targetNotImported',
        { field: 'VpcId', what: 'security group', target: vpc ?? '' },
        file,
      );
      continue;
    }
    groupVpc.set(id, vpc);
    const convert = (permissions: JsonObject[]) => permissions.flatMap((p) => rulesOf(ctx, id, p, groupIds, file));
    const tagged = nameAndTags(item);
    const groupName = str(item, 'GroupName');
    const description = str(item, 'Description');
    ctx.add(
      {
        id,
        type: 'security-group',
        ...tagged,
        ...(tagged.name === undefined && groupName !== undefined ? { name: groupName } : {}),
        vpc,
        ...(description !== undefined ? { description } : {}),
        inbound: convert(list(item, 'IpPermissions')),
        outbound: convert(list(item, 'IpPermissionsEgress')),
      },
      file,
    );
  }
}

const groupVpc = new Map<string, string>();

/** A rule may name a group of its own VPC or of a VPC peered with it (AWS refuses others). */
function reachableGroup(ctx: ImportContext, group: string, other: string): boolean {
  const mine = groupVpc.get(group);
  const theirs = groupVpc.get(other);
  if (mine === theirs) return true;
  return [...ctx.resources.values()].some(
    (r) =>
      r.type === 'peering-connection' &&
      ((r.requester === mine && r.accepter === theirs) || (r.requester === theirs && r.accepter === mine)),
  );
}

function rulesOf(
  ctx: ImportContext,
  group: string,
  permission: JsonObject,
  groups: ReadonlySet<string>,
  file: string,
): SgRule[] {
  const protocol = protocolOf(str(permission, 'IpProtocol'));
  if (protocol === undefined) {
    ctx.warn(group, 'missingField', { field: 'IpProtocol', what: 'security group rule' }, file);
    return [];
  }
  const from = num(permission, 'FromPort');
  if (narrowIcmp(protocol, from)) ctx.warn(group, 'icmpType', { rule: String(from) }, file);
  const ports = protocol === 'tcp' || protocol === 'udp' ? portsOf(from, num(permission, 'ToPort')) : undefined;
  const base = { protocol, ...(ports !== undefined ? { ports } : {}) };
  const described = (source: JsonObject) => {
    const description = str(source, 'Description');
    return description !== undefined ? { description } : {};
  };
  const rules: SgRule[] = [];
  for (const range of list(permission, 'IpRanges')) {
    const cidr = str(range, 'CidrIp');
    if (cidr !== undefined) rules.push({ ...base, cidr, ...described(range) });
  }
  for (const range of list(permission, 'Ipv6Ranges')) {
    const cidr = str(range, 'CidrIpv6');
    if (cidr !== undefined) rules.push({ ...base, cidr, ...described(range) });
  }
  for (const pair of list(permission, 'UserIdGroupPairs')) {
    const other = str(pair, 'GroupId');
    if (other === undefined) continue;
    if (!groups.has(documentId(other)) || !reachableGroup(ctx, group, documentId(other))) {
      ctx.warn(group, 'peerGroupNotImported', { group: other }, file);
      continue;
    }
    rules.push({ ...base, securityGroup: documentId(other), ...described(pair) });
  }
  for (const entry of list(permission, 'PrefixListIds')) {
    const id = str(entry, 'PrefixListId');
    if (id === undefined) continue;
    const prefixList = servicePrefixList(ctx, id) ?? importedPrefixList(ctx, id);
    if (prefixList === undefined) ctx.warn(group, 'prefixListRule', { prefixList: id }, file);
    else rules.push({ ...base, prefixList, ...described(entry) });
  }
  return rules;
}
