import { inBlock, ipText, type Ip } from '../address.ts';
import type { CEni, CompiledDocument, CSubnet, CTrafficResource } from '../compiled.ts';
import type { HopInterfaces, LeavingReason, TracedInterface } from '../types.ts';

/**
 * Which network interface of a multi-homed instance a packet uses, as a trace tells it
 * (semantics.md, "Network interfaces"). Only instances with more than one interface are named,
 * so a trace of single-interface instances reads exactly as before.
 */

/**
 * The interface a forwarding instance sends a packet out of: the one whose subnet holds the
 * destination (the operating system's connected route), else its primary (its default route).
 * The source/dest check is on the interface the packet came in by; the packet leaves translated
 * to the outgoing interface's address, with that interface's groups.
 */
export function outgoingInterface(instance: CTrafficResource, destination: Ip): CEni {
  return instance.enis.find((e) => subnetHolds(e.subnet, destination)) ?? instance.enis[0]!;
}

/** The interface as a hop or an explanation names it; undefined unless its instance has several. */
export function tracedInterface(eni: CEni | undefined, version: 4 | 6): TracedInterface | undefined {
  if (!eni?.multiHomed) return undefined;
  const address: Ip =
    version === 6 && eni.ipv6 !== undefined ? { version: 6, value: eni.ipv6 } : { version: 4, value: eni.ipv4 };
  return { name: eni.name, endpoint: `${eni.owner}/${eni.name}`, address: ipText(address), subnet: eni.subnet.id };
}

/**
 * A hop's interfaces: the one the packet came in by and the one it leaves by towards
 * `destination` (with why that one). Undefined when neither belongs to a multi-homed instance.
 */
export function hopInterfaces(
  compiled: CompiledDocument,
  destination: Ip,
  into: CEni | undefined,
  out: CEni | undefined,
): HopInterfaces | undefined {
  const arrived = tracedInterface(into, destination.version);
  const left = tracedInterface(out, destination.version);
  if (!arrived && !left) return undefined;
  return {
    ...(arrived ? { in: arrived } : {}),
    ...(left && out ? { out: { ...left, reason: leavingReason(compiled, out, destination) } } : {}),
  };
}

/**
 * Why the packet leaves by this interface: it is the one the instance's own routing picks
 * (connected subnet, else the primary), or the flow named it (`web-1/eni-1`, a bare address).
 */
function leavingReason(compiled: CompiledDocument, eni: CEni, destination: Ip): LeavingReason {
  const instance = compiled.resources.get(eni.owner);
  if (instance && outgoingInterface(instance, destination) !== eni) return 'named';
  return subnetHolds(eni.subnet, destination) ? 'connected' : 'primary';
}

function subnetHolds(subnet: CSubnet, address: Ip): boolean {
  return address.version === 4
    ? inBlock(subnet.cidr4, address)
    : subnet.cidr6 !== undefined && inBlock(subnet.cidr6, address);
}
