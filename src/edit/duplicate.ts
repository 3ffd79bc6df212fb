import { ID_PATTERN, parseImplicitId, type Resource, type VpcLabDocument } from '../model/index.ts';
import { firstFreeBlock, formatCidr, parseCidr } from '../net/index.ts';
import { newErrors } from './guard.ts';
import { rewriteReferences } from './references.ts';
import type { EditResult } from './types.ts';

/** How far a copy sits from its original on the canvas. */
const OFFSET = 40;

/**
 * Duplicates resources with fresh ids (`web-1-copy`, `web-1-copy-2`, ...). References among the
 * copied set point at the copies (a copied subnet with its copied instance stays together);
 * other references are kept. Explicit private IPs (of network interfaces too) are dropped, a copied subnet takes the next
 * free block of its VPC, and a copy is never a main table or default NACL. A copy that would
 * still make the design invalid (a second internet gateway in a VPC) is refused with the reason.
 */
export function duplicateResources(document: VpcLabDocument, ids: readonly string[]): EditResult {
  const originals = document.resources.filter((r) => ids.includes(r.id));
  const missing = ids.filter((id) => !originals.some((r) => r.id === id));
  if (missing.length > 0) return { ok: false, message: `There is no resource "${missing[0]}" to duplicate.` };
  if (originals.length === 0) return { ok: true, document };

  const taken = new Set(document.resources.map((r) => r.id));
  const idMap = new Map<string, string>();
  for (const original of originals) {
    const id = copyId(original.id, taken);
    taken.add(id);
    idMap.set(original.id, id);
  }
  const map = (id: string): string => {
    const copied = idMap.get(id);
    if (copied !== undefined) return copied;
    const implicit = parseImplicitId(id);
    const vpcCopy = implicit ? idMap.get(implicit.vpc) : undefined;
    return implicit && vpcCopy !== undefined ? `${vpcCopy}${id.slice(implicit.vpc.length)}` : id;
  };

  const resources = [...document.resources];
  const layout = { ...document.layout };
  for (const original of originals) {
    const id = idMap.get(original.id) ?? original.id;
    const copy = withoutExclusiveFields({ ...(rewriteReferences(original, map) ?? original), id });
    if (copy.type === 'subnet') {
      const result = placeSubnet(copy, resources);
      if (typeof result === 'string') return { ok: false, message: result };
      resources.push(result);
    } else {
      resources.push(copy);
    }
    const at = document.layout?.[original.id];
    if (at) layout[id] = { ...at, x: at.x + OFFSET, y: at.y + OFFSET };
  }

  const next: VpcLabDocument = {
    ...document,
    resources,
    ...(document.layout || Object.keys(layout).length > 0 ? { layout } : {}),
  };
  const added = newErrors(document, next);
  if (added.length > 0) return { ok: false, message: `Cannot duplicate: ${added[0]}` };
  return { ok: true, document: next, selected: [...idMap.values()] };
}

/** `web-1-copy`, then `web-1-copy-2`, ...; shortened so the id stays within 64 characters. */
function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate) && ID_PATTERN.test(candidate)) return candidate;
  }
}

/**
 * Drops what only one resource may have: a fixed address (the primary's and each network
 * interface's, so the copy's interfaces get free addresses in their subnets), the main/default flag.
 */
function withoutExclusiveFields(resource: Resource): Resource {
  switch (resource.type) {
    case 'instance': {
      const { privateIp: _ip, networkInterfaces, ...rest } = resource;
      if (networkInterfaces === undefined) return rest;
      return { ...rest, networkInterfaces: networkInterfaces.map(({ privateIp: _eniIp, ...eni }) => eni) };
    }
    case 'route-table': {
      const { main: _main, ...rest } = resource;
      return rest;
    }
    case 'network-acl': {
      const { default: _default, ...rest } = resource;
      return rest;
    }
    default:
      return resource;
  }
}

/** A copied subnet gets the first free block of the same size in its VPC (IPv6 is not copied). */
function placeSubnet(subnet: Resource & { type: 'subnet' }, resources: readonly Resource[]): Resource | string {
  const vpc = resources.find((r) => r.id === subnet.vpc);
  const prefix = parseCidr(subnet.cidr);
  if (vpc?.type !== 'vpc' || !prefix.ok) return subnet;
  const parsed = (text: string) => {
    const cidr = parseCidr(text);
    return cidr.ok ? [cidr.value] : [];
  };
  const siblings = resources.flatMap((r) => (r.type === 'subnet' && r.vpc === subnet.vpc ? parsed(r.cidr) : []));
  const free = firstFreeBlock(vpc.cidrBlocks.flatMap(parsed), siblings, () => prefix.value.prefix);
  const cidr = free && formatCidr(free);
  if (cidr === undefined) {
    return `Cannot duplicate subnet ${subnet.id}: VPC ${vpc.id} has no free /${prefix.value.prefix} block left.`;
  }
  const { ipv6Cidr: _v6, ...rest } = subnet;
  return { ...rest, cidr };
}
