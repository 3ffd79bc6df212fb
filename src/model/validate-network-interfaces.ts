import type { PathSegment } from './issues.ts';
import {
  findInterface,
  instanceInterfaces,
  MAX_NETWORK_INTERFACES,
  type InstanceInterface,
} from './network-interfaces.ts';
import { checkRepeats, reportOtherVpc, resolve } from './references.ts';
import type { Instance, RouteTable, Subnet } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';
import { MAX_SECURITY_GROUPS } from './validate-security-group-attachments.ts';

/**
 * An instance's secondary network interfaces (format.md, "Network interfaces"): each sits in
 * an existing subnet of the primary's AZ (AWS attaches an interface only to an instance in its
 * own AZ; since multi-VPC attachments that subnet may be in another VPC), in a subnet of its
 * own, with groups of that subnet's VPC; names are unique within the instance; AWS gives an
 * automatic public IPv4 only to the primary; and there are at most MAX_NETWORK_INTERFACES.
 * Addresses (`privateIp`, `ipv6`) are checked with every other address (addresses.ts).
 */
export function validateNetworkInterfaces(context: ValidationContext): void {
  for (const instance of context.index.ofType('instance')) {
    const secondaries = instance.networkInterfaces ?? [];
    if (secondaries.length === 0) continue;
    if (secondaries.length + 1 > MAX_NETWORK_INTERFACES) {
      context.error(
        'NETWORK_INTERFACES_TOO_MANY',
        instance.id,
        context.path(instance, 'networkInterfaces'),
        `${context.name(instance)}: networkInterfaces lists ${secondaries.length} interfaces, so the instance has ${secondaries.length + 1} with its primary; VPC Lab allows at most ${MAX_NETWORK_INTERFACES} (the largest instance types' limit). Remove ${secondaries.length + 1 - MAX_NETWORK_INTERFACES}.`,
        { count: secondaries.length + 1, max: MAX_NETWORK_INTERFACES },
      );
    }
    const interfaces = instanceInterfaces(instance);
    const primarySubnet = context.index.get(instance.subnet, 'subnet');
    const names = new Map<string, number>();
    const subnets = new Map<string, number>();
    for (const eni of interfaces) {
      const earlierName = names.get(eni.name);
      if (earlierName === undefined) names.set(eni.name, eni.deviceIndex);
      else reportNameTaken(context, instance, eni, earlierName);
      if (eni.deviceIndex === 0) {
        subnets.set(eni.subnet, 0);
        continue;
      }
      checkSecondary(context, instance, eni, primarySubnet, subnets);
    }
  }
}

function reportNameTaken(
  context: ValidationContext,
  instance: Instance,
  eni: InstanceInterface,
  earlier: number,
): void {
  context.error(
    'NETWORK_INTERFACE_ID_TAKEN',
    instance.id,
    context.path(instance, ...eni.at, 'id'),
    `${context.name(instance)}: network interface ${eni.deviceIndex} is named "${eni.name}", like interface ${earlier}. Give it another id; "${instance.id}/${eni.name}" must name one interface.`,
    { name: eni.name, field: `networkInterfaces[${eni.deviceIndex - 1}].id` },
  );
}

