import {
  defaultInterfaceName,
  findInterface,
  indexDocument,
  instanceInterfaces,
  type Instance,
  type Intent,
  type LayoutEntry,
  type VpcLabDocument,
} from '../model/index.ts';
import { newErrors } from './guard.ts';
import type { EditCommand, EditResult } from './types.ts';

/**
 * Removes one secondary network interface of an instance (`position` in `networkInterfaces`,
 * device index position + 1). Interfaces after it move down one device index, so references
 * by default name follow them (`web-1/eni-3` becomes `web-1/eni-2`), their places on the canvas
 * (layout) too; routes to the removed interface become blackholes, as AWS keeps a route whose
 * interface went, and intents naming it go, as does its layout entry.
 */
export function removeNetworkInterface(document: VpcLabDocument, id: string, position: number): EditResult {
  const instance = document.resources.find((r): r is Instance => r.id === id && r.type === 'instance');
  const list = instance?.networkInterfaces ?? [];
  if (!instance || position < 0 || position >= list.length) {
    return { ok: false, message: `Instance "${id}" has no network interface ${position + 1}.` };
  }
  const removed = list[position]!;
  const removedName = `${id}/${removed.id ?? defaultInterfaceName(position + 1)}`;
  // Interfaces named by default after the removed one shift down by one device index.
  const renames = new Map<string, string>();
  list.forEach((eni, i) => {
    if (i > position && eni.id === undefined) {
      renames.set(`${id}/${defaultInterfaceName(i + 1)}`, `${id}/${defaultInterfaceName(i)}`);
    }
  });
  const follow = (endpoint: string): string | null =>
    endpoint === removedName ? null : (renames.get(endpoint) ?? endpoint);
  const kept = list.filter((_, i) => i !== position);
  const resources = document.resources.map((resource) => {
    if (resource === instance) {
      const { networkInterfaces: _old, ...rest } = instance;
      return kept.length > 0 ? { ...rest, networkInterfaces: kept } : rest;
    }
    if (resource.type !== 'route-table') return resource;
    const routes = resource.routes.map((route) => ({ ...route, target: follow(route.target) ?? 'blackhole' }));
    return { ...resource, routes };
  });
  const intents = document.intents?.flatMap((intent): Intent[] => {
    const from = follow(intent.from);
    const to = follow(intent.to);
    return from === null || to === null ? [] : [{ ...intent, from, to }];
  });
  const layout = document.layout && followLayout(document.layout, follow);
  return {
    ok: true,
    document: { ...document, resources, ...(intents ? { intents } : {}), ...(layout ? { layout } : {}) },
    selected: [id],
  };
}

/** Layout entries keyed by what they now name; an entry of something gone (null) goes. */
function followLayout(
  layout: Readonly<Record<string, LayoutEntry>>,
  follow: (id: string) => string | null,
): Record<string, LayoutEntry> {
  const out: Record<string, LayoutEntry> = {};
  for (const [id, entry] of Object.entries(layout)) {
    const now = follow(id);
    if (now !== null) out[now] = entry;
  }
  return out;
}

/**
 * The commands that delete the secondary interfaces named by endpoint among `ids` (a person
 * deleting an interface node): one removal each, the highest device index of an instance first
 * so that the positions of the others still hold. Interfaces of an instance that is itself
 * deleted, primaries and anything else are left to the other deletions.
 */
export function interfaceRemovals(document: VpcLabDocument, ids: readonly string[]): EditCommand[] {
  const byId = new Map(document.resources.map((r) => [r.id, r]));
  const removals = ids.flatMap((id) => {
    if (byId.has(id)) return [];
    const found = findInterface(id, byId);
    if (!found || found.eni.deviceIndex === 0 || ids.includes(found.instance.id)) return [];
    return [{ id: found.instance.id, position: found.eni.deviceIndex - 1 }];
  });
  const unique = [...new Map(removals.map((r) => [`${r.id}\n${r.position}`, r])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : b.position - a.position));
  return unique.map((r) => ({ type: 'remove-network-interface' as const, id: r.id, position: r.position }));
}

/**
 * Moves one secondary network interface of an instance into another subnet (a drag on the
 * canvas). AWS attaches an interface only to an instance of its Availability Zone, and one
 * interface per subnet, so the subnet must be in the AZ of the instance's primary and hold no
 * other interface of it; its security groups must belong to the subnet's VPC. An explicit
 * private IP is dropped, as the new subnet assigns its own. Its name, and so every reference
 * to it, stays.
 */
export function moveNetworkInterface(
  document: VpcLabDocument,
  id: string,
  position: number,
  subnetId: string,
): EditResult {
  const index = indexDocument(document);
  const instance = index.get(id, 'instance');
  const eni = instance ? instanceInterfaces(instance)[position + 1] : undefined;
  if (!instance || !eni) return { ok: false, message: `Instance "${id}" has no network interface ${position + 1}.` };
  if (eni.subnet === subnetId) return { ok: true, document, selected: [eni.endpoint] };
  const subnet = index.get(subnetId, 'subnet');
  if (!subnet) return { ok: false, message: `There is no subnet "${subnetId}".` };
  const home = index.get(instance.subnet, 'subnet');
  if (home && home.az !== subnet.az) {
    return {
      ok: false,
      message: `Network interface ${eni.name} of ${id} stays in Availability Zone ${home.az}, like its instance: subnet ${subnetId} is in ${subnet.az}.`,
    };
  }
  const taken = instanceInterfaces(instance).find((other) => other.subnet === subnetId);
  if (taken) {
    return {
      ok: false,
      message: `${id} already has an interface in subnet ${subnetId} (${taken.name}): each interface of an instance needs a subnet of its own.`,
    };
  }
  const foreign = (eni.securityGroups ?? []).find((group) => index.vpcOf(group) !== subnet.vpc);
  if (foreign !== undefined) {
    return {
      ok: false,
      message: `Network interface ${eni.name} of ${id} cannot move into subnet ${subnetId} of VPC ${subnet.vpc}: its security group ${foreign} is in another VPC.`,
    };
  }
  const list = instance.networkInterfaces ?? [];
  const moved = list.map((entry, i) => {
    if (i !== position) return entry;
    const { privateIp: _dropped, ...rest } = entry;
    return { ...rest, subnet: subnetId };
  });
  const next: VpcLabDocument = {
    ...document,
    resources: document.resources.map((r) => (r === instance ? { ...instance, networkInterfaces: moved } : r)),
  };
  const added = newErrors(document, next);
  if (added.length > 0)
    return { ok: false, message: `Cannot move ${eni.endpoint} into subnet ${subnetId}: ${added[0]}` };
  return { ok: true, document: next, selected: [eni.endpoint] };
}
