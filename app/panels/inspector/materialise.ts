import type { EditCommand } from '../../../src/edit/index.ts';
import { parseImplicitId, type DocumentIndex, type Resource, type VpcLabDocument } from '../../../src/model/index.ts';

/**
 * Turning an implicit resource (`<vpc>/main`, `<vpc>/default-acl`, `<vpc>/default`) into a real one
 * on its first edit.
 *
 * User ids cannot contain `/`, so the real resource gets a fresh id (`<vpc>-main`, ...). What a person
 * expects is that nothing else changes: the VPC behaves exactly as before, now with the edit. So:
 * - the main table keeps `main: true`, the default NACL `default: true` and the default security
 *   group its name "default" (AWS's mark of the default group, see src/model/implicit.ts): subnets
 *   and resources that name no table, ACL or group now use the real one, as they used the
 *   implicit one, and so do resources added later;
 * - every reference to the implicit id (a subnet naming `<vpc>/main`, a rule naming `<vpc>/default`,
 *   a gateway endpoint's route tables) follows to the new id.
 */
export interface Materialisation {
  readonly id: string;
  readonly commands: readonly EditCommand[];
}

const SUFFIX = {
  mainRouteTable: 'main',
  defaultNetworkAcl: 'default-acl',
  defaultSecurityGroup: 'default-sg',
} as const;

/** The commands that make an implicit resource real (under `newId` if given); undefined for ids that are not implicit. */
export function materialise(
  document: VpcLabDocument,
  index: DocumentIndex,
  implicitId: string,
  newId?: string,
): Materialisation | undefined {
  const parsed = parseImplicitId(implicitId);
  const implicit = index.byId.get(implicitId);
  if (!parsed || !implicit) return undefined;
  const id = newId ?? freshId(document, `${parsed.vpc}-${SUFFIX[parsed.kind]}`);
  const resource = replaceReference(implicit, implicitId, id) as Resource;
  const commands: EditCommand[] = [{ type: 'add-resource', resource: { ...resource, id } }];
  for (const other of document.resources) {
    const patch = referencePatch(other, implicitId, id);
    if (Object.keys(patch).length > 0) commands.push({ type: 'update-resource', id: other.id, patch });
  }
  return { id, commands };
}

/** A user id not yet taken, at most 64 characters: `base`, else `base-2`, `base-3`, ... */
export function freshId(document: VpcLabDocument, base: string): string {
  const taken = new Set(document.resources.map((r) => r.id));
  const stem = base.slice(0, 60);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The top-level fields of `resource` that mention `from`, rewritten to `to`. */
function referencePatch(resource: Resource, from: string, to: string): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'id' || key === 'type' || key === 'name' || key === 'tags' || key === 'description') continue;
    const replaced = replaceReference(value, from, to);
    if (replaced !== value) patch[key] = replaced;
  }
  return patch;
}

/** Deep copy-on-write replacement of a string value; unchanged parts keep their identity. */
function replaceReference(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) {
    const next = value.map((item) => replaceReference(item, from, to));
    return next.some((item, i) => item !== value[i]) ? next : value;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const next = entries.map(([k, v]) => [k, replaceReference(v, from, to)] as const);
    return next.some(([, v], i) => v !== entries[i]![1]) ? Object.fromEntries(next) : value;
  }
  return value;
}
