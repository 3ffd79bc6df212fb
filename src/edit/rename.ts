import { ID_PATTERN, parseImplicitId, type Intent, type VpcLabDocument } from '../model/index.ts';
import { repin } from './annotations.ts';
import { rewriteReferences } from './references.ts';
import type { EditResult } from './types.ts';

/**
 * Renames a resource and every reference to it: fields of other resources, route targets,
 * group references in rules, intents and layout. The implicit ids of a renamed VPC
 * (`<vpc>/main`, `<vpc>/default-acl`, `<vpc>/default`) follow it.
 */
export function renameResource(document: VpcLabDocument, from: string, to: string): EditResult {
  const target = document.resources.find((r) => r.id === from);
  if (!target) return { ok: false, message: `There is no resource "${from}".` };
  if (from === to) return { ok: true, document, selected: [to] };
  if (!ID_PATTERN.test(to)) {
    return {
      ok: false,
      message: `"${to}" is not a valid id: use 1-64 letters, digits, "-", "_" or "." (for example "web-1").`,
    };
  }
  if (document.resources.some((r) => r.id === to)) {
    return { ok: false, message: `The id "${to}" is already taken. Pick another one.` };
  }

  const map = (id: string): string => {
    if (id === from) return to;
    // An interface of the renamed instance: `web-1/eni-1` follows to `web-2/eni-1`.
    if (target.type === 'instance' && id.startsWith(`${from}/`)) return `${to}${id.slice(from.length)}`;
    const implicit = target.type === 'vpc' ? parseImplicitId(id) : undefined;
    return implicit?.vpc === from ? `${to}${id.slice(from.length)}` : id;
  };
  const resources = document.resources.map((resource) => {
    // A rename only maps ids to ids, so no resource can be dropped here.
    const rewritten = rewriteReferences(resource, map) ?? resource;
    return resource.id === from ? { ...rewritten, id: to } : rewritten;
  });
  const intents = document.intents?.map((intent): Intent => ({
    ...intent,
    from: map(intent.from),
    to: map(intent.to),
  }));
  const layout = document.layout
    ? Object.fromEntries(Object.entries(document.layout).map(([id, entry]) => [map(id), entry]))
    : undefined;
  return {
    ok: true,
    document: repin(
      {
        ...document,
        resources,
        ...(intents ? { intents } : {}),
        ...(layout ? { layout } : {}),
      },
      map,
    ),
    selected: [to],
  };
}
