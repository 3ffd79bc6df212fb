import { assertNever } from './assert-never.ts';
import { implicitResources, isNamedDefaultGroup } from './implicit.ts';
import { subnetsOf } from './resource-kinds.ts';
import type {
  NetworkAcl,
  Resource,
  ResourceOfType,
  ResourceType,
  RouteTable,
  SecurityGroup,
  Subnet,
  VpcLabDocument,
} from './schema.ts';

/**
 * Lookups over one document, shared by the validators, the engine and the editor. Implicit
 * resources are included, so `get('vpc-main/main', 'route-table')` works. Built once per
 * document revision; everything is precomputed or memoised, nothing mutates the document.
 */
export interface DocumentIndex {
  readonly document: VpcLabDocument;
  /** User resources in document order, then implicit ones. Duplicated ids appear twice here. */
  readonly resources: readonly Resource[];
  /** Each id to its resource; for a duplicated id the first one wins. */
  readonly byId: ReadonlyMap<string, Resource>;
  /** Index of each user resource in `document.resources` (first occurrence). */
  readonly position: ReadonlyMap<string, number>;
  /** Every resource of one type, in order. */
  ofType<T extends ResourceType>(type: T): readonly ResourceOfType<T>[];
  /** The resource with this id if it has this type. */
  get<T extends ResourceType>(id: string, type: T): ResourceOfType<T> | undefined;
  /** The VPC a resource lives in, when it lives in exactly one (not peering or transit gateways). */
  vpcOf(id: string): string | undefined;
  /** The subnets of a VPC, in document order. */
  subnetsOfVpc(vpcId: string): readonly Subnet[];
  /** Resources with a network interface in the subnet, in document order. */
  resourcesInSubnet(subnetId: string): readonly Resource[];
  /** The main route table of a VPC: the explicit `main: true` one, else the implicit one. */
  mainRouteTable(vpcId: string): RouteTable | undefined;
  /** The default NACL of a VPC: the explicit `default: true` one, else the implicit one. */
  defaultNetworkAcl(vpcId: string): NetworkAcl | undefined;
  /** The default security group: the VPC's group named "default", else the implicit `<vpc>/default`. */
  defaultSecurityGroup(vpcId: string): SecurityGroup | undefined;
  /** VPCs joined to this one by a peering connection. */
  peeredVpcs(vpcId: string): ReadonlySet<string>;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/** Builds the index of a (structurally valid) document. */
export function indexDocument(document: VpcLabDocument): DocumentIndex {
  const resources = [...document.resources, ...implicitResources(document)];
  const byId = new Map<string, Resource>();
  const position = new Map<string, number>();
  const byType = new Map<ResourceType, Resource[]>();
  resources.forEach((resource, i) => {
    if (!byId.has(resource.id)) byId.set(resource.id, resource);
    if (i < document.resources.length && !position.has(resource.id)) position.set(resource.id, i);
    const list = byType.get(resource.type) ?? [];
    list.push(resource);
    byType.set(resource.type, list);
  });

  const get = <T extends ResourceType>(id: string, type: T): ResourceOfType<T> | undefined => {
    const resource = byId.get(id);
    return resource?.type === type ? (resource as ResourceOfType<T>) : undefined;
  };

  const subnetVpc = (subnetId: string): string | undefined => get(subnetId, 'subnet')?.vpc;

  const vpcCache = new Map<string, string | undefined>();
  const vpcOf = (id: string): string | undefined => {
    if (vpcCache.has(id)) return vpcCache.get(id);
    const resource = byId.get(id);
    const vpc = resource ? vpcOfResource(resource) : undefined;
    vpcCache.set(id, vpc);
    return vpc;
  };
  const vpcOfResource = (resource: Resource): string | undefined => {
    switch (resource.type) {
      case 'vpc':
        return resource.id;
      case 'subnet':
      case 'route-table':
      case 'network-acl':
      case 'security-group':
      case 'internet-gateway':
      case 'egress-only-internet-gateway':
      case 'vpn-gateway':
      case 'vpc-endpoint':
        return resource.vpc;
      case 'instance':
      case 'nat-gateway':
      case 'database':
      case 'load-balancer':
      case 'lambda':
        return subnetsOf(resource)
          .map(subnetVpc)
          .find((vpc) => vpc !== undefined);
      case 'on-premises':
        return get(resource.via, 'vpn-gateway')?.vpc;
      case 'peering-connection':
      case 'transit-gateway':
      case 'prefix-list':
      case 'transit-gateway-route-table':
        return undefined;
      default:
        return assertNever(resource);
    }
  };

  const subnetsByVpc = new Map<string, Subnet[]>();
  const inSubnet = new Map<string, Resource[]>();
  const peers = new Map<string, Set<string>>();
  const mainTables = new Map<string, RouteTable>();
  const defaultAcls = new Map<string, NetworkAcl>();
  const defaultGroups = new Map<string, SecurityGroup>();
  for (const resource of resources) {
    if (resource.type === 'security-group' && isNamedDefaultGroup(resource) && !defaultGroups.has(resource.vpc)) {
      defaultGroups.set(resource.vpc, resource);
    }
    if (resource.type === 'route-table' && resource.main === true && !mainTables.has(resource.vpc)) {
      mainTables.set(resource.vpc, resource);
    }
    if (resource.type === 'network-acl' && resource.default === true && !defaultAcls.has(resource.vpc)) {
      defaultAcls.set(resource.vpc, resource);
    }
    if (resource.type === 'subnet') {
      const list = subnetsByVpc.get(resource.vpc) ?? [];
      list.push(resource);
      subnetsByVpc.set(resource.vpc, list);
    }
    for (const subnet of new Set(subnetsOf(resource))) {
      const list = inSubnet.get(subnet) ?? [];
      list.push(resource);
      inSubnet.set(subnet, list);
    }
    if (resource.type === 'peering-connection' && resource.requester !== resource.accepter) {
      const add = (a: string, b: string) => peers.set(a, (peers.get(a) ?? new Set()).add(b));
      add(resource.requester, resource.accepter);
      add(resource.accepter, resource.requester);
    }
  }

  return {
    document,
    resources,
    byId,
    position,
    ofType: <T extends ResourceType>(type: T) => (byType.get(type) ?? []) as ResourceOfType<T>[],
    get,
    vpcOf,
    subnetsOfVpc: (vpcId) => subnetsByVpc.get(vpcId) ?? [],
    resourcesInSubnet: (subnetId) => inSubnet.get(subnetId) ?? [],
    // Explicit tables come first in `resources`, so they win over the implicit ones.
    mainRouteTable: (vpcId) => mainTables.get(vpcId),
    defaultNetworkAcl: (vpcId) => defaultAcls.get(vpcId),
    defaultSecurityGroup: (vpcId) => defaultGroups.get(vpcId),
    peeredVpcs: (vpcId) => peers.get(vpcId) ?? EMPTY_SET,
  };
}
