import {
  defaultInterfaceName,
  findInterface,
  type Instance,
  type NetworkInterface,
  type Resource,
  type VpcLabDocument,
} from '../../model/index.ts';
import type { WarningList } from '../iac/warnings.ts';
import type { ResourceMetadata } from './vocabulary.ts';

/**
 * An instance's network interfaces in CloudFormation (format.md, "Network interfaces"). Each
 * secondary interface is an `AWS::EC2::NetworkInterface` joined to its instance by an
 * `AWS::EC2::NetworkInterfaceAttachment` at its device index, so a route can name it with
 * `NetworkInterfaceId: !Ref`. A route to a multi-homed instance's primary (`fw/eni-0`) needs the
 * primary as its own resource too: the instance then attaches it at device index 0.
 */

type Properties = Record<string, unknown>;
interface Entry {
  Type: string;
  Properties: Properties;
  Metadata?: { VpcLab: ResourceMetadata };
}

/** What the template writer lends: references, unique logical ids and the resource list. */
export interface InterfaceWriterContext {
  readonly document: VpcLabDocument;
  readonly warnings: WarningList;
  id(docId: string): string;
  ref(docId: string): unknown;
  groupRef(docId: string): unknown;
  take(name: string): string;
  add(logicalId: string, entry: Entry): void;
}

export class InterfaceWriter {
  private readonly logical = new Map<string, string>();
  private readonly byId: ReadonlyMap<string, Resource>;
  private readonly routedPrimaries = new Set<string>();

  constructor(private readonly context: InterfaceWriterContext) {
    this.byId = new Map(context.document.resources.map((resource) => [resource.id, resource]));
    for (const resource of context.document.resources) {
      if (resource.type !== 'route-table') continue;
      for (const route of resource.routes) {
        const found = findInterface(route.target, this.byId);
        if (found?.eni.deviceIndex === 0 && found.instance.networkInterfaces?.length)
          this.routedPrimaries.add(found.instance.id);
      }
    }
  }

  /** True when a route target names an interface (`<instance>/<name>`). */
  names(target: string): boolean {
    return findInterface(target, this.byId) !== undefined;
  }

  /** The route properties that name an interface target; undefined when it is not one. */
  routeTarget(target: string): Properties | undefined {
    const found = findInterface(target, this.byId);
    if (!found) return undefined;
    // A single-homed instance has nothing to choose between: its id reaches its only interface.
    if (found.eni.deviceIndex === 0 && !this.routedPrimaries.has(found.instance.id))
      return { InstanceId: this.context.ref(found.instance.id) };
    return { NetworkInterfaceId: { Ref: this.logicalId(found.instance.id, found.eni.deviceIndex) } };
  }

  /**
   * Writes the instance's secondary interfaces and, when a route names its primary, moves the
   * primary's placement out of `properties` into an interface resource of its own.
   */
  write(instance: Instance, properties: Properties): void {
    const owner = this.context.id(instance.id);
    if (this.routedPrimaries.has(instance.id) && properties.NetworkInterfaces === undefined) {
      const primary: Properties = {};
      for (const [from, to] of [
        ['SubnetId', 'SubnetId'],
        ['PrivateIpAddress', 'PrivateIpAddress'],
        ['Ipv6AddressCount', 'Ipv6AddressCount'],
        ['SecurityGroupIds', 'GroupSet'],
        ['SourceDestCheck', 'SourceDestCheck'],
      ] as const) {
        if (properties[from] === undefined) continue;
        primary[to] = properties[from];
        delete properties[from];
      }
      const logicalId = this.logicalId(instance.id, 0);
      this.context.add(logicalId, { Type: 'AWS::EC2::NetworkInterface', Properties: primary });
      properties.NetworkInterfaces = [{ DeviceIndex: '0', NetworkInterfaceId: { Ref: logicalId } }];
    }
    (instance.networkInterfaces ?? []).forEach((eni, position) => {
      const deviceIndex = position + 1;
      const logicalId = this.logicalId(instance.id, deviceIndex);
      const entry: Entry = { Type: 'AWS::EC2::NetworkInterface', Properties: this.properties(eni) };
      const kept = this.kept(instance, eni, deviceIndex, logicalId);
      if (Object.keys(kept).length) entry.Metadata = { VpcLab: kept };
      this.context.add(logicalId, entry);
      this.context.add(this.context.take(`${logicalId}Attachment`), {
        Type: 'AWS::EC2::NetworkInterfaceAttachment',
        Properties: {
          InstanceId: { Ref: owner },
          NetworkInterfaceId: { Ref: logicalId },
          DeviceIndex: String(deviceIndex),
        },
      });
    });
  }

