import {
  cidrContainsAddress,
  formatCidr,
  formatIpv4,
  isReservedInSubnet,
  parseAddress,
  parseCidr,
  RESERVED_AT_START,
  type Address,
  type Cidr4,
  type Cidr6,
} from '../net/index.ts';
import { indexDocument, type DocumentIndex } from './document-index.ts';
import { error, jsonPath, type ValidationIssue } from './issues.ts';
import { named } from './labels.ts';
import { instanceInterfaces, interfacesOf, type InstanceInterface } from './network-interfaces.ts';
import { isTrafficCapable, subnetsOf } from './resource-kinds.ts';
import type { Instance, Resource, VpcLabDocument } from './schema.ts';

/** One network interface's addresses: numbers (uint32, bigint) so the engine uses them directly. */
export interface AssignedAddress {
  readonly subnet: string;
  readonly ipv4: number;
  readonly ipv6?: bigint;
}

/** Every interface address of a document, and the problems met while assigning them. */
export interface AddressPlan {
  /** Resource id to one address per subnet, in the order of the resource's subnets. */
  readonly byResource: ReadonlyMap<string, readonly AssignedAddress[]>;
  /** On-premises id to its default address: its first CIDR's network address + 1. */
  readonly onPremises: ReadonlyMap<string, Address>;
  /** Invalid, reserved or taken explicit addresses, exhausted subnets, IPv6 without a subnet block. */
  readonly errors: readonly ValidationIssue[];
}

interface SubnetPool {
  readonly v4: Cidr4 | undefined;
  readonly v6: Cidr6 | undefined;
  readonly taken4: Map<number, string>;
  readonly taken6: Set<bigint>;
  next4: number;
  next6: bigint;
}

/**
 * Assigns addresses as format.md says: explicit `privateIp`s first; then, in document order,
 * each traffic-capable resource gets the lowest free IPv4 address of each of its subnets,
 * skipping the five AWS reserves; then instances with `ipv6: true` get the lowest free IPv6
 * address of their subnet's block after the four reserved. The same document always gives
 * the same plan. Resources in subnets that do not resolve are skipped (validation reports them).
 */
export function assignAddresses(document: VpcLabDocument, index: DocumentIndex = indexDocument(document)): AddressPlan {
  const errors: ValidationIssue[] = [];
  const pools = new Map<string, SubnetPool>();
  const pool = (subnetId: string): SubnetPool | undefined => {
    const subnet = index.get(subnetId, 'subnet');
    if (!subnet) return undefined;
    let found = pools.get(subnetId);
    if (!found) {
      const v4 = parseCidr(subnet.cidr);
      const v6 = subnet.ipv6Cidr === undefined ? undefined : parseCidr(subnet.ipv6Cidr);
      const block4 = v4.ok && v4.value.version === 4 ? v4.value : undefined;
      const block6 = v6?.ok && v6.value.version === 6 ? v6.value : undefined;
      found = {
        v4: block4,
        v6: block6,
        taken4: new Map(),
        taken6: new Set(),
        next4: (block4?.first ?? 0) + RESERVED_AT_START,
        next6: (block6?.first ?? 0n) + BigInt(RESERVED_AT_START),
      };
      pools.set(subnetId, found);
    }
    return found;
  };
  const positions = new Map(document.resources.map((resource, i) => [resource, i]));
  const path = (resource: Resource, ...segments: (string | number)[]) =>
    jsonPath(['resources', positions.get(resource) ?? -1, ...segments]);

  // 1. Explicit addresses, which nothing automatic may take: every interface's `privateIp`,
  // the primary's and the secondaries', in document order.
  const explicit = new Map<Resource, Map<number, number | null>>();
  for (const resource of document.resources) {
    if (resource.type !== 'instance') continue;
    for (const eni of instanceInterfaces(resource)) {
      if (eni.privateIp === undefined) continue;
      const claimed = explicit.get(resource) ?? new Map<number, number | null>();
      claimed.set(
        eni.deviceIndex,
        claimExplicit(resource, eni, pool(eni.subnet), errors, path(resource, ...eni.at, 'privateIp')),
      );
      explicit.set(resource, claimed);
    }
  }

  // 2. Automatic IPv4, one per subnet of each traffic-capable resource, in document order.
  const byResource = new Map<string, AssignedAddress[]>();
  for (const resource of document.resources) {
    if (!isTrafficCapable(resource) || resource.type === 'on-premises') continue;
    const list: AssignedAddress[] = [];
    const subnets = [...new Set(subnetsOf(resource))];
    const interfaces = interfacesOf(resource);
    subnets.forEach((subnetId) => {
      const subnetPool = pool(subnetId);
      if (!subnetPool?.v4) return;
      // An instance's interface in this subnet (interfaces of one instance sit in distinct subnets).
      const eni = interfaces.find((candidate) => candidate.subnet === subnetId);
      if (eni?.privateIp !== undefined) {
        const value = explicit.get(resource)?.get(eni.deviceIndex);
        if (value !== null && value !== undefined) list.push({ subnet: subnetId, ipv4: value });
        return;
      }
      const value = nextFree4(subnetPool);
      if (value === undefined) {
        const field: (string | number)[] =
          eni !== undefined ? [...eni.at, 'subnet'] : resource.type === 'nat-gateway' ? ['subnet'] : ['subnets'];
        errors.push(
          error(
            'SUBNET_ADDRESSES_EXHAUSTED',
            resource.id,
            path(resource, ...field),
            `${named(resource.type, resource.id)}: subnet "${subnetId}" (${formatCidr(subnetPool.v4)}) has no free address left. Use a larger subnet or move the resource to another subnet.`,
          ),
        );
        return;
      }
      subnetPool.taken4.set(value, resource.id);
      list.push({ subnet: subnetId, ipv4: value });
    });
    if (list.length > 0 && !byResource.has(resource.id)) byResource.set(resource.id, list);
  }

  // 3. IPv6 for instance interfaces that ask for it, in document order (an instance's primary, then its secondaries).
  for (const resource of document.resources) {
    if (resource.type !== 'instance') continue;
    for (const eni of instanceInterfaces(resource)) {
      if (!eni.ipv6) continue;
      assignIpv6(resource, eni.subnet, pool(eni.subnet), byResource, errors, path(resource, ...eni.at, 'ipv6'));
    }
  }

  const onPremises = new Map<string, Address>();
  for (const resource of index.ofType('on-premises')) {
    const address = onPremisesAddress(resource.cidrs[0]);
    if (address && !onPremises.has(resource.id)) onPremises.set(resource.id, address);
  }
  return { byResource, onPremises, errors };
}

