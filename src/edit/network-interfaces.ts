import { defaultInterfaceName, type Instance, type Intent, type VpcLabDocument } from '../model/index.ts';
import type { EditResult } from './types.ts';

/**
 * Removes one secondary network interface of an instance (`position` in `networkInterfaces`,
 * device index position + 1). Interfaces after it move down one device index, so references
 * by default name follow them (`web-1/eni-3` becomes `web-1/eni-2`); routes to the removed
 * interface become blackholes, as AWS keeps a route whose interface went, and intents naming it go.
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
  return { ok: true, document: { ...document, resources, ...(intents ? { intents } : {}) }, selected: [id] };
}
