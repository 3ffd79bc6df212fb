import { cidrOverlaps, formatCidr, type Cidr } from '../net/index.ts';
import type { PathSegment } from './issues.ts';
import { resolve } from './references.ts';
import { PREFIX_LIST_MAX_ENTRIES, prefixListWeight, type PrefixListResource } from './schema-prefix-list.ts';
import { isServicePrefixList } from './schema-rules.ts';
import type { Resource, RouteTable, SecurityGroup } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/**
 * Customer-managed prefix lists (format version 2): each list's entries, and the cost of the
 * routes and security group rules that name one. AWS counts a reference to a list as
 * `maxEntries` routes or rules against the table's or group's quota, whatever the list holds.
 */

/** AWS's default quotas (adjustable): routes per route table, rules per group and direction. */
export const PREFIX_LIST_QUOTAS = { routesPerTable: 50, rulesPerGroupDirection: 60 } as const;

/** The lists themselves: reserved ids, entries of the list's family, no overlaps, within maxEntries. */
export function validatePrefixLists(context: ValidationContext): void {
  for (const list of context.index.ofType('prefix-list')) {
    if (isServicePrefixList(list.id)) {
      context.error(
        'PREFIX_LIST_RESERVED_ID',
        list.id,
        context.path(list, 'id'),
        `${context.name(list)}: the id "${list.id}" is how security group rules name the AWS-managed ${list.id} list. Rename the prefix list.`,
      );
    }
    checkEntries(context, list);
  }
  for (const table of context.index.ofType('route-table')) checkRouteQuota(context, table);
  for (const group of context.index.ofType('security-group')) {
    checkRuleQuota(context, group, 'inbound');
    checkRuleQuota(context, group, 'outbound');
  }
}

function checkEntries(context: ValidationContext, list: PrefixListResource): void {
  const version = list.addressFamily === 'IPv6' ? 6 : 4;
  const seen: { block: Cidr; index: number }[] = [];
  list.entries.forEach((entry, i) => {
    const segments: PathSegment[] = ['entries', i, 'cidr'];
    const block = context.checkCidr(list, segments, `entries[${i}] cidr`, entry.cidr);
    if (!block) return;
    if (block.version !== version) {
      context.error(
        'PREFIX_LIST_WRONG_FAMILY',
        list.id,
        context.path(list, ...segments),
        `${context.name(list)}: entries[${i}] cidr ${entry.cidr} is an IPv${block.version} block, but the list’s addressFamily is ${list.addressFamily}. A list holds blocks of one family: move the entry to an ${block.version === 4 ? 'IPv4' : 'IPv6'} list.`,
      );
      return;
    }
    const earlier = seen.find((s) => cidrOverlaps(s.block, block));
    if (earlier) {
      context.error(
        'PREFIX_LIST_ENTRY_OVERLAP',
        list.id,
        context.path(list, ...segments),
        `${context.name(list)}: entries[${i}] cidr ${formatCidr(block)} overlaps entries[${earlier.index}] cidr ${formatCidr(earlier.block)}. Keep one entry for those addresses.`,
      );
      return;
    }
    seen.push({ block, index: i });
  });
  const max = list.maxEntries ?? PREFIX_LIST_MAX_ENTRIES;
  if (list.entries.length > max) {
    context.error(
      'PREFIX_LIST_TOO_MANY_ENTRIES',
      list.id,
      context.path(list, 'entries'),
      `${context.name(list)}: entries has ${list.entries.length} blocks, but maxEntries is ${max}. Raise maxEntries or remove entries.`,
    );
  }
}

/**
 * A route destination that names a prefix list: the list must exist. Returns the list's IP
 * version, so the caller can check the target carries it, or undefined when unresolved.
 */
export function checkRouteToPrefixList(context: ValidationContext, table: RouteTable, i: number): 4 | 6 | undefined {
  const route = table.routes[i]!;
  const list = resolve(context, {
    owner: table,
    segments: ['routes', i, 'destination'],
    label: `route ${i + 1} destination`,
    id: route.destination,
    types: ['prefix-list'],
  });
  if (!list) return undefined;
  return list.addressFamily === 'IPv6' ? 6 : 4;
}

/** A security group rule's `prefixList` that is not "s3" or "dynamodb" must name a prefix list. */
export function checkRulePrefixList(
  context: ValidationContext,
  group: SecurityGroup,
  direction: 'inbound' | 'outbound',
  i: number,
): void {
  const name = group[direction][i]!.prefixList;
  if (name === undefined || isServicePrefixList(name)) return;
  resolve(context, {
    owner: group,
    segments: [direction, i, 'prefixList'],
    label: `${direction}[${i}] prefixList`,
    id: name,
    types: ['prefix-list'],
  });
}

/** The routes a table costs: one per route, `maxEntries` per route to a prefix list. */
function checkRouteQuota(context: ValidationContext, table: RouteTable): void {
  const cost = table.routes.reduce((sum, route) => sum + weightOf(context, route.destination), 0);
  const lists = table.routes.filter((route) => listOf(context, route.destination) !== undefined);
  if (lists.length === 0 || cost <= PREFIX_LIST_QUOTAS.routesPerTable) return;
  reportQuota(context, table, ['routes'], `its routes count as ${cost}`, PREFIX_LIST_QUOTAS.routesPerTable, 'routes');
}

function checkRuleQuota(context: ValidationContext, group: SecurityGroup, direction: 'inbound' | 'outbound'): void {
  const rules = group[direction];
  if (!rules.some((rule) => listOf(context, rule.prefixList) !== undefined)) return;
  const cost = rules.reduce((sum, rule) => sum + weightOf(context, rule.prefixList), 0);
  if (cost <= PREFIX_LIST_QUOTAS.rulesPerGroupDirection) return;
  reportQuota(
    context,
    group,
    [direction],
    `its ${direction} rules count as ${cost}`,
    PREFIX_LIST_QUOTAS.rulesPerGroupDirection,
    `${direction} rules`,
  );
}

function reportQuota(
  context: ValidationContext,
  owner: Resource,
  segments: PathSegment[],
  what: string,
  quota: number,
  unit: string,
): void {
  context.warn(
    'PREFIX_LIST_QUOTA_EXCEEDED',
    owner.id,
    context.path(owner, ...segments),
    `${context.name(owner)}: ${what}, over AWS’s default quota of ${quota} ${unit}: each prefix list counts as its maxEntries. Lower the lists’ maxEntries, or ask AWS to raise the quota.`,
  );
}

function listOf(context: ValidationContext, name: string | undefined): PrefixListResource | undefined {
  if (name === undefined || isServicePrefixList(name)) return undefined;
  return context.index.get(name, 'prefix-list');
}

/** One route or rule, or a list's maxEntries. */
function weightOf(context: ValidationContext, name: string | undefined): number {
  const list = listOf(context, name);
  return list ? prefixListWeight(list) : 1;
}
