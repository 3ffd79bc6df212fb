import { effectiveNetworkAcl, effectiveRouteTable, subnetsOf, type DocumentIndex } from '../model/index.ts';
import { interfacePlaces } from './hop-interfaces.ts';
import type { Hop } from './types.ts';

/**
 * Where hops sit on the canvas. Route tables and NACLs are not boxes, so a hop of theirs is
 * placed on the subnet it acted for. The worker uses it for intents' paths, the page for
 * traces and hop clicks.
 */

/**
 * Where the principal blocker sits when no forward hop dropped the packet (a return path, an
 * address translation that cannot happen): its component, or for a table the subnet on the path.
 */
export function blamed(
  component: string | undefined,
  path: readonly string[],
  tables: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  if (component === undefined) return undefined;
  const candidates = tables.get(component);
  if (!candidates) return component;
  return candidates.find((subnet) => path.includes(subnet)) ?? candidates[0];
}

/** Which subnets use each route table and NACL (explicitly or as their VPC's default). */
export function subnetsByTable(index: DocumentIndex): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const add = (table: string | undefined, subnet: string) => {
    if (table === undefined) return;
    const list = out.get(table);
    if (list) list.push(subnet);
    else out.set(table, [subnet]);
  };
  for (const subnet of index.ofType('subnet')) {
    add(effectiveRouteTable(index, subnet)?.id, subnet.id);
    add(effectiveNetworkAcl(index, subnet)?.id, subnet.id);
  }
  return out;
}

/**
 * Where each hop acted, as something the canvas draws: the hop's own component, except that a
 * route table or NACL (not drawn) becomes the subnet it acted for, found through the resources
 * next to it on the path (the sender's subnet going out, the receiver's coming in).
 * @example hopPlaces(index, trace.forward, subnetsByTable(index)) // ['web-1', 'public-a', 'public-a', 'igw', 'internet']
 */
export function hopPlaces(
  index: DocumentIndex,
  hops: readonly Hop[],
  tables: ReadonlyMap<string, readonly string[]>,
): (string | undefined)[] {
  const subnetsAt = (i: number): readonly string[] => {
    const resource = index.byId.get(hops[i]?.component ?? '');
    return resource ? subnetsOf(resource) : [];
  };
  const places = hops.map((hop, i) => {
    const candidates = tables.get(hop.component);
    if (!candidates) return hop.component;
    if (candidates.length === 1) return candidates[0];
    const order = hop.direction === 'ingress' ? [1, -1] : [-1, 1];
    for (const step of order) {
      for (let j = i + step; j >= 0 && j < hops.length; j += step) {
        const match = subnetsAt(j).find((s) => candidates.includes(s));
        if (match !== undefined) return match;
      }
    }
    return undefined;
  });
  // An instance hop on a secondary network interface is placed at the interface (`fw/eni-1`).
  return interfacePlaces(index, hops, places);
}