  private properties(eni: NetworkInterface): Properties {
    const properties: Properties = { SubnetId: this.context.ref(eni.subnet) };
    if (eni.privateIp !== undefined) properties.PrivateIpAddress = eni.privateIp;
    if (eni.ipv6 !== undefined) properties.Ipv6AddressCount = eni.ipv6 ? 1 : 0;
    if (eni.securityGroups !== undefined)
      properties.GroupSet = eni.securityGroups.map((id) => this.context.groupRef(id));
    if (eni.sourceDestCheck !== undefined) properties.SourceDestCheck = eni.sourceDestCheck;
    if (eni.description !== undefined) properties.Description = eni.description;
    return properties;
  }

  /** The interface's name when it is not the default, and the address fields kept aside. */
  private kept(instance: Instance, eni: NetworkInterface, deviceIndex: number, logicalId: string): ResourceMetadata {
    const kept: ResourceMetadata = {};
    if (eni.id !== undefined && eni.id !== defaultInterfaceName(deviceIndex)) kept.interface = eni.id;
    // AWS gives a public IPv4 only to a primary at launch, and an Elastic IP of a secondary
    // would need its own association: both stay in Metadata, as the validator reports them.
    if (eni.publicIp !== undefined) kept.publicIp = eni.publicIp;
    if (eni.elasticIp !== undefined) kept.elasticIp = eni.elasticIp;
    if (eni.publicIp !== undefined || eni.elasticIp !== undefined)
      this.context.warnings.add(
        'metadata-only',
        logicalId,
        'Metadata',
        `public addresses of ${instance.id}’s interface ${eni.id ?? defaultInterfaceName(deviceIndex)}`,
      );
    return kept;
  }

  private logicalId(instanceId: string, deviceIndex: number): string {
    const key = `${instanceId}\u0000${deviceIndex}`;
    let logicalId = this.logical.get(key);
    if (logicalId === undefined) {
      logicalId = this.context.take(`${this.context.id(instanceId)}Eni${deviceIndex}`);
      this.logical.set(key, logicalId);
    }
    return logicalId;
  }
}

// ---- reading -----------------------------------------------------------------------------

interface ReadEntry {
  Type: string;
  Properties: Record<string, unknown>;
  Metadata: ResourceMetadata;
}

/** What the template reader lends: its entries and its checked property readers. */
export interface InterfaceReaderContext {
  readonly entries: ReadonlyMap<string, ReadEntry>;
  docId(logicalId: string): string;
  ref(logicalId: string, property: string, raw?: unknown): string | undefined;
  refs(logicalId: string, property: string, raw?: unknown): string[] | undefined;
  text(logicalId: string, property: string, raw?: unknown): string | undefined;
  bool(logicalId: string, property: string, raw?: unknown): boolean | undefined;
  number(logicalId: string, property: string, raw?: unknown): number | undefined;
}

interface Attachment {
  readonly instance: string;
  readonly eni: string;
  readonly deviceIndex: number;
}

export class InterfaceReader {
  private readonly attachments: Attachment[] = [];

