import { findInterface, onPremisesAddress, type OnPremises, type Resource } from '../../model/index.ts';
import { parseAddress, parseCidr, type Address } from '../../net/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import { EXTERNAL_PORTS, LINUX_PORTS, NAT_RANGE, WINDOWS_PORTS } from '../ephemeral.ts';
import type { Range } from '../../net/index.ts';
import { enisOf, type RefEni, type World } from './world.ts';

/**
 * One end of a flow as the reference sees it. `address` is the address the endpoint was written
 * as (a bare IP, `internet:<ip>`): a flow to it goes to exactly that address.
 */
export type End =
  | {
      readonly kind: 'resource';
      readonly resource: Resource;
      readonly enis: readonly RefEni[];
      readonly address: Address | undefined;
    }
  | { readonly kind: 'internet'; readonly address: Address | undefined }
  | { readonly kind: 'service'; readonly service: 's3' | 'dynamodb' }
  | { readonly kind: 'on-premises'; readonly network: OnPremises };

const INTERNET_HOST: Readonly<Record<4 | 6, Address>> = {
  4: mustParse('203.0.113.10'),
  6: mustParse('2600:1f18::10'),
};

function mustParse(text: string): Address {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/**
 * Reads an endpoint: `internet`, `internet:<ip>`, `s3`, `dynamodb`, an on-premises network, a
 * resource, or a bare address that an interface of the design holds (privately, or as its public IPv4).
 */
export function resolveEnd(world: World, text: string): End {
  if (text === 'internet') return { kind: 'internet', address: undefined };
  if (text.startsWith('internet:')) return { kind: 'internet', address: mustParse(text.slice('internet:'.length)) };
  if (text === 's3' || text === 'dynamodb') return { kind: 'service', service: text };
  const bare = parseAddress(text);
  if (bare.ok) return holderOf(world, bare.value, text);
  const resource = world.index.byId.get(text);
  if (!resource) {
    // `web-1/eni-1`: exactly that interface of the instance.
    const found = findInterface(text, world.index.byId);
    if (!found) throw new Error(`reference: unknown endpoint "${text}"`);
    const eni = enisOf(world, found.instance.id).find((e) => e.subnet.id === found.eni.subnet);
    return { kind: 'resource', resource: found.instance, enis: eni ? [eni] : [], address: undefined };
  }
  if (resource.type === 'on-premises') return { kind: 'on-premises', network: resource };
  return { kind: 'resource', resource, enis: enisOf(world, text), address: undefined };
}

/** The interface that holds a bare address, pinned: the flow uses that interface and that address. */
function holderOf(world: World, address: Address, text: string): End {
  const eni = world.enis.find((e) =>
    address.version === 4 ? e.ipv4 === address.value || e.public4 === address.value : e.ipv6 === address.value,
  );
  if (!eni) throw new Error(`reference: no interface holds "${text}"`);
  return { kind: 'resource', resource: eni.owner, enis: [eni], address };
}

/**
 * The address of a non-resource end (undefined for a resource): the internet host, the service's .10, or the first
 * address of the on-premises network's first CIDR of the flow's version.
 */
export function externalAddress(end: End, version: 4 | 6): Address | undefined {
  switch (end.kind) {
    case 'resource':
      return undefined;
    case 'internet':
      return end.address ?? INTERNET_HOST[version];
    case 'service':
      return version === 4 ? { version: 4, value: SERVICE_BLOCKS[end.service].first + 10 } : undefined;
    case 'on-premises': {
      if (version === 4) {
        const address = onPremisesAddress(end.network.cidrs[0]);
        return address?.version === 4 ? address : undefined;
      }
      for (const text of end.network.cidrs) {
        const cidr = parseCidr(text);
        if (cidr.ok && cidr.value.version === 6) return { version: 6, value: cidr.value.first + 1n };
      }
      return undefined;
    }
  }
}

/** The client's ephemeral source ports (semantics.md); the reply must get back to all of them. */
export function ephemeralRange(end: End): Range {
  if (end.kind !== 'resource') return EXTERNAL_PORTS;
  const resource = end.resource;
  switch (resource.type) {
    case 'instance':
      // semantics.md lists NAT instances with NAT gateways and balancers: they remap ports.
      if (resource.sourceDestCheck === false) return NAT_RANGE;
      return resource.os === 'windows' ? WINDOWS_PORTS : LINUX_PORTS;
    case 'nat-gateway':
    case 'load-balancer':
      return NAT_RANGE;
    default:
      return LINUX_PORTS;
  }
}
