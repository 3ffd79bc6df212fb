import {
  CURRENT_VERSION,
  FORMAT_NAME,
  indexDocument,
  parseImplicitId,
  subnetsOf,
  type LayoutEntry,
  type Resource,
  type VpcLabDocument,
} from '../model/index.ts';
import { rewriteReferences, type ReferenceRole } from './references.ts';

/**
 * The `meta` key that marks a document as a clipboard copy: `{ copied: [ids] }` names the
 * resources that were copied; every other resource of the document is context, there only so
 * that the copy is a valid VPC Lab document on its own (the subnet an instance lives in, the
 * groups it names). `meta` is free-form in the format, so a copy is an ordinary document.
 */
export const CLIPBOARD_META_KEY = 'vpclabClipboard';

/** One reference a resource holds, with what it means for the holder (references.ts). */
export interface HeldReference {
  readonly id: string;
  readonly role: ReferenceRole;
}

/** Every reference a resource holds, in the order rewriteReferences visits them. */
export function referencesOf(resource: Resource): HeldReference[] {
  const held: HeldReference[] = [];
  rewriteReferences(resource, (id, role) => {
    held.push({ id, role });
    return id;
  });
  return held;
}

/**
 * What copying takes along with the selection: a VPC brings everything that lives in it, a
 * subnet everything whose home (first) subnet it is. Peering connections, transit gateways and
 * on-premises networks live in no container and bring nothing.
 */
export function copiedClosure(document: VpcLabDocument, ids: readonly string[]): Set<string> {
  const index = indexDocument(document);
  const own = new Set(document.resources.map((r) => r.id));
  const copied = new Set(ids.filter((id) => own.has(id)));
  const vpcs = new Set(document.resources.filter((r) => copied.has(r.id) && r.type === 'vpc').map((r) => r.id));
  const subnets = new Set(document.resources.filter((r) => copied.has(r.id) && r.type === 'subnet').map((r) => r.id));
  for (const resource of document.resources) {
    const vpc = index.vpcOf(resource.id);
    const home = subnetsOf(resource)[0];
    if ((vpc !== undefined && vpcs.has(vpc)) || (home !== undefined && subnets.has(home))) copied.add(resource.id);
  }
  return copied;
}

/**
 * The clipboard copy of a selection: a valid VPC Lab document holding the copied resources
 * (copiedClosure) with their layout, plus, as context, what they reference. A context resource
 * keeps only what it needs to stay valid (its VPC, its subnets); its other references are
 * dropped. Intents are not copied. Returns undefined when the selection holds no resource.
 */
export function copyForClipboard(document: VpcLabDocument, ids: readonly string[]): VpcLabDocument | undefined {
  const copied = copiedClosure(document, ids);
  if (copied.size === 0) return undefined;
  const byId = new Map(document.resources.map((r) => [r.id, r] as const));

  // Context: what the copied resources reference, then what the context itself cannot do without.
  const payload = new Set(copied);
  const pending: Array<{ readonly id: string; readonly all: boolean }> = [...copied].map((id) => ({ id, all: true }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const resource = byId.get(next.id);
    if (!resource) continue;
    for (const { id, role } of referencesOf(resource)) {
      const needed = next.all || role === 'required' || (role === 'member' && byId.get(id)?.type === 'subnet');
      if (!needed) continue;
      const target = parseImplicitId(id)?.vpc ?? id;
      if (payload.has(target) || !byId.has(target)) continue;
      payload.add(target);
      pending.push({ id: target, all: false });
    }
  }

  // A rule naming a group of another VPC is valid only across a peering connection: carry it too.
  const index = indexDocument(document);
  for (const peering of index.ofType('peering-connection')) {
    const joined = [peering.requester, peering.accepter];
    const crossing = [...payload].some((id) => {
      const group = byId.get(id);
      if (group?.type !== 'security-group' || !joined.includes(group.vpc)) return false;
      return [...group.inbound, ...group.outbound].some((rule) => {
        const other = rule.securityGroup === undefined ? undefined : index.vpcOf(rule.securityGroup);
        return other !== undefined && other !== group.vpc && joined.includes(other);
      });
    });
    if (crossing) payload.add(peering.id);
  }

  const inPayload = (id: string): boolean => payload.has(parseImplicitId(id)?.vpc ?? id);
  const resources = document.resources.flatMap((resource): Resource[] => {
    if (!payload.has(resource.id)) return [];
    if (copied.has(resource.id)) return [resource];
    const pruned = rewriteReferences(resource, (id) => (inPayload(id) ? id : null));
    return pruned ? [pruned] : [];
  });
  const layout: Record<string, LayoutEntry> = {};
  for (const resource of resources) {
    const entry = document.layout?.[resource.id];
    if (entry) layout[resource.id] = entry;
  }
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    name: document.name,
    resources,
    ...(Object.keys(layout).length > 0 ? { layout } : {}),
    meta: { [CLIPBOARD_META_KEY]: { copied: resources.filter((r) => copied.has(r.id)).map((r) => r.id) } },
  };
}

/**
 * The ids a clipboard copy marks as copied (CLIPBOARD_META_KEY), only those that are resources
 * of it; undefined when the document carries no mark (a whole document: all of it is content).
 */
export function copiedIdsOf(document: VpcLabDocument): string[] | undefined {
  const mark = document.meta?.[CLIPBOARD_META_KEY];
  if (typeof mark !== 'object' || mark === null) return undefined;
  const copied = (mark as Record<string, unknown>)['copied'];
  if (!Array.isArray(copied)) return undefined;
  const own = new Set(document.resources.map((r) => r.id));
  return copied.filter((id): id is string => typeof id === 'string' && own.has(id));
}
