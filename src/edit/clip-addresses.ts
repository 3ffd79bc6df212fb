import {
  indexDocument,
  instanceInterfaces,
  isNamedDefaultGroup,
  type Instance,
  type Resource,
  type VpcLabDocument,
} from '../model/index.ts';
import { cidrContains, cidrOverlaps, formatCidr, type Cidr } from '../net/index.ts';
import { freeSubnetCidr, freeVpcBlock, parsedCidrs, shiftCidr, usedNetworkBlocks } from './clip-cidrs.ts';
import type { PasteRefusal } from './clip-paste.ts';
import { shiftRuleCidrs } from './clip-shift-rules.ts';

/**
 * Addresses and one-per-VPC flags of the pasted resources: fresh blocks for VPCs (their subnets
 * move along) and for subnets pasted into an existing VPC; an IPv6 block kept only where it
 * still fits; a fixed private IP (of an instance or any of its network interfaces) kept only in a
 * subnet of the same CIDR and when unused, else left to be assigned; the
 * main/default flags and the default group's name only when their VPC was pasted too.
 */
export function assignAddresses(
  pasted: readonly Resource[],
  clip: VpcLabDocument,
  target: VpcLabDocument,
  idMap: ReadonlyMap<string, string>,
): Resource[] | PasteRefusal {
  const used = usedNetworkBlocks(target.resources);
  /** Per pasted VPC (new id), where each of its blocks went. */
  const moved = new Map<string, Array<{ readonly from: Cidr; readonly to: Cidr }>>();
  for (const resource of pasted) {
    if (resource.type !== 'vpc') continue;
    const shifts: Array<{ from: Cidr; to: Cidr }> = [];
    for (const text of resource.cidrBlocks) {
      const from = parsedCidrs([text])[0];
      const to = freeVpcBlock(text, used);
      if (!from || !to) return { code: 'no-addresses', id: resource.id };
      used.push(to);
      shifts.push({ from, to });
    }
    moved.set(resource.id, shifts);
  }
  const shiftInto = (vpc: string, cidr: string): string =>
    (moved.get(vpc) ?? []).reduce((text, { from, to }) => (text === cidr ? shiftCidr(cidr, from, to) : text), cidr);

  const vpcs = new Map([...target.resources, ...pasted].flatMap((r) => (r.type === 'vpc' ? [[r.id, r] as const] : [])));
  const placed = new Map<string, Cidr[]>();
  const placedV6: Cidr[] = [];
  for (const r of target.resources) {
    if (r.type !== 'subnet') continue;
    placed.set(r.vpc, [...(placed.get(r.vpc) ?? []), ...parsedCidrs([r.cidr])]);
    if (r.ipv6Cidr !== undefined) placedV6.push(...parsedCidrs([r.ipv6Cidr]));
  }
  const shifts = [...moved.values()].flat().filter(({ from, to }) => from.first !== to.first);
  const newCidr = new Map<string, string>();
  const addressed: Resource[] = [];
  for (const resource of pasted) {
    if (resource.type === 'vpc') {
      addressed.push({ ...resource, cidrBlocks: moved.get(resource.id)!.map(({ to }) => formatCidr(to)) });
    } else if (resource.type === 'subnet' && moved.has(resource.vpc)) {
      const cidr = shiftInto(resource.vpc, resource.cidr);
      newCidr.set(resource.id, cidr);
      addressed.push({ ...resource, cidr });
    } else if (resource.type === 'subnet') {
      const vpc = vpcs.get(resource.vpc);
      if (!vpc) return { code: 'no-addresses', id: resource.id };
      const cidr = freeSubnetCidr(resource, vpc, placed.get(vpc.id) ?? []);
      if (cidr === undefined) return { code: 'no-addresses', id: resource.id };
      placed.set(vpc.id, [...(placed.get(vpc.id) ?? []), ...parsedCidrs([cidr])]);
      newCidr.set(resource.id, cidr);
      const { ipv6Cidr, ...rest } = resource;
      const v6 = ipv6Cidr === undefined ? undefined : parsedCidrs([ipv6Cidr])[0];
      const fits =
        v6 !== undefined &&
        parsedCidrs(vpc.ipv6CidrBlocks ?? []).some((block) => cidrContains(block, v6)) &&
        !placedV6.some((other) => cidrOverlaps(other, v6));
      if (fits) placedV6.push(v6);
      addressed.push(fits ? { ...rest, cidr, ipv6Cidr: ipv6Cidr! } : { ...rest, cidr });
    } else {
      addressed.push(shiftRuleCidrs(resource, shifts));
    }
  }

  const clipIndex = indexDocument(clip);
  const originalOf = new Map([...idMap].map(([from, to]) => [to, from] as const));
  const targetIndex = indexDocument(target);
  const cidrOf = (subnet: string) => newCidr.get(subnet) ?? targetIndex.get(subnet, 'subnet')?.cidr;
  // Every fixed address in the target, on primary and secondary interfaces alike.
  const usedIps = new Set(
    target.resources.flatMap((r) =>
      r.type === 'instance' ? instanceInterfaces(r).flatMap((eni) => (eni.privateIp ? [eni.privateIp] : [])) : [],
    ),
  );
  /** A fixed address survives when its subnet kept the original's CIDR and nobody holds it yet. */
  const keeps = (privateIp: string, subnet: string, originalSubnet: string | undefined): boolean => {
    const wasCidr = originalSubnet === undefined ? undefined : clipIndex.get(originalSubnet, 'subnet')?.cidr;
    if (wasCidr === undefined || cidrOf(subnet) !== wasCidr || usedIps.has(privateIp)) return false;
    usedIps.add(privateIp);
    return true;
  };
  const pastedVpcs = new Set(moved.keys());
  return addressed.map((resource): Resource => {
    switch (resource.type) {
      case 'instance':
        return withFreeAddresses(resource, clipIndex.get(originalOf.get(resource.id) ?? '', 'instance'), keeps);
      case 'route-table': {
        if (resource.main !== true || pastedVpcs.has(resource.vpc)) return resource;
        const { main: _main, ...rest } = resource;
        return rest;
      }
      case 'network-acl': {
        if (resource.default !== true || pastedVpcs.has(resource.vpc)) return resource;
        const { default: _default, ...rest } = resource;
        return rest;
      }
      case 'security-group': {
        if (!isNamedDefaultGroup(resource) || pastedVpcs.has(resource.vpc)) return resource;
        const { name: _name, ...rest } = resource;
        return rest;
      }
      default:
        return resource;
    }
  });
}

/**
 * A pasted instance with the fixed addresses that still fit (`keeps`), the others dropped so the
 * document assigns free ones: the primary's, then each secondary interface's, in device order.
 */
function withFreeAddresses(
  instance: Instance,
  original: Instance | undefined,
  keeps: (privateIp: string, subnet: string, originalSubnet: string | undefined) => boolean,
): Instance {
  const { privateIp, networkInterfaces, ...rest } = instance;
  const primary = privateIp !== undefined && keeps(privateIp, instance.subnet, original?.subnet);
  const interfaces = networkInterfaces?.map((eni, i) => {
    if (eni.privateIp === undefined) return eni;
    if (keeps(eni.privateIp, eni.subnet, original?.networkInterfaces?.[i]?.subnet)) return eni;
    const { privateIp: _ip, ...unfixed } = eni;
    return unfixed;
  });
  return {
    ...rest,
    ...(primary ? { privateIp } : {}),
    ...(interfaces ? { networkInterfaces: interfaces } : {}),
  };
}
