import { cidr4, cidr6, formatCidr, parseAddress, parseCidr, type Cidr, type Cidr4, type Cidr6 } from '../net/index.ts';
import { indexDocument, type DocumentIndex } from './document-index.ts';
import { error, jsonPath, warning, type PathSegment, type ValidationIssue, type ValidationParams } from './issues.ts';
import { named } from './labels.ts';
import type { Resource, VpcLabDocument } from './schema.ts';

/**
 * What every semantic validator needs: the document, its index, a place to put issues, and
 * helpers that keep messages and paths uniform. CIDRs are parsed once and cached; only the
 * validator that owns a field reports its syntax, others read the cache silently.
 */
export interface ValidationContext {
  readonly document: VpcLabDocument;
  readonly index: DocumentIndex;
  readonly issues: ValidationIssue[];
  /** JSONPath of a field of a user resource: `$.resources[3].routes[0].target`. */
  path(resource: Resource, ...segments: PathSegment[]): string;
  /** `Subnet "private-a"`. */
  name(resource: Resource): string;
  /** `params`: the message's specifics, by which the `validation` catalogue words it in other languages. */
  error(code: string, resource: string | null, path: string, message: string, params?: ValidationParams): void;
  warn(code: string, resource: string | null, path: string, message: string): void;
  /** Parses a CIDR silently (cached); undefined when the text is not a valid block. */
  cidr(text: string): Cidr | undefined;
  /** Parses a CIDR and reports CIDR_INVALID / CIDR_HOST_BITS against the owner's field. */
  checkCidr(owner: Resource, segments: PathSegment[], label: string, text: string): Cidr | undefined;
  /** The valid IPv4 and IPv6 blocks of a VPC. */
  vpcBlocks(vpcId: string): { readonly v4: readonly Cidr4[]; readonly v6: readonly Cidr6[] };
}

/** Creates the context for one validation run. */
export function createContext(document: VpcLabDocument): ValidationContext {
  const index = indexDocument(document);
  const issues: ValidationIssue[] = [];
  const positions = new Map<Resource, number>();
  document.resources.forEach((resource, i) => positions.set(resource, i));
  const cidrCache = new Map<string, Cidr | undefined>();
  const blockCache = new Map<string, { v4: Cidr4[]; v6: Cidr6[] }>();

  const cidr = (text: string): Cidr | undefined => {
    if (!cidrCache.has(text)) {
      const result = parseCidr(text);
      cidrCache.set(text, result.ok ? result.value : undefined);
    }
    return cidrCache.get(text);
  };

  const context: ValidationContext = {
    document,
    index,
    issues,
    path: (resource, ...segments) => jsonPath(['resources', positions.get(resource) ?? -1, ...segments]),
    name: (resource) => named(resource.type, resource.id),
    error: (code, resource, path, message, params) => issues.push(error(code, resource, path, message, params)),
    warn: (code, resource, path, message) => issues.push(warning(code, resource, path, message)),
    cidr,
    checkCidr(owner, segments, label, text) {
      const block = cidr(text);
      if (block) return block;
      const network = networkOf(text);
      const path = context.path(owner, ...segments);
      if (network !== undefined) {
        context.error(
          'CIDR_HOST_BITS',
          owner.id,
          path,
          `${context.name(owner)}: ${label} ${text} has host bits set. Write ${network}, the block that starts at that prefix, or the block you meant.`,
          { type: owner.type, id: owner.id, field: fieldOf(segments), text, network },
        );
      } else {
        context.error(
          'CIDR_INVALID',
          owner.id,
          path,
          `${context.name(owner)}: ${label} "${text}" is not a CIDR block. Write an address and a prefix length, like 10.0.0.0/16 or 2001:db8::/56.`,
          { type: owner.type, id: owner.id, field: fieldOf(segments), text },
        );
      }
      return undefined;
    },
    vpcBlocks(vpcId) {
      let blocks = blockCache.get(vpcId);
      if (!blocks) {
        const vpc = index.get(vpcId, 'vpc');
        const parsed = (texts: readonly string[] | undefined) => (texts ?? []).map(cidr).filter((b) => b !== undefined);
        blocks = {
          v4: parsed(vpc?.cidrBlocks).filter((b): b is Cidr4 => b.version === 4),
          v6: parsed(vpc?.ipv6CidrBlocks).filter((b): b is Cidr6 => b.version === 6),
        };
        blockCache.set(vpcId, blocks);
      }
      return blocks;
    },
  };
  return context;
}

/** For text like `10.0.0.5/16`, the block it names with host bits cleared; undefined if not a CIDR at all. */
function networkOf(text: string): string | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address.ok || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (address.value.version === 4) return prefix <= 32 ? formatCidr(cidr4(address.value.value, prefix)) : undefined;
  return prefix <= 128 ? formatCidr(cidr6(address.value.value, prefix)) : undefined;
}

/** CIDRs as messages show them: `10.0.0.0/16, 10.1.0.0/16`. */
export function formatBlocks(blocks: readonly Cidr[]): string {
  return blocks.map(formatCidr).join(', ');
}

/** A field as the document writes it: `cidrBlocks[0]`, `routes[2].destination`. */
export function fieldOf(segments: readonly PathSegment[]): string {
  return jsonPath(segments).replace(/^\$\.?/, '');
}
