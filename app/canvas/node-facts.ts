import { assignAddresses, isPublicSubnet, type DocumentIndex, type Resource } from '../../src/model/index.ts';
import { formatIpv4 } from '../../src/net/index.ts';
import type { Placement } from './derive-boxes.ts';
import { nodeDetails } from './node-details.ts';

/**
 * What a node shows besides its title: the short facts under it and, for a subnet, whether it
 * is public. These change without the node moving or being renamed (a CIDR edited, a route
 * table losing its internet route), so they reach the node components through the facts store
 * (`facts-store.ts`), not through React Flow: a new node object makes React Flow run a selector
 * for every node on the canvas, a thousand on a large design, where a fact reaches only the
 * nodes it concerns.
 */
export interface NodeFacts {
  readonly details: readonly string[];
  /** Subnets only: derived from the route table, never a flag. */
  readonly public?: boolean;
}

export const NO_FACTS: NodeFacts = { details: [] };

/** The resource each facts object was made from: the same object again gives the same facts. */
const madeFrom = new WeakMap<NodeFacts, Resource>();

/**
 * The facts of every drawn resource by node id. An entry of `previous` is handed back when its
 * resource is the same object (documents are immutable; edits share untouched resources) and,
 * for a subnet, its public flag is unchanged; or when it is recomputed equal. So a map of
 * identical entries means nothing shown changed.
 */
export function deriveFacts(
  index: DocumentIndex,
  placements: readonly Placement[],
  previous: ReadonlyMap<string, NodeFacts> = new Map(),
): ReadonlyMap<string, NodeFacts> {
  const facts = new Map<string, NodeFacts>();
  const addressOf = interfaceAddresses(index);
  for (const p of placements) {
    if (p.networkInterface) {
      const made: NodeFacts = { details: [addressOf(p.networkInterface.instance.id, p.networkInterface.eni)] };
      const old = previous.get(p.id);
      facts.set(p.id, old && sameFacts(old, made) ? old : made);
      continue;
    }
    const r = p.resource;
    if (!r) continue;
    const open = r.type === 'subnet' ? isPublicSubnet(index, r) : undefined;
    const old = previous.get(p.id);
    if (old && madeFrom.get(old) === r && old.public === open) {
      facts.set(p.id, old);
      continue;
    }
    const made: NodeFacts = { details: nodeDetails(index, r), ...(open !== undefined ? { public: open } : {}) };
    const kept = old && sameFacts(old, made) ? old : made;
    madeFrom.set(kept, r);
    facts.set(p.id, kept);
  }
  return facts;
}

/**
 * A secondary interface's address as the engine uses it: its `privateIp`, else the one assigned
 * (format.md, "Addresses"). The document's addresses are assigned at most once per derivation,
 * and only when an interface has no address of its own.
 */
function interfaceAddresses(
  index: DocumentIndex,
): (instance: string, eni: { readonly subnet: string; readonly privateIp: string | undefined }) => string {
  let plan: ReturnType<typeof assignAddresses> | undefined;
  return (instance, eni) => {
    if (eni.privateIp !== undefined) return eni.privateIp;
    plan ??= assignAddresses(index.document, index);
    const assigned = plan.byResource.get(instance)?.find((address) => address.subnet === eni.subnet);
    return assigned ? formatIpv4(assigned.ipv4) : '';
  };
}

export function sameFacts(a: NodeFacts, b: NodeFacts): boolean {
  return (
    a.public === b.public &&
    a.details.length === b.details.length &&
    a.details.every((detail, i) => detail === b.details[i])
  );
}

/** True when both maps hold the same entries (by identity), as `deriveFacts` shares them. */
export function sameFactsMap(a: ReadonlyMap<string, NodeFacts>, b: ReadonlyMap<string, NodeFacts>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, facts] of b) if (a.get(id) !== facts) return false;
  return true;
}

/** `next` with each entry replaced by its equal in `previous`; `previous` itself when all are. */
export function shareFacts(
  previous: ReadonlyMap<string, NodeFacts>,
  next: ReadonlyMap<string, NodeFacts>,
): ReadonlyMap<string, NodeFacts> {
  let reusedAll = previous.size === next.size;
  const shared = new Map<string, NodeFacts>();
  for (const [id, facts] of next) {
    const old = previous.get(id);
    if (old !== undefined && (old === facts || sameFacts(old, facts))) shared.set(id, old);
    else {
      shared.set(id, facts);
      reusedAll = false;
    }
  }
  return reusedAll ? previous : shared;
}