/** The default address of an on-premises network: its first CIDR's network address + 1. */
export function onPremisesAddress(firstCidr: string | undefined): Address | undefined {
  if (firstCidr === undefined) return undefined;
  const block = parseCidr(firstCidr);
  if (!block.ok) return undefined;
  return block.value.version === 4
    ? { version: 4, value: block.value.first + 1 }
    : { version: 6, value: block.value.first + 1n };
}

function claimExplicit(
  instance: Instance,
  eni: InstanceInterface,
  subnetPool: SubnetPool | undefined,
  errors: ValidationIssue[],
  path: string,
): number | null {
  const text = eni.privateIp ?? '';
  const subject =
    eni.deviceIndex === 0
      ? named('instance', instance.id)
      : `${named('instance', instance.id)}, network interface ${eni.name}`;
  const subnetId = eni.subnet;
  const address = parseAddress(text);
  if (!address.ok || address.value.version !== 4) {
    errors.push(
      error(
        'PRIVATE_IP_INVALID',
        instance.id,
        path,
        `${subject}: privateIp "${text}" is not an IPv4 address. Write one like 10.0.1.10, or remove it to assign one automatically.`,
      ),
    );
    return null;
  }
  const block = subnetPool?.v4;
  if (!block || !subnetPool) return null; // the subnet itself is reported elsewhere
  const value = address.value.value;
  if (!cidrContainsAddress(block, address.value)) {
    errors.push(
      error(
        'PRIVATE_IP_OUTSIDE_SUBNET',
        instance.id,
        path,
        `${subject}: privateIp ${text} is outside its subnet "${subnetId}" (${formatCidr(block)}). Pick an address inside ${formatCidr(block)}.`,
      ),
    );
    return null;
  }
  if (isReservedInSubnet(block, value)) {
    errors.push(
      error(
        'PRIVATE_IP_RESERVED',
        instance.id,
        path,
        `${subject}: privateIp ${text} is one of the five addresses AWS reserves in subnet "${subnetId}" (the first four and the last). Pick an address from ${formatIpv4(block.first + RESERVED_AT_START)} to ${formatIpv4(block.last - 1)}.`,
      ),
    );
    return null;
  }
  const owner = subnetPool.taken4.get(value);
  if (owner !== undefined) {
    errors.push(
      error(
        'PRIVATE_IP_TAKEN',
        instance.id,
        path,
        `${subject}: privateIp ${text} is already taken by instance "${owner}". Pick another free address of subnet "${subnetId}".`,
      ),
    );
    return null;
  }
  subnetPool.taken4.set(value, instance.id);
  return value;
}

function nextFree4(subnetPool: SubnetPool): number | undefined {
  const block = subnetPool.v4;
  if (!block) return undefined;
  while (subnetPool.next4 < block.last && subnetPool.taken4.has(subnetPool.next4)) subnetPool.next4 += 1;
  if (subnetPool.next4 >= block.last) return undefined; // the last address is reserved
  return subnetPool.next4;
}

function assignIpv6(
  instance: Instance,
  subnetId: string,
  subnetPool: SubnetPool | undefined,
  byResource: Map<string, AssignedAddress[]>,
  errors: ValidationIssue[],
  path: string,
): void {
  if (!subnetPool) return;
  const block = subnetPool.v6;
  if (!block) {
    errors.push(
      error(
        'INSTANCE_IPV6_WITHOUT_SUBNET_IPV6',
        instance.id,
        path,
        `${named('instance', instance.id)}: ipv6 is true, but subnet "${subnetId}" has no ipv6Cidr. Give the subnet an IPv6 /64 or set ipv6 to false.`,
      ),
    );
    return;
  }
  const entries = byResource.get(instance.id) ?? [];
  const at = entries.findIndex((entry) => entry.subnet === subnetId);
  if (at < 0) return; // no IPv4 interface (reported already): no IPv6 either
  while (subnetPool.taken6.has(subnetPool.next6)) subnetPool.next6 += 1n;
  const value = subnetPool.next6;
  subnetPool.taken6.add(value);
  byResource.set(
    instance.id,
    entries.map((entry, i) => (i === at ? { ...entry, ipv6: value } : entry)),
  );
}
