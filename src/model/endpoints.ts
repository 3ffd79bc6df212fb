import {
  cidrContainsAddress,
  formatAddress,
  isPublicAddress,
  parseAddress,
  parseCidr,
  type Address,
} from '../net/index.ts';
import type { DocumentIndex } from './document-index.ts';
import { aType } from './labels.ts';
import { findInterface, type InstanceInterface } from './network-interfaces.ts';
import { isTrafficCapable } from './resource-kinds.ts';
import type { Resource } from './schema.ts';

/** What an endpoint string (intents, CLI, trace view) stands for. */
export type ResolvedEndpoint =
  /** `networkInterface`: the one interface an endpoint like `web-1/eni-1` pins (format.md, "Network interfaces"). */
  | { readonly kind: 'resource'; readonly resource: Resource; readonly networkInterface?: InstanceInterface }
  /** `internet` (address undefined: the engine picks its default) or `internet:<ip>`. */
  | { readonly kind: 'internet'; readonly address: Address | undefined }
  | { readonly kind: 'service'; readonly service: 's3' | 'dynamodb' }
  | { readonly kind: 'address'; readonly address: Address };

/** An endpoint, or why it cannot be one (with a stable code and a sentence). */
export type EndpointResult =
  | { readonly ok: true; readonly value: ResolvedEndpoint }
  | { readonly ok: false; readonly code: string; readonly error: string };

const fail = (code: string, error: string): EndpointResult => ({ ok: false, code, error });

/**
 * Reads an endpoint (format.md, "Endpoints"). Keywords and addresses are read before resource
 * ids, so a resource cannot hide `internet` or an address; `internet:<ip>` splits at the first
 * colon, so IPv6 literals work, and the address must be public and outside every VPC block.
 * @example resolveEndpoint('internet:203.0.113.7', index) // { ok: true, value: { kind: 'internet', address: ... } }
 */
export function resolveEndpoint(text: string, index: DocumentIndex): EndpointResult {
  if (text === 'internet') return { ok: true, value: { kind: 'internet', address: undefined } };
  if (text.startsWith('internet:')) {
    const rest = text.slice('internet:'.length);
    const address = parseAddress(rest);
    if (!address.ok) {
      return fail(
        'ENDPOINT_INVALID_ADDRESS',
        `"${text}" does not name an address: ${address.error}. Write internet:<ip>, like internet:203.0.113.10`,
      );
    }
    if (!isPublicAddress(address.value) || inAnyVpc(address.value, index)) {
      return fail(
        'ENDPOINT_NOT_PUBLIC',
        `"${text}" names ${formatAddress(address.value)}, which is not a public internet address. Use a public address (like 203.0.113.10) or the bare address ${rest}`,
      );
    }
    return { ok: true, value: { kind: 'internet', address: address.value } };
  }
  if (text === 's3' || text === 'dynamodb') return { ok: true, value: { kind: 'service', service: text } };
  const address = parseAddress(text);
  if (address.ok) return { ok: true, value: { kind: 'address', address: address.value } };
  const resource = index.byId.get(text);
  if (!resource) {
    const found = findInterface(text, index.byId);
    if (found) return { ok: true, value: { kind: 'resource', resource: found.instance, networkInterface: found.eni } };
    return fail(
      'ENDPOINT_UNKNOWN',
      `"${text}" is neither a resource id nor internet, internet:<ip>, s3, dynamodb or an IP address. Pick an existing resource or one of those`,
    );
  }
  if (!isTrafficCapable(resource)) {
    const what = resource.type === 'vpc-endpoint' ? 'a gateway VPC endpoint' : aType(resource.type);
    return fail(
      'ENDPOINT_NOT_TRAFFIC_CAPABLE',
      `"${text}" is ${what}, which cannot send or receive traffic. Pick an instance, database, load balancer, Lambda function, NAT gateway, interface endpoint or on-premises network`,
    );
  }
  return { ok: true, value: { kind: 'resource', resource } };
}

function inAnyVpc(address: Address, index: DocumentIndex): boolean {
  return index.ofType('vpc').some((vpc) =>
    [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlocks ?? [])].some((text) => {
      const block = parseCidr(text);
      return block.ok && cidrContainsAddress(block.value, address);
    }),
  );
}
