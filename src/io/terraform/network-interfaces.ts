import {
  defaultInterfaceName,
  findInterface,
  type Instance,
  type NetworkInterface,
  type Resource,
} from '../../model/index.ts';
import type { WarningList } from '../iac/warnings.ts';
import type { TfRef } from './expressions.ts';
import { attribute, expr, type BodyItem, type HclValue } from './hcl-emit.ts';
import type { TfResource } from './model.ts';

/**
 * An instance's secondary network interfaces in Terraform (format.md, "Network interfaces"):
 * each is an `aws_network_interface` joined to its instance by an
 * `aws_network_interface_attachment` at its device index. A route names an interface with
 * `network_interface_id`: a secondary's `id`, or the instance's `primary_network_interface_id`.
 */

/** What the configuration writer lends: references, unique names and the block list. */
export interface InterfaceWriterContext {
  readonly warnings: WarningList;
  ref(id: string, attribute?: string): HclValue;
  address(id: string): string;
  child(parent: string, suffix: string): string;
  extra(type: string, name: string, body: BodyItem[]): void;
}

export class InterfaceWriter {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly byId: ReadonlyMap<string, Resource>,
    private readonly context: InterfaceWriterContext,
  ) {}

  /** The `network_interface_id` value for a route target naming an interface; undefined otherwise. */
  routeTarget(target: string): HclValue | undefined {
    const found = findInterface(target, this.byId);
    if (!found) return undefined;
    if (found.eni.deviceIndex === 0) return this.context.ref(found.instance.id, 'primary_network_interface_id');
    return expr(`aws_network_interface.${this.name(found.instance.id, found.eni.deviceIndex)}.id`);
  }

  write(instance: Instance): void {
    (instance.networkInterfaces ?? []).forEach((eni, position) => {
      const deviceIndex = position + 1;
      const name = this.name(instance.id, deviceIndex);
      this.context.extra('aws_network_interface', name, this.body(eni));
      this.context.extra(
        'aws_network_interface_attachment',
        this.context.child(instance.id, `eni_${deviceIndex}_attachment`),
        [
          attribute('instance_id', this.context.ref(instance.id)),
          attribute('network_interface_id', expr(`aws_network_interface.${name}.id`)),
          attribute('device_index', deviceIndex),
        ],
      );
      if ((eni.id !== undefined && eni.id !== defaultInterfaceName(deviceIndex)) || eni.publicIp || eni.elasticIp)
        this.context.warnings.add(
          'approximated',
          `aws_network_interface.${name}`,
          eni.id !== undefined ? 'id' : 'publicIp',
          'the interface’s own name and public addresses are not written to Terraform',
        );
    });
  }

  private body(eni: NetworkInterface): BodyItem[] {
    const body: BodyItem[] = [attribute('subnet_id', this.context.ref(eni.subnet))];
    if (eni.privateIp !== undefined) body.push(attribute('private_ips', [eni.privateIp]));
    if (eni.ipv6 !== undefined) body.push(attribute('ipv6_address_count', eni.ipv6 ? 1 : 0));
    if (eni.securityGroups !== undefined)
      body.push(
        attribute(
          'security_groups',
          eni.securityGroups.map((id) => this.context.ref(id)),
        ),
      );
    if (eni.sourceDestCheck !== undefined) body.push(attribute('source_dest_check', eni.sourceDestCheck));
    if (eni.description !== undefined) body.push(attribute('description', eni.description));
    return body;
  }

  private name(instanceId: string, deviceIndex: number): string {
    const key = `${instanceId}\u0000${deviceIndex}`;
    let name = this.names.get(key);
    if (name === undefined) {
      name = this.context.child(instanceId, `eni_${deviceIndex}`);
      this.names.set(key, name);
    }
    return name;
  }
}

// ---- reading -----------------------------------------------------------------------------

/** What the mapper lends: the resources by address and its checked value readers. */
export interface InterfaceReaderContext {
  readonly byAddress: ReadonlyMap<string, TfResource>;
  docId(address: string): string;
  resolveRef(value: unknown): TfRef | undefined;
  target(subject: string, property: string, value: unknown): string | undefined;
  targets(subject: string, property: string, value: unknown): string[] | undefined;
}

interface Attachment {
  readonly instance: string;
  readonly eni: string;
  readonly deviceIndex: number;
}

export class InterfaceReader {
  private readonly attachments: Attachment[] = [];

  constructor(private readonly context: InterfaceReaderContext) {
    for (const r of context.byAddress.values()) {
      if (r.type !== 'aws_network_interface_attachment') continue;
      const instance = context.resolveRef(r.values.instance_id)?.address;
      const eni = context.resolveRef(r.values.network_interface_id)?.address;
      const deviceIndex = Number(r.values.device_index);
      if (instance === undefined || eni === undefined || !(deviceIndex >= 1)) continue;
      if (context.byAddress.get(eni)?.type !== 'aws_network_interface') continue;
      this.attachments.push({ instance, eni, deviceIndex });
    }
    this.attachments.sort((a, b) => a.deviceIndex - b.deviceIndex);
  }

  /** The secondary interfaces attached to an instance, in device-index order. */
  secondaries(instanceAddress: string): NetworkInterface[] {
    return this.attachments
      .filter((attachment) => attachment.instance === instanceAddress)
      .flatMap((attachment) => {
        const eni = this.read(attachment.eni);
        return eni ? [eni] : [];
      });
  }

  /** The `<instance>/<name>` a route's `network_interface_id` names, when it is a multi-homed instance's. */
  endpoint(value: unknown): string | undefined {
    const ref = this.context.resolveRef(value);
    if (!ref) return undefined;
    const attachment = this.attachments.find((candidate) => candidate.eni === ref.address);
    if (attachment) {
      const own = this.attachments.filter((candidate) => candidate.instance === attachment.instance);
      return `${this.context.docId(attachment.instance)}/${defaultInterfaceName(own.indexOf(attachment) + 1)}`;
    }
    const multiHomed = this.attachments.some((candidate) => candidate.instance === ref.address);
    if (multiHomed && ref.attribute === 'primary_network_interface_id')
      return `${this.context.docId(ref.address)}/${defaultInterfaceName(0)}`;
    return undefined;
  }

  private read(address: string): NetworkInterface | undefined {
    const v = this.context.byAddress.get(address)!.values;
    const subnet = this.context.target(address, 'subnet_id', v.subnet_id);
    if (subnet === undefined) return undefined;
    const eni: NetworkInterface = { subnet };
    const ips = Array.isArray(v.private_ips) ? v.private_ips : [];
    const ip = typeof v.private_ip === 'string' && v.private_ip ? v.private_ip : ips[0];
    if (typeof ip === 'string') eni.privateIp = ip;
    if (v.ipv6_address_count !== undefined && v.ipv6_address_count !== null)
      eni.ipv6 = Number(v.ipv6_address_count) > 0;
    const groups = this.context.targets(address, 'security_groups', v.security_groups);
    if (groups !== undefined) eni.securityGroups = groups;
    if (typeof v.source_dest_check === 'boolean') eni.sourceDestCheck = v.source_dest_check;
    if (typeof v.description === 'string') eni.description = v.description;
    return eni;
  }
}
