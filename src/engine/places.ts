import { resolveEndpoint, type DocumentIndex } from '../model/index.ts';
import { isPublicAddress } from '../net/index.ts';
import { inAnyBlock, type Ip } from './address.ts';
import type { AwsService, CEni, CompiledDocument, COnPremises, CTrafficResource } from './compiled.ts';

/** Where a flow starts or ends, once an endpoint string is resolved against the compiled design. */
export type Place =
  | {
      readonly kind: 'resource';
      readonly resource: CTrafficResource;
      /** An interface pinned by a bare IP; otherwise chosen by the other end's AZ. */
      readonly eni: CEni | undefined;
      /**
       * The bare IP that named the resource, if any. A flow to it is addressed to exactly that
       * address: a public one goes out to the internet and back in through the owner's gateway;
       * a private one is never swapped for the owner's public address (semantics.md).
       */
      readonly address: Ip | undefined;
    }
  | { readonly kind: 'internet'; readonly address: Ip | undefined }
  | { readonly kind: 'service'; readonly service: AwsService }
  | { readonly kind: 'on-premises'; readonly network: COnPremises; readonly address: Ip | undefined }
  | { readonly kind: 'address'; readonly address: Ip };

/** `ipVersion` defaults to 6 when either endpoint is written as an IPv6 address (format.md). */
export function writtenAsIpv6(endpoint: string): boolean {
  const address = endpoint.startsWith('internet:') ? endpoint.slice('internet:'.length) : endpoint;
  return address.includes(':');
}

/** A failure's `code` (an endpoint code of src/model/endpoints.ts, or PLACE_*) words it in other languages. */
export type PlaceResult =
  { readonly ok: true; readonly place: Place } | { readonly ok: false; readonly code: string; readonly error: string };

/** The public addresses used when a flow names `internet` without an address (semantics.md). */
export const INTERNET_HOST4: Ip = { version: 4, value: 0xcb00710a }; // 203.0.113.10
export const INTERNET_HOST6: Ip = { version: 6, value: 0x26001f18000000000000000000000010n };

export function resolvePlace(compiled: CompiledDocument, index: DocumentIndex, text: string): PlaceResult {
  const endpoint = resolveEndpoint(text, index);
  if (!endpoint.ok) return { ok: false, code: endpoint.code, error: endpoint.error };
  const value = endpoint.value;
  switch (value.kind) {
    case 'internet':
      return { ok: true, place: { kind: 'internet', address: value.address } };
    case 'service':
      return { ok: true, place: { kind: 'service', service: value.service } };
    case 'address':
      return { ok: true, place: placeOfAddress(compiled, value.address) };
    case 'resource': {
      const { resource } = value;
      if (resource.type === 'on-premises') {
        const network = compiled.onPremises.get(resource.id);
        if (!network)
          return {
            ok: false,
            code: 'PLACE_NOT_CONNECTED',
            error: `"${text}" is not connected to a VPN or transit gateway, so no traffic can reach it.`,
          };
        return { ok: true, place: { kind: 'on-premises', network, address: undefined } };
      }
      const compiledResource = compiled.resources.get(resource.id);
      if (!compiledResource || compiledResource.enis.length === 0) {
        return {
          ok: false,
          code: 'PLACE_NO_INTERFACE',
          error: `"${text}" has no network interface (check its subnet), so it cannot send or receive traffic.`,
        };
      }
      // `web-1/eni-1` pins that interface; `web-1` lets the flow choose (interfaceFor).
      const pinned = value.networkInterface;
      const eni = pinned ? compiledResource.enis.find((e) => e.deviceIndex === pinned.deviceIndex) : undefined;
      if (pinned && !eni) {
        return {
          ok: false,
          code: 'PLACE_NO_INTERFACE',
          error: `"${text}" has no network interface (check its subnet), so it cannot send or receive traffic.`,
        };
      }
      return { ok: true, place: { kind: 'resource', resource: compiledResource, eni, address: undefined } };
    }
  }
}

/** A bare IP: whoever holds it in the design, else an on-premises network, else the internet. */
function placeOfAddress(compiled: CompiledDocument, address: Ip): Place {
  if (address.version === 4) {
    const publicOwner = compiled.byPublic4.get(address.value);
    if (publicOwner) return resourcePlace(compiled, publicOwner, address);
    for (const vpc of compiled.vpcs.values()) {
      const eni = vpc.enis4.get(address.value);
      if (eni) return resourcePlace(compiled, eni, address);
    }
  } else {
    const eni = compiled.byIpv6.get(address.value);
    if (eni) return resourcePlace(compiled, eni, address);
  }
  for (const network of compiled.onPremises.values()) {
    if (inAnyBlock(network.blocks, address)) return { kind: 'on-premises', network, address };
  }
  if (isPublicAddress(address)) return { kind: 'internet', address };
  return { kind: 'address', address };
}

function resourcePlace(compiled: CompiledDocument, eni: CEni, address: Ip): Place {
  const resource = compiled.resources.get(eni.owner)!;
  return { kind: 'resource', resource, eni, address };
}

/** The interface in the given AZ when the resource has one there, else its first (semantics.md). */
export function interfaceFor(resource: CTrafficResource, az: string | undefined): CEni {
  return resource.enis.find((e) => e.subnet.az === az) ?? resource.enis[0]!;
}