  constructor(private readonly context: InterfaceReaderContext) {
    for (const [logicalId, entry] of context.entries) {
      if (entry.Type !== 'AWS::EC2::NetworkInterfaceAttachment') continue;
      const instance = refName(entry.Properties.InstanceId);
      const eni = refName(entry.Properties.NetworkInterfaceId);
      const deviceIndex = context.number(logicalId, 'DeviceIndex');
      if (instance === undefined || eni === undefined || deviceIndex === undefined || deviceIndex < 1) continue;
      if (context.entries.get(eni)?.Type !== 'AWS::EC2::NetworkInterface') continue;
      this.attachments.push({ instance, eni, deviceIndex });
    }
    this.attachments.sort((a, b) => a.deviceIndex - b.deviceIndex);
  }

  /** The secondary interfaces attached to an instance, in device-index order. */
  secondaries(instanceLogicalId: string): NetworkInterface[] {
    const own = this.attachments.filter((attachment) => attachment.instance === instanceLogicalId);
    return own.flatMap((attachment, position) => {
      const eni = this.read(attachment.eni, position + 1);
      return eni ? [eni] : [];
    });
  }

  /** The `<instance>/<name>` a route's `NetworkInterfaceId` names, when it is a multi-homed instance's. */
  endpoint(eniLogicalId: string): string | undefined {
    const attachment = this.attachments.find((candidate) => candidate.eni === eniLogicalId);
    if (attachment) {
      const position = this.attachments
        .filter((candidate) => candidate.instance === attachment.instance)
        .indexOf(attachment);
      return `${this.context.docId(attachment.instance)}/${this.name(eniLogicalId, position + 1)}`;
    }
    for (const [logicalId, entry] of this.context.entries) {
      const list = entry.Type === 'AWS::EC2::Instance' ? entry.Properties.NetworkInterfaces : undefined;
      if (!Array.isArray(list) || !this.attachments.some((candidate) => candidate.instance === logicalId)) continue;
      const primary = list.some(
        (item: unknown) =>
          isRecord(item) && String(item.DeviceIndex) === '0' && refName(item.NetworkInterfaceId) === eniLogicalId,
      );
      if (primary) return `${this.context.docId(logicalId)}/${defaultInterfaceName(0)}`;
    }
    return undefined;
  }

  private name(eniLogicalId: string, deviceIndex: number): string {
    const given = this.context.entries.get(eniLogicalId)?.Metadata.interface;
    return typeof given === 'string' ? given : defaultInterfaceName(deviceIndex);
  }

  private read(logicalId: string, deviceIndex: number): NetworkInterface | undefined {
    const { context } = this;
    const entry = context.entries.get(logicalId)!;
    const p = entry.Properties;
    const subnet = context.ref(logicalId, 'SubnetId');
    if (subnet === undefined) return undefined;
    const eni: NetworkInterface = { subnet };
    const name = entry.Metadata.interface;
    if (typeof name === 'string' && name !== defaultInterfaceName(deviceIndex)) eni.id = name;
    if (p.PrivateIpAddress !== undefined) {
      const ip = context.text(logicalId, 'PrivateIpAddress');
      if (ip !== undefined) eni.privateIp = ip;
    }
    if (typeof entry.Metadata.publicIp === 'boolean') eni.publicIp = entry.Metadata.publicIp;
    if (typeof entry.Metadata.elasticIp === 'boolean') eni.elasticIp = entry.Metadata.elasticIp;
    if (p.Ipv6AddressCount !== undefined) eni.ipv6 = (context.number(logicalId, 'Ipv6AddressCount') ?? 0) > 0;
    if (p.GroupSet !== undefined) eni.securityGroups = context.refs(logicalId, 'GroupSet') ?? [];
    if (p.SourceDestCheck !== undefined) eni.sourceDestCheck = context.bool(logicalId, 'SourceDestCheck') ?? true;
    if (p.Description !== undefined) {
      const description = context.text(logicalId, 'Description');
      if (description !== undefined) eni.description = description;
    }
    return eni;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The logical id in a literal `{ Ref: X }`. */
function refName(value: unknown): string | undefined {
  return isRecord(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
}
