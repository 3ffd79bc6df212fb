import { formatAddress } from '../net/index.ts';
import {
  assignAddresses,
  instanceInterfaces,
  isMultiHomed,
  type AddressPlan,
  type DocumentIndex,
  type Instance,
  type InstanceInterface,
} from '../model/index.ts';
import type { Hop } from './types.ts';

/**
 * Which network interface an instance hop used, so that the canvas draws a path through the
 * interface (`fw/eni-1`) rather than the instance. A hop names its component only; the
 * interface follows from the header it let out: leaving (egress), the source address is the
 * interface's; arriving (ingress), the destination address is, or else (an appliance receiving
 * traffic for another host) the interface the route before it sent the packet to, or the one in
 * the subnet it came from. The primary interface is the instance itself, so it stays as it is.
 */
export function interfacePlaces(
  index: DocumentIndex,
  hops: readonly Hop[],
  places: readonly (string | undefined)[],
): (string | undefined)[] {
  const multiHomed = (id: string) => {
    const resource = index.byId.get(id);
    return resource !== undefined && isMultiHomed(resource);
  };
  if (!hops.some((hop) => multiHomed(hop.component))) return [...places];
  const plan = addressPlan(index);
  return places.map((place, i) => {
    const hop = hops[i]!;
    const instance = index.get(hop.component, 'instance');
    if (!instance || !isMultiHomed(instance)) return place;
    const eni = usedInterface(instance, plan, hops, places, i);
    return eni && eni.deviceIndex > 0 ? eni.endpoint : place;
  });
}

function usedInterface(
  instance: Instance,
  plan: AddressPlan,
  hops: readonly Hop[],
  places: readonly (string | undefined)[],
  i: number,
): InstanceInterface | undefined {
  const hop = hops[i]!;
  const interfaces = instanceInterfaces(instance);
  const assigned = plan.byResource.get(instance.id) ?? [];
  const holding = (address: string) => {
    const at = assigned.find(
      (a) =>
        formatAddress({ version: 4, value: a.ipv4 }) === address ||
        (a.ipv6 !== undefined && formatAddress({ version: 6, value: a.ipv6 }) === address),
    );
    return at && interfaces.find((eni) => eni.subnet === at.subnet);
  };
  const { source, destination } = hop.header;
  if (hop.direction === 'egress') return holding(source);
  const arriving = holding(destination) ?? (hop.direction === 'ingress' ? undefined : holding(source));
  if (arriving) return arriving;
  // Traffic for another host (an appliance): the interface the last route sent it to, else the
  // one in the subnet it came from.
  for (let j = i - 1; j >= 0; j--) {
    const note = hops[j]!.note;
    if (note.kind === 'routes' || note.kind === 'routesViaPrefixList') {
      const named = interfaces.find((eni) => eni.endpoint === note.target);
      if (named) return named;
      break;
    }
  }
  for (let j = i - 1; j >= 0; j--) {
    if (places[j] === undefined || places[j] === instance.id) continue;
    return interfaces.find((eni) => eni.subnet === places[j]);
  }
  return undefined;
}

const plans = new WeakMap<DocumentIndex, AddressPlan>();

/** The document's addresses, assigned once per index (intents of one revision share it). */
function addressPlan(index: DocumentIndex): AddressPlan {
  let plan = plans.get(index);
  if (!plan) {
    plan = assignAddresses(index.document, index);
    plans.set(index, plan);
  }
  return plan;
}
