import {
  DATABASE_ENGINE_PORTS,
  effectiveSecurityGroups,
  hasPublicAddress,
  interfaceSecurityGroups,
  interfacesOf,
  securityGroupsField,
  subnetsOf,
  type AddressPlan,
  type DocumentIndex,
  type Resource,
} from '../../model/index.ts';
import { type Range } from '../../net/index.ts';
import type {
  CEni,
  CListener,
  CSecurityGroup,
  CSubnet,
  CTrafficResource,
  DestinationRole,
  EniOwnerType,
} from '../compiled.ts';
import { LINUX_PORTS, NAT_RANGE, WINDOWS_PORTS } from '../ephemeral.ts';

/**
 * Public IPv4 addresses are not in the document (it only says whether a resource has one), so
 * the engine hands them out from 3.80.0.0/12, in document order: stable across runs, and shown
 * in hop headers the way AWS shows an auto-assigned public IP.
 */
const PUBLIC_POOL_START = (3 << 24) + (80 << 16) + 10;

export interface CompiledResources {
  readonly resources: Map<string, CTrafficResource>;
  readonly byPublic4: Map<number, CEni>;
  readonly byIpv6: Map<bigint, CEni>;
  readonly members: Map<string, CEni[]>;
}

export function compileResources(
  index: DocumentIndex,
  plan: AddressPlan,
  subnets: Map<string, CSubnet>,
  groups: Map<string, CSecurityGroup>,
): CompiledResources {
  const resources = new Map<string, CTrafficResource>();
  const byPublic4 = new Map<number, CEni>();
  const byIpv6 = new Map<bigint, CEni>();
  const members = new Map<string, CEni[]>();
  let nextPublic = PUBLIC_POOL_START;

  for (const resource of index.document.resources) {
    const ownerType = eniOwnerType(resource);
    if (!ownerType || resources.has(resource.id)) continue;
    const addresses = plan.byResource.get(resource.id) ?? [];
    const resourceGroups = groupsOf(index, resource, groups);
    const hasPublic = hasPublicAddress(resource);
    const interfaces = interfacesOf(resource);
    const enis: CEni[] = [];
    for (const address of addresses) {
      const subnet = subnets.get(address.subnet);
      if (!subnet) continue;
      // An instance's interface carries its own groups, public address and check (format.md, "Network interfaces").
      const own = interfaces.find((candidate) => candidate.subnet === subnet.id);
      const interfaceGroups = own
        ? interfaceSecurityGroups(index, own).flatMap((g) => groups.get(g.id) ?? [])
        : resourceGroups;
      const isPublic = own ? own.publicIp || own.elasticIp : hasPublic;
      const eni: CEni = {
        key: `${resource.id}@${subnet.id}`,
        owner: resource.id,
        ownerType,
        subnet,
        ipv4: address.ipv4,
        ipv6: address.ipv6,
        publicIpv4: isPublic ? nextPublic++ : undefined,
        groups: interfaceGroups,
        sourceDestCheck: own ? own.sourceDestCheck : true,
        deviceIndex: own?.deviceIndex ?? 0,
        name: own?.name ?? 'eni-0',
        multiHomed: interfaces.length > 1,
      };
      enis.push(eni);
      if (!subnet.vpc.enis4.has(eni.ipv4)) subnet.vpc.enis4.set(eni.ipv4, eni);
      if (eni.ipv6 !== undefined) {
        subnet.vpc.enis6.set(eni.ipv6, eni);
        byIpv6.set(eni.ipv6, eni);
      }
      if (eni.publicIpv4 !== undefined) byPublic4.set(eni.publicIpv4, eni);
      for (const group of interfaceGroups ?? []) {
        const list = members.get(group.id) ?? [];
        list.push(eni);
        members.set(group.id, list);
      }
    }
    // Keep the document's subnet order; the first one is the resource's "home" interface.
    const order = subnetsOf(resource);
    enis.sort((a, b) => order.indexOf(a.subnet.id) - order.indexOf(b.subnet.id));
    resources.set(resource.id, {
      id: resource.id,
      type: ownerType,
      enis,
      role: roleOf(resource),
      ephemeral: ephemeralOf(resource),
    });
  }
  return { resources, byPublic4, byIpv6, members };
}

function eniOwnerType(resource: Resource): EniOwnerType | undefined {
  switch (resource.type) {
    case 'instance':
    case 'database':
    case 'load-balancer':
    case 'lambda':
    case 'nat-gateway':
      return resource.type;
    case 'vpc-endpoint':
      return resource.kind === 'interface' ? 'vpc-endpoint' : undefined;
    default:
      return undefined;
  }
}

/** Null means "no groups, filters nothing": NAT gateways, and network balancers left without groups. */
function groupsOf(
  index: DocumentIndex,
  resource: Resource,
  groups: Map<string, CSecurityGroup>,
): CSecurityGroup[] | null {
  const field = securityGroupsField(resource);
  if (field === null) return null;
  if (resource.type === 'load-balancer' && resource.kind === 'network' && (field.groups ?? []).length === 0)
    return null;
  return effectiveSecurityGroups(index, resource).flatMap((g) => groups.get(g.id) ?? []);
}

function roleOf(resource: Resource): DestinationRole {
  switch (resource.type) {
    case 'database':
      return { kind: 'database', port: resource.port ?? DATABASE_ENGINE_PORTS[resource.engine] };
    case 'lambda':
      return { kind: 'lambda' };
    case 'nat-gateway':
      return { kind: 'nat-gateway', connectivity: resource.connectivity ?? 'public' };
    case 'vpc-endpoint':
      return { kind: 'interface-endpoint' };
    case 'load-balancer':
      return {
        kind: 'load-balancer',
        balancer: {
          id: resource.id,
          kind: resource.kind,
          internetFacing: resource.scheme === 'internet-facing',
          listeners: resource.listeners.flatMap(listenersOf),
          targets: resource.targets,
        },
      };
    default:
      return { kind: 'host' };
  }
}

function listenersOf(listener: { protocol: string; port: number; targetPort?: number | undefined }): CListener[] {
  const targetPort = listener.targetPort ?? listener.port;
  const make = (protocol: number): CListener => ({
    protocol,
    label: listener.protocol.toUpperCase(),
    port: listener.port,
    targetPort,
  });
  switch (listener.protocol) {
    case 'udp':
      return [make(17)];
    case 'tcp_udp':
      return [make(6), make(17)];
    default:
      return [make(6)];
  }
}

function ephemeralOf(resource: Resource): Range {
  // semantics.md lists NAT instances with the port-remapping clients; an instance with its
  // source/destination check off is one.
  if (resource.type === 'instance' && resource.sourceDestCheck === false) return NAT_RANGE;
  if (resource.type === 'instance') return resource.os === 'windows' ? WINDOWS_PORTS : LINUX_PORTS;
  if (resource.type === 'nat-gateway' || resource.type === 'load-balancer') return NAT_RANGE;
  return LINUX_PORTS;
}
