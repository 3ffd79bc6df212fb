import {
  ID_PATTERN,
  indexDocument,
  parseImplicitId,
  type ImplicitKind,
  type Intent,
  type Resource,
  type VpcLabDocument,
} from '../model/index.ts';
import { renamesDefaultGroup } from './default-group.ts';
import { rewriteReferences } from './references.ts';
import type { EditResult } from './types.ts';

/**
 * Turning an implicit resource (`<vpc>/main`, `<vpc>/default-acl`, `<vpc>/default`) into a real
 * one, with the edit that asked for it, as one step.
 *
 * User ids cannot contain `/`, so the real resource needs an id of its own: the one the person
 * typed (renaming is how one names an implicit table), else a fresh `<vpc>-main`,
 * `<vpc>-default-acl` or `<vpc>-default-sg`. Nothing else may change: the VPC behaves exactly as
 * before, now with the edit. So:
 * - the main table keeps `main: true`, the default NACL `default: true` and the default security
 *   group its name "default" (AWS's mark of the default group, see src/model/implicit.ts):
 *   subnets and resources that name no table, ACL or group use the real one as they used the
 *   implicit one, and so do resources added later;
 * - every reference to the implicit id follows to the new id: a subnet naming `<vpc>/main`, a
 *   rule naming `<vpc>/default` (the default group's own self-reference too), a gateway
 *   endpoint's route tables, intents; and so do references inside the edit itself (a rules list
 *   written from the implicit group still names `<vpc>/default`).
 */
export function materialiseResource(
  document: VpcLabDocument,
  implicitId: string,
  patch: Partial<Record<string, unknown>> = {},
  requestedId?: string,
): EditResult {
  const parsed = parseImplicitId(implicitId);
  const implicit = parsed ? indexDocument(document).byId.get(implicitId) : undefined;
  if (!parsed || !implicit)
    return { ok: false, message: `"${implicitId}" is not an implicit resource of this design.` };
  const taken = new Set(document.resources.map((r) => r.id));
  if (requestedId !== undefined && !ID_PATTERN.test(requestedId)) {
    return {
      ok: false,
      message: `"${requestedId}" is not a valid id: use 1-64 letters, digits, "-", "_" or "." (for example "web-1").`,
    };
  }
  if (requestedId !== undefined && taken.has(requestedId)) {
    return { ok: false, message: `The id "${requestedId}" is already taken. Pick another one.` };
  }
  const id = requestedId ?? freshId(taken, `${parsed.vpc}-${ID_SUFFIX[parsed.kind]}`);
  const { id: _id, type: _type, ...fields } = patch;
  const edited = dropUndefined({ ...implicit, ...fields, id }) as Resource;
  const refused = renamesDefaultGroup(implicit, edited);
  if (refused) return { ok: false, message: refused };

  const follow = (ref: string): string => (ref === implicitId ? id : ref);
  const rewrite = (resource: Resource): Resource => rewriteReferences(resource, follow) ?? resource;
  const resources = [...document.resources.map(rewrite), rewrite(edited)];
  const intents = document.intents?.map((intent): Intent => ({
    ...intent,
    from: follow(intent.from),
    to: follow(intent.to),
  }));
  return { ok: true, document: { ...document, resources, ...(intents ? { intents } : {}) }, selected: [id] };
}

/** The fresh id's suffix per kind: `vpc-0-main`, `vpc-0-default-acl`, `vpc-0-default-sg`. */
const ID_SUFFIX: Readonly<Record<ImplicitKind, string>> = {
  mainRouteTable: 'main',
  defaultNetworkAcl: 'default-acl',
  defaultSecurityGroup: 'default-sg',
};

/** A user id not yet taken, at most 64 characters: `base`, else `base-2`, `base-3`, ... */
function freshId(taken: ReadonlySet<string>, base: string): string {
  const stem = base.slice(0, 60);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A field set to undefined is removed, as update-resource does. */
function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