function checkSecondary(
  context: ValidationContext,
  instance: Instance,
  eni: InstanceInterface,
  primarySubnet: Subnet | undefined,
  subnets: Map<string, number>,
): void {
  const at = (...rest: PathSegment[]) => [...eni.at, ...rest];
  const label = `networkInterfaces[${eni.deviceIndex - 1}]`;
  const subnet = resolve(context, {
    owner: instance,
    segments: at('subnet'),
    label: `${label}.subnet`,
    id: eni.subnet,
    types: ['subnet'],
  });
  if (subnet) {
    const earlier = subnets.get(subnet.id);
    if (earlier !== undefined) {
      context.error(
        'NETWORK_INTERFACE_SUBNET_REPEATED',
        instance.id,
        context.path(instance, ...at('subnet')),
        `${context.name(instance)}: ${label}.subnet is "${subnet.id}", where interface ${earlier} already is. Put each interface of an instance in a subnet of its own.`,
        { subnet: subnet.id, field: `${label}.subnet` },
      );
    } else {
      subnets.set(subnet.id, eni.deviceIndex);
    }
    if (primarySubnet && subnet.az !== primarySubnet.az) {
      context.error(
        'NETWORK_INTERFACE_OTHER_AZ',
        instance.id,
        context.path(instance, ...at('subnet')),
        `${context.name(instance)}: ${label}.subnet "${subnet.id}" is in AZ "${subnet.az}", but the instance is in AZ "${primarySubnet.az}" (subnet "${primarySubnet.id}"). AWS attaches an interface only to an instance of its own AZ: pick a subnet in "${primarySubnet.az}".`,
        { subnet: subnet.id, az: subnet.az, instanceAz: primarySubnet.az, field: `${label}.subnet` },
      );
    }
  }
  if (eni.publicIp) {
    context.error(
      'NETWORK_INTERFACE_PUBLIC_IP',
      instance.id,
      context.path(instance, ...at('publicIp')),
      `${context.name(instance)}: ${label}.publicIp is true, but AWS assigns an automatic public IPv4 address only to the primary interface. Use elasticIp on this interface instead.`,
      { field: `${label}.publicIp` },
    );
  }
  checkGroups(context, instance, eni, label, subnet);
}

function checkGroups(
  context: ValidationContext,
  instance: Instance,
  eni: InstanceInterface,
  label: string,
  subnet: Subnet | undefined,
): void {
  const groups = eni.securityGroups;
  if (groups === undefined) return;
  const path = context.path(instance, ...eni.at, 'securityGroups');
  if (groups.length === 0) {
    context.error(
      'SECURITY_GROUPS_EMPTY',
      instance.id,
      path,
      `${context.name(instance)}: ${label}.securityGroups is empty, but it needs at least one group. Add a group, or remove the field to use the VPC’s default group.`,
    );
  }
  if (groups.length > MAX_SECURITY_GROUPS) {
    context.error(
      'SECURITY_GROUPS_TOO_MANY',
      instance.id,
      path,
      `${context.name(instance)}: ${label}.securityGroups lists ${groups.length} groups, but a network interface takes at most ${MAX_SECURITY_GROUPS}. Merge rules into fewer groups.`,
    );
  }
  checkRepeats(context, instance, `${label}.securityGroups`, groups);
  groups.forEach((id, i) => {
    const group = resolve(context, {
      owner: instance,
      segments: [...eni.at, 'securityGroups', i],
      label: `${label}.securityGroups[${i}]`,
      id,
      types: ['security-group'],
    });
    if (group && subnet && group.vpc !== subnet.vpc) {
      reportOtherVpc(
        context,
        instance,
        [...eni.at, 'securityGroups', i],
        `security group "${group.id}" of ${label}`,
        group.vpc,
        subnet.vpc,
      );
    }
  });
}

/**
 * A route target naming one interface (`web-1/eni-1`). Returns false when the text names no
 * interface (the caller reports the missing id); true once it is checked: the interface must
 * sit in the route table's VPC.
 */
export function checkInterfaceTarget(
  context: ValidationContext,
  table: RouteTable,
  target: string,
  segments: PathSegment[],
): boolean {
  const found = findInterface(target, context.index.byId);
  if (!found) return false;
  const subnet = context.index.get(found.eni.subnet, 'subnet');
  if (subnet && subnet.vpc !== table.vpc) {
    reportOtherVpc(context, table, segments, `route target "${target}"`, subnet.vpc, table.vpc);
  }
  return true;
}

/**
 * A route to an instance with several interfaces: AWS's API asks which interface; VPC Lab
 * sends the traffic to the primary and says so, suggesting the explicit `<instance>/eni-N`.
 */
export function warnMultiHomedTarget(
  context: ValidationContext,
  table: RouteTable,
  instance: Instance,
  segments: PathSegment[],
  subject: string,
): void {
  if ((instance.networkInterfaces ?? []).length === 0) return;
  context.warn(
    'ROUTE_TARGET_MULTI_HOMED_INSTANCE',
    table.id,
    context.path(table, ...segments),
    `${subject}, which has ${(instance.networkInterfaces ?? []).length + 1} network interfaces; the route reaches its primary interface. Name the interface, like "${instance.id}/eni-0", as AWS asks.`,
  );
}
