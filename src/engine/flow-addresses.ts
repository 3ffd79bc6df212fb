import { ipText, type Ip } from './address.ts';
import { serviceAddress, SERVICE_LABELS } from './aws-services.ts';
import type { CEni } from './compiled.ts';
import { explain } from './explain.ts';
import { INTERNET_HOST4, INTERNET_HOST6, type Place } from './places.ts';
import type { Walk } from './walk/context.ts';

/**
 * The addresses a flow uses (semantics.md, "A flow"): private addresses between resources,
 * the public one when the other end is the internet, the default internet host, a service's
 * representative address, an on-premises network's first usable address. A destination named
 * by a bare address is that address. A source named by one sends from its interface, as the
 * resource itself does (an internet gateway translates it on the way out). An end with no
 * address of the flow's IP version stops the flow with NO_IPV6_ADDRESS.
 */
export function sourceAddress(walk: Walk, from: Place, eni: CEni | undefined, version: 4 | 6): Ip | undefined {
  switch (from.kind) {
    case 'resource':
      return interfaceAddress(walk, eni!, version);
    case 'internet':
      return from.address ?? (version === 4 ? INTERNET_HOST4 : INTERNET_HOST6);
    case 'service':
      return version === 4 ? serviceAddress(from.service) : noIpv6(walk, SERVICE_LABELS[from.service]);
    case 'on-premises':
      return from.address ?? onPremisesAddress(walk, from.network, version);
    case 'address':
      return from.address;
  }
}

export function destinationAddress(
  walk: Walk,
  from: Place,
  to: Place,
  eni: CEni | undefined,
  version: 4 | 6,
): Ip | undefined {
  switch (to.kind) {
    case 'resource': {
      // A bare address is never swapped for another of its owner's: the internet cannot route
      // a private one, and the internet gateway refuses it (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS).
      if (to.address?.version === version) return to.address;
      if (version === 6) return interfaceAddress(walk, eni!, 6);
      const fromOutside = from.kind === 'internet' || from.kind === 'service' || from.kind === 'address';
      const publicIp = eni!.publicIpv4;
      // The internet reaches a resource named by its id through its public address.
      if (fromOutside && publicIp !== undefined) return { version: 4, value: publicIp };
      return { version: 4, value: eni!.ipv4 };
    }
    case 'internet':
      return to.address ?? (version === 4 ? INTERNET_HOST4 : INTERNET_HOST6);
    case 'service':
      return version === 4 ? serviceAddress(to.service) : noIpv6(walk, SERVICE_LABELS[to.service]);
    case 'on-premises':
      return to.address ?? onPremisesAddress(walk, to.network, version);
    case 'address':
      return to.address;
  }
}

function interfaceAddress(walk: Walk, eni: CEni, version: 4 | 6): Ip | undefined {
  if (version === 4) return { version: 4, value: eni.ipv4 };
  return eni.ipv6 === undefined ? noIpv6(walk, eni.owner) : { version: 6, value: eni.ipv6 };
}

function onPremisesAddress(
  walk: Walk,
  network: { id: string; address4: number | undefined; address6: bigint | undefined },
  version: 4 | 6,
): Ip | undefined {
  if (version === 4) return network.address4 === undefined ? undefined : { version: 4, value: network.address4 };
  return network.address6 === undefined ? noIpv6(walk, network.id) : { version: 6, value: network.address6 };
}

function noIpv6(walk: Walk, who: string): undefined {
  walk.stop('NO_IPV6_ADDRESS', who, () => explain.noIpv6(who));
  return undefined;
}

export function describe(place: Place): string {
  switch (place.kind) {
    case 'resource':
      return place.resource.id;
    case 'internet':
      return place.address ? `the internet host ${ipText(place.address)}` : 'the internet';
    case 'service':
      return SERVICE_LABELS[place.service];
    case 'on-premises':
      return place.network.id;
    case 'address':
      return ipText(place.address);
  }
}
