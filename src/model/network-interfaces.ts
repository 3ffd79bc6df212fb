import type { DocumentIndex } from './document-index.ts';
import type { PathSegment } from './issues.ts';
import type { Instance, NetworkInterface, Resource, SecurityGroup } from './schema.ts';

/**
 * An instance's network interfaces (format.md, "Network interfaces"): its own fields are the
 * primary interface (device index 0); `networkInterfaces` lists the secondary ones, device
 * index 1..n in list order. Every stage that needs "each interface of an instance" reads them
 * through `instanceInterfaces`, so the primary and the secondaries are never handled apart.
 */

/**
 * At most this many interfaces per instance, the primary included. AWS's limit depends on the
 * instance type (2 on a t3.micro, 15 on the largest general-purpose types); the document has
 * no instance type, so VPC Lab caps at the common largest value.
 */
export const MAX_NETWORK_INTERFACES = 15;

/** One interface of an instance, with the primary's defaults filled in the same way as a secondary's. */
export interface InstanceInterface {
  /** 0 for the primary, 1..n for `networkInterfaces[0..n-1]`. */
  readonly deviceIndex: number;
  /** The interface's name inside its instance: its `id`, else `eni-<device index>`. */
  readonly name: string;
  /** The endpoint that names exactly this interface: `<instance>/<name>`. */
  readonly endpoint: string;
  readonly subnet: string;
  readonly privateIp: string | undefined;
  readonly publicIp: boolean;
  readonly elasticIp: boolean;
  readonly ipv6: boolean;
  /** As written; undefined means the VPC's default group. */
  readonly securityGroups: readonly string[] | undefined;
  readonly sourceDestCheck: boolean;
  /** Where the interface's fields sit in the resource, for error paths: [] or ['networkInterfaces', i]. */
  readonly at: readonly PathSegment[];
}

/** The default name of an interface: `eni-<device index>` (the primary is `eni-0`). */
export function defaultInterfaceName(deviceIndex: number): string {
  return `eni-${deviceIndex}`;
}

/** The primary interface, then each secondary in device-index order. */
export function instanceInterfaces(instance: Instance): InstanceInterface[] {
  const primary: InstanceInterface = {
    deviceIndex: 0,
    name: defaultInterfaceName(0),
    endpoint: `${instance.id}/${defaultInterfaceName(0)}`,
    subnet: instance.subnet,
    privateIp: instance.privateIp,
    publicIp: instance.publicIp === true,
    elasticIp: instance.elasticIp === true,
    ipv6: instance.ipv6 === true,
    securityGroups: instance.securityGroups,
    sourceDestCheck: instance.sourceDestCheck !== false,
    at: [],
  };
  return [primary, ...(instance.networkInterfaces ?? []).map((eni, i) => secondary(instance.id, eni, i))];
}

function secondary(instanceId: string, eni: NetworkInterface, position: number): InstanceInterface {
  const deviceIndex = position + 1;
  const name = eni.id ?? defaultInterfaceName(deviceIndex);
  return {
    deviceIndex,
    name,
    endpoint: `${instanceId}/${name}`,
    subnet: eni.subnet,
    privateIp: eni.privateIp,
    publicIp: eni.publicIp === true,
    elasticIp: eni.elasticIp === true,
    ipv6: eni.ipv6 === true,
    securityGroups: eni.securityGroups,
    sourceDestCheck: eni.sourceDestCheck !== false,
    at: ['networkInterfaces', position],
  };
}

/** The interfaces of any resource that is an instance; none for other types. */
export function interfacesOf(resource: Resource): InstanceInterface[] {
  return resource.type === 'instance' ? instanceInterfaces(resource) : [];
}

/** The interface an endpoint like `web-1/eni-1` names, with its instance; undefined otherwise. */
export function findInterface(
  text: string,
  byId: ReadonlyMap<string, Resource>,
): { readonly instance: Instance; readonly eni: InstanceInterface } | undefined {
  const slash = text.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const owner = byId.get(text.slice(0, slash));
  if (owner?.type !== 'instance') return undefined;
  const name = text.slice(slash + 1);
  const eni = instanceInterfaces(owner).find((candidate) => candidate.name === name);
  return eni ? { instance: owner, eni } : undefined;
}

/** True when an instance has secondary interfaces. */
export function isMultiHomed(resource: Resource): boolean {
  return resource.type === 'instance' && (resource.networkInterfaces ?? []).length > 0;
}

/** The groups on one interface: its own, else its VPC's default group; unresolvable ids are skipped. */
export function interfaceSecurityGroups(index: DocumentIndex, eni: InstanceInterface): SecurityGroup[] {
  if (eni.securityGroups !== undefined)
    return eni.securityGroups.flatMap((id) => index.get(id, 'security-group') ?? []);
  const vpc = index.get(eni.subnet, 'subnet')?.vpc;
  const group = vpc === undefined ? undefined : index.defaultSecurityGroup(vpc);
  return group ? [group] : [];
}
