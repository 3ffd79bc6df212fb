import {
  cidrContainsAddress,
  formatAddress,
  ipv4,
  ipv6,
  parseAddress,
  parseCidr,
  type Address,
  type Cidr,
} from '../net/index.ts';
import { assignAddresses, type AssignedAddress } from './addresses.ts';
import { instanceInterfaces } from './network-interfaces.ts';
import type { DocumentIndex } from './document-index.ts';
import type { Resource } from './schema.ts';

/** One resource as "Find resource" searches it. */
export interface SearchEntry {
  readonly resource: Resource;
  /** Its CIDRs and interface addresses as text, most telling first (shown beside the option). */
  readonly details: readonly string[];
  /** Id, name and details, lower-cased and joined: what a typed fragment is looked for in. */
  readonly haystack: string;
  /** The blocks the resource holds (a VPC's, a subnet's, an on-premises network's), for an address typed whole. */
  readonly blocks: readonly Cidr[];
  /** The interface addresses the resource holds. */
  readonly addresses: readonly Address[];
  /**
   * Set on the entry of a secondary network interface (listed after its instance, which is
   * `resource`): its endpoint (`web-1/eni-1`), what picking it selects, and its name.
   */
  readonly networkInterface?: { readonly endpoint: string; readonly name: string };
}

/** What a query found: the best `limit` matches in rank order, and how many matched in all. */
export interface SearchResult {
  readonly matches: readonly SearchEntry[];
  readonly total: number;
}

/** Every resource of a document, ready to be filtered keystroke by keystroke. */
export interface ResourceSearch {
  readonly entries: readonly SearchEntry[];
  find(query: string, limit: number): SearchResult;
}

/** Ranks, best first: the id itself, an id that starts so, a name that does, the address held, any fragment, a block holding the address. */
const RANKS = 6;

/**
 * Builds the search over a document's resources (implicit route tables, NACLs and groups
 * included, each id once): ids, names, CIDRs and the addresses the engine assigns. Built once
 * per document revision; each query is then one pass over the entries with `includes`, fast
 * enough for a keystroke at 5,000 resources (see `npm run bench`).
 */
export function buildResourceSearch(index: DocumentIndex): ResourceSearch {
  const plan = assignAddresses(index.document, index);
  const seen = new Set<string>();
  const entries: SearchEntry[] = [];
  for (const resource of index.resources) {
    if (seen.has(resource.id)) continue;
    seen.add(resource.id);
    const cidrs = blockTexts(resource);
    const held = (plan.byResource.get(resource.id) ?? []).flatMap((a) => [
      ipv4(a.ipv4),
      ...(a.ipv6 === undefined ? [] : [ipv6(a.ipv6)]),
    ]);
    const onPremises = plan.onPremises.get(resource.id);
    const addresses = onPremises ? [...held, onPremises] : held;
    const details = [...cidrs, ...addresses.map(formatAddress)];
    const blocks = cidrs.flatMap((text) => {
      const block = parseCidr(text);
      return block.ok ? [block.value] : [];
    });
    const haystack = [resource.id, resource.name ?? '', ...details].join('\n').toLowerCase();
    entries.push({ resource, details, haystack, blocks, addresses });
    if (resource.type === 'instance' && resource.networkInterfaces) {
      const assigned = plan.byResource.get(resource.id) ?? [];
      for (const eni of instanceInterfaces(resource).slice(1)) {
        const own = assigned.filter((a: AssignedAddress) => a.subnet === eni.subnet);
        const held = own.flatMap((a) => [ipv4(a.ipv4), ...(a.ipv6 === undefined ? [] : [ipv6(a.ipv6)])]);
        const texts = held.map(formatAddress);
        entries.push({
          resource,
          details: texts,
          haystack: [eni.endpoint, resource.name ?? '', ...texts].join('\n').toLowerCase(),
          blocks: [],
          addresses: held,
          networkInterface: { endpoint: eni.endpoint, name: eni.name },
        });
      }
    }
  }
  return { entries, find: (query, limit) => find(entries, query, limit) };
}

function find(entries: readonly SearchEntry[], query: string, limit: number): SearchResult {
  const q = query.trim().toLowerCase();
  if (q === '') return { matches: entries.slice(0, limit), total: entries.length };
  const typed = /^[0-9a-f:.]+$/.test(q) && /[.:]/.test(q) ? parseAddress(q) : undefined;
  const address = typed?.ok ? typed.value : undefined;
  const buckets: SearchEntry[][] = Array.from({ length: RANKS }, () => []);
  // Blocks holding a typed address: the narrowest (a subnet) before the widest (its VPC).
  const holders: { entry: SearchEntry; prefix: number }[] = [];
  let total = 0;
  for (const entry of entries) {
    const rank = rankOf(entry, q, address);
    if (rank === undefined) {
      const prefix = address ? widestHolding(entry.blocks, address) : undefined;
      if (prefix === undefined) continue;
      holders.push({ entry, prefix });
    } else {
      buckets[rank]!.push(entry);
    }
    total++;
  }
  holders.sort((a, b) => b.prefix - a.prefix);
  buckets[RANKS - 1] = holders.map((h) => h.entry);
  const matches: SearchEntry[] = [];
  for (const bucket of buckets) {
    for (const entry of bucket) {
      if (matches.length === limit) return { matches, total };
      matches.push(entry);
    }
  }
  return { matches, total };
}

function rankOf(entry: SearchEntry, q: string, address: Address | undefined): number | undefined {
  const id = (entry.networkInterface?.endpoint ?? entry.resource.id).toLowerCase();
  if (id === q) return 0;
  if (id.startsWith(q)) return 1;
  if (entry.resource.name?.toLowerCase().startsWith(q)) return 2;
  if (address && entry.addresses.some((a) => a.version === address.version && a.value === address.value)) return 3;
  if (entry.haystack.includes(q)) return 4;
  return undefined;
}

/** The longest prefix among `blocks` that holds the address, or undefined when none does. */
function widestHolding(blocks: readonly Cidr[], address: Address): number | undefined {
  let best: number | undefined;
  for (const block of blocks) {
    if (cidrContainsAddress(block, address) && (best === undefined || block.prefix > best)) best = block.prefix;
  }
  return best;
}

/** The CIDR blocks a resource is defined by, as written. */
function blockTexts(resource: Resource): readonly string[] {
  switch (resource.type) {
    case 'vpc':
      return [...resource.cidrBlocks, ...(resource.ipv6CidrBlocks ?? [])];
    case 'subnet':
      return resource.ipv6Cidr === undefined ? [resource.cidr] : [resource.cidr, resource.ipv6Cidr];
    case 'on-premises':
      return resource.cidrs;
    default:
      return [];
  }
}
