import type { Instance, NetworkInterface, Resource, Subnet, VpcLabDocument } from '../../model/index.ts';
import { createPrng } from './prng.ts';

/**
 * Gives some instances of a random document secondary network interfaces (format.md, "Network
 * interfaces"): each in another subnet of the instance's AZ and VPC, with groups of that VPC,
 * sometimes an Elastic IP, IPv6 or the source/destination check off; and points some routes
 * that target an instance at one of its interfaces (`i-3/eni-1`). Its own generator, seeded
 * from the document's seed, so the plain random documents (and their pinned seeds) stay as they are.
 */
export function withSecondaryInterfaces(document: VpcLabDocument, seed: number): VpcLabDocument {
  const rng = createPrng(seed * 7919 + 17);
  const subnets = document.resources.filter((r): r is Subnet => r.type === 'subnet');
  const groupsByVpc = new Map<string, string[]>();
  for (const r of document.resources) {
    if (r.type === 'security-group') groupsByVpc.set(r.vpc, [...(groupsByVpc.get(r.vpc) ?? []), r.id]);
  }
  const interfaceCount = new Map<string, number>();
  const resources: Resource[] = document.resources.map((resource) => {
    if (resource.type !== 'instance' || !rng.chance(0.5)) return resource;
    const home = subnets.find((s) => s.id === resource.subnet);
    if (!home) return resource;
    const others = subnets.filter((s) => s.id !== home.id && s.vpc === home.vpc && s.az === home.az);
    if (others.length === 0) return resource;
    const chosen = others.filter(() => rng.chance(0.6)).slice(0, 2);
    if (chosen.length === 0) chosen.push(others[rng.int(0, others.length - 1)]!);
    const interfaces = chosen.map((subnet): NetworkInterface => {
      const eni: NetworkInterface = { subnet: subnet.id };
      const groups = groupsByVpc.get(subnet.vpc) ?? [];
      if (groups.length > 0 && rng.chance(0.7)) eni.securityGroups = groups.filter(() => rng.chance(0.5)).slice(0, 3);
      if (eni.securityGroups?.length === 0) eni.securityGroups = [groups[0]!];
      if (rng.chance(0.3)) eni.elasticIp = true;
      if (subnet.ipv6Cidr !== undefined && rng.chance(0.4)) eni.ipv6 = true;
      if (resource.sourceDestCheck === false || rng.chance(0.2)) eni.sourceDestCheck = rng.chance(0.8) ? false : true;
      return eni;
    });
    interfaceCount.set(resource.id, interfaces.length);
    return { ...resource, networkInterfaces: interfaces } satisfies Instance;
  });
  const routed = resources.map((resource) => {
    if (resource.type !== 'route-table') return resource;
    const routes = resource.routes.map((route) => {
      const count = interfaceCount.get(route.target);
      if (count === undefined || !rng.chance(0.7)) return route;
      return { ...route, target: `${route.target}/eni-${rng.int(0, count)}` };
    });
    return { ...resource, routes };
  });
  return { ...document, resources: routed };
}
