import { isImplicitId, parseImplicitId, type Resource, type VpcLabDocument } from '../model/index.ts';
import { repin } from './annotations.ts';
import { dropLostLinks } from './lost-links.ts';
import { rewriteReferences } from './references.ts';
import type { EditResult } from './types.ts';

interface Deletion {
  /** Every id that goes, in document order. */
  readonly ids: readonly string[];
  /** The resources that stay, with their references to deleted ones rewritten. */
  readonly resources: readonly Resource[];
}

/**
 * Works out a deletion to its fixed point: a resource that cannot exist without a deleted one
 * (a subnet without its VPC, an instance without its subnet, a database whose subnets all went,
 * a peering connection without one of its VPCs, an on-premises network without its gateway)
 * goes too, and so on until nothing more changes. Whatever stays has its references rewritten:
 * routes to a deleted target become blackholes, list entries and group rules naming one go.
 */
function planDeletion(document: VpcLabDocument, requested: readonly string[]): Deletion {
  const deleted = new Set(requested.filter((id) => !isImplicitId(id)));
  const gone = (id: string): boolean => deleted.has(id) || deleted.has(parseImplicitId(id)?.vpc ?? '');
  const rewrite = (id: string): string | null => (gone(id) ? null : id);
  for (;;) {
    const resources: Resource[] = [];
    let grew = false;
    for (const resource of document.resources) {
      if (deleted.has(resource.id)) continue;
      const kept = rewriteReferences(resource, rewrite);
      if (kept === null) {
        deleted.add(resource.id);
        grew = true;
      } else {
        resources.push(kept);
      }
    }
    // A resource dropped late can orphan one already kept in this pass: go round again.
    if (!grew) {
      const ids = document.resources.filter((r) => deleted.has(r.id)).map((r) => r.id);
      return { ids, resources: dropLostLinks(document, resources) };
    }
  }
}

/**
 * Everything a deletion would remove, the requested resources included, in document order:
 * what the confirmation dialog counts ("and 7 other resources").
 */
export function deletionImpact(document: VpcLabDocument, ids: readonly string[]): string[] {
  return [...planDeletion(document, ids).ids];
}

/**
 * Deletes resources and what depends on them (see `planDeletion`); intents naming a deleted
 * resource and layout entries of deleted resources go too. Nothing left refers to a deleted id.
 */
export function deleteResources(document: VpcLabDocument, ids: readonly string[]): EditResult {
  const unknown = ids.filter((id) => !document.resources.some((r) => r.id === id));
  if (unknown.length > 0) {
    return { ok: false, message: `There is no resource ${unknown.map((id) => `"${id}"`).join(', ')} to delete.` };
  }
  if (ids.length === 0) return { ok: true, document };
  const plan = planDeletion(document, ids);
  const gone = new Set(plan.ids);
  const { intents, layout, ...rest } = document;
  // `web-1/eni-1` goes with `web-1`.
  const endpointGone = (endpoint: string): boolean =>
    gone.has(endpoint) || (endpoint.includes('/') && gone.has(endpoint.slice(0, endpoint.lastIndexOf('/'))));
  const keptIntents = intents?.filter((intent) => !endpointGone(intent.from) && !endpointGone(intent.to));
  const keptLayout = layout
    ? Object.fromEntries(Object.entries(layout).filter(([id]) => !endpointGone(id)))
    : undefined;
  // Notes pinned to a deleted resource stay where they are, unpinned.
  return {
    ok: true,
    document: repin(
      {
        ...rest,
        resources: [...plan.resources],
        ...(keptIntents ? { intents: keptIntents } : {}),
        ...(keptLayout ? { layout: keptLayout } : {}),
      },
      (id) => (gone.has(id) ? null : id),
    ),
    selected: [],
  };
}
