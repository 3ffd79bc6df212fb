import {
  DEFAULT_GROUP_NAME,
  defaultNetworkAclId,
  defaultSecurityGroupId,
  ID_PATTERN,
  mainRouteTableId,
  type Intent,
  type Listener,
  type NaclRule,
  type Resource,
  type Route,
  type SgRule,
  type TransitGatewayAttachment,
  type VpcLabDocument,
} from '../../model/index.ts';
import { restoreKeptFields } from '../iac/kept-fields.ts';
import { InterfaceReader } from './network-interfaces.ts';
import { engineFromAws, prefixListName } from '../iac/aws-names.ts';
import { portsFromRange, protocolFromAws } from '../iac/protocols.ts';
import type { WarningList } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER } from '../iac/zones.ts';
import { TfRef } from './expressions.ts';
import { PrefixListRef, type TfInput, type TfResource } from './model.ts';
import { TRANSIT_GATEWAY_FOLDED_TYPES, TransitGatewayReader } from './transit-gateway-read.ts';
import { TERRAFORM_DEFAULT_DESCRIPTION, type ResourceMetadata } from './vocabulary.ts';

/**
 * Maps Terraform resources (from HCL or from `terraform show -json`) to a document: the
 * resource types of format.md become resources, the rest (routes, rules, associations,
 * attachments, target groups, Elastic IPs) fold into them. A resource missing what the
 * document requires is left out with a warning; so is every type the format has no place for.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MAIN_TYPES: Record<string, Resource['type']> = {
  aws_vpc: 'vpc',
  aws_subnet: 'subnet',
  aws_route_table: 'route-table',
  aws_default_route_table: 'route-table',
  aws_network_acl: 'network-acl',
  aws_default_network_acl: 'network-acl',
  aws_security_group: 'security-group',
  aws_default_security_group: 'security-group',
  aws_internet_gateway: 'internet-gateway',
  aws_egress_only_internet_gateway: 'egress-only-internet-gateway',
  aws_nat_gateway: 'nat-gateway',
  aws_vpn_gateway: 'vpn-gateway',
  aws_customer_gateway: 'on-premises',
  aws_vpc_peering_connection: 'peering-connection',
  aws_ec2_transit_gateway: 'transit-gateway',
  aws_ec2_transit_gateway_route_table: 'transit-gateway-route-table',
  aws_vpc_endpoint: 'vpc-endpoint',
  aws_instance: 'instance',
  aws_db_instance: 'database',
  aws_lb: 'load-balancer',
  aws_alb: 'load-balancer',
  aws_lambda_function: 'lambda',
  aws_ec2_managed_prefix_list: 'prefix-list',
};

const FOLDED_TYPES = new Set([
  'aws_ec2_managed_prefix_list_entry',
  'aws_vpc_ipv4_cidr_block_association',
  'aws_vpc_ipv6_cidr_block_association',
  'aws_route_table_association',
  'aws_main_route_table_association',
  'aws_route',
  'aws_network_acl_rule',
  'aws_network_acl_association',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_eip',
  'aws_eip_association',
  'aws_internet_gateway_attachment',
  'aws_vpn_gateway_attachment',
  'aws_vpn_gateway_route_propagation',
  'aws_vpn_connection',
  'aws_vpn_connection_route',
  'aws_ec2_transit_gateway_vpc_attachment',
  ...TRANSIT_GATEWAY_FOLDED_TYPES,
  'aws_vpc_endpoint_route_table_association',
  'aws_vpc_endpoint_subnet_association',
  'aws_db_subnet_group',
  'aws_lb_target_group',
  'aws_alb_target_group',
  'aws_lb_listener',
  'aws_alb_listener',
  'aws_lb_target_group_attachment',
  'aws_alb_target_group_attachment',
  'aws_network_interface',
  'aws_network_interface_attachment',
]);

export interface MapOptions {
  readonly name: string;
}

export function mapTerraform(input: TfInput, warnings: WarningList, options: MapOptions): VpcLabDocument {
  return new Mapper(input, warnings).map(options);
}

class Mapper {
  private readonly byAddress = new Map<string, TfResource>();
  private readonly ids = new Map<string, string>();
  private readonly overrides = new Map<string, Json>();
  private readonly order: string[] = [];

  private readonly extraCidrs = new Map<string, { v4: string[]; v6: string[] }>();
  private readonly subnetTable = new Map<string, string>();
  private readonly subnetAcl = new Map<string, string>();
  private readonly mainTables = new Set<string>();
  private readonly routes = new Map<string, Route[]>();
  private readonly naclRules = new Map<string, { inbound: NaclRule[]; outbound: NaclRule[] }>();
  private readonly groupRules = new Map<string, { inbound: SgRule[]; outbound: SgRule[] }>();
  /** Entries of `aws_ec2_managed_prefix_list_entry` resources, by the address of their list. */
  private readonly listEntries = new Map<string, Record<string, unknown>[]>();
  private readonly gatewayVpc = new Map<string, string>();
  private readonly elasticIps = new Set<string>();
  private readonly vpns = new Map<string, { via?: string; cidrs: string[]; gateway?: string }>();
  private readonly tgwAttachments = new Map<string, TransitGatewayAttachment[]>();
  private readonly transit: TransitGatewayReader;
  /** A gateway's default table, where it becomes a resource of its own, by the gateway's address. */
  private readonly defaultTables = new Map<string, Resource>();
  private readonly endpointTables = new Map<string, string[]>();
  private readonly endpointSubnets = new Map<string, string[]>();
  private readonly targetGroups = new Map<string, { port?: number; targets: string[] }>();
  private readonly listeners = new Map<string, { listener: Listener; group: string | undefined }[]>();
  private readonly interfaces: InterfaceReader;

  constructor(
    private readonly input: TfInput,
    private readonly warnings: WarningList,
  ) {
    for (const resource of input.resources) this.byAddress.set(resource.address, resource);
    this.assignIds();
    this.interfaces = new InterfaceReader({
      byAddress: this.byAddress,
      docId: (address) => this.docId(address),
      resolveRef: (value) => this.resolveRef(value),
      target: (subject, property, value) => this.target(subject, property, value),
      targets: (subject, property, value) => this.targets(subject, property, value),
    });
    this.transit = new TransitGatewayReader({
      resources: input.resources,
      byAddress: this.byAddress,
      warnings,
      refOf: (subject, property, value) => this.refOf(subject, property, value),
      resolveRef: (value) => this.resolveRef(value),
      text: (subject, property, value) => this.text(subject, property, value),
      docId: (address) => this.docId(address),
      freshId: (wanted) => this.freshId(wanted),
      missing: (subject, property) => this.missing(subject, property),
    });
  }

  // ---- ids -----------------------------------------------------------------------------

  private assignIds(): void {
    const meta =
      isObject(this.input.metadata) && Array.isArray(this.input.metadata.resources)
        ? this.input.metadata.resources
        : [];
    for (const entry of meta as ResourceMetadata[]) {
      if (!isObject(entry) || typeof entry.address !== 'string' || typeof entry.id !== 'string') continue;
      if (!this.byAddress.has(entry.address) || !ID_PATTERN.test(entry.id)) continue;
      this.ids.set(entry.address, entry.id);
      const { address, id, ...rest } = entry;
      void id;
      this.overrides.set(address, rest);
      this.order.push(address);
    }
    const mains = this.input.resources.filter((r) => MAIN_TYPES[r.type] && !this.ids.has(r.address));
    const nameCount = new Map<string, number>();
    for (const r of mains) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
    const taken = new Set(this.ids.values());
    for (const r of mains) {
      const base = (nameCount.get(r.name)! > 1 ? `${r.type.replace(/^aws_/, '')}.${r.name}` : r.name)
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .slice(0, 64);
      let id = base || 'resource';
      for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
      taken.add(id);
      this.ids.set(r.address, id);
    }
  }

  private docId(address: string): string {
    return this.ids.get(address) ?? address;
  }

  /** An id for a resource the input has no block for (a gateway's default table). */
  private freshId(wanted: string): string {
    const taken = new Set([...this.ids.values(), ...[...this.defaultTables.values()].map((r) => r.id)]);
    let id = wanted.slice(0, 64);
    for (let n = 2; taken.has(id); n++) id = `${wanted.slice(0, 60)}-${n}`;
    return id;
  }

  // ---- values --------------------------------------------------------------------------

  /** A reference value (TfRef, or a real id in state) as the address and attribute it names. */
  private resolveRef(value: unknown): TfRef | undefined {
    if (value instanceof TfRef) return value;
    if (typeof value === 'string') {
      const found = this.input.idIndex.get(value);
      if (found) return new TfRef(found.address, found.attribute);
    }
    return undefined;
  }

  private refOf(subject: string, property: string, value: unknown): TfRef | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const ref = this.resolveRef(value);
    if (ref && this.byAddress.has(ref.address)) return ref;
    this.warnings.add('dangling-reference', subject, property, ref ? ref.address : String(value));
    return undefined;
  }

  /** The document id a reference points at, VPC defaults and ENIs included. */
  private target(subject: string, property: string, value: unknown): string | undefined {
    const ref = this.refOf(subject, property, value);
    if (!ref) return undefined;
    const resource = this.byAddress.get(ref.address)!;
    if (resource.type === 'aws_vpc') {
      const vpc = this.docId(ref.address);
      switch (ref.attribute) {
        case 'main_route_table_id':
        case 'default_route_table_id':
          return (
            this.adopted('aws_default_route_table', 'default_route_table_id', ref.address) ?? mainRouteTableId(vpc)
          );
        case 'default_network_acl_id':
          return (
            this.adopted('aws_default_network_acl', 'default_network_acl_id', ref.address) ?? defaultNetworkAclId(vpc)
          );
        case 'default_security_group_id':
          return this.adopted('aws_default_security_group', 'vpc_id', ref.address) ?? defaultSecurityGroupId(vpc);
      }
    }
    if (resource.type === 'aws_vpn_connection') {
      const gateway = this.refOf(ref.address, 'customer_gateway_id', resource.values.customer_gateway_id);
      return gateway ? this.docId(gateway.address) : undefined;
    }
    if (resource.type === 'aws_ec2_transit_gateway_vpc_attachment') {
      const vpc = this.refOf(ref.address, 'vpc_id', resource.values.vpc_id);
      return vpc ? this.docId(vpc.address) : undefined;
    }
    return this.docId(ref.address);
  }

  /** The declared resource (aws_default_*) that adopts a VPC's default table, NACL or group. */
  private adopted(type: string, property: string, vpcAddress: string, vpcAttribute?: string): string | undefined {
    for (const r of this.input.resources) {
      if (r.type !== type) continue;
      const ref = this.resolveRef(r.values[property]);
      if (ref?.address === vpcAddress && (vpcAttribute === undefined || ref.attribute === vpcAttribute || true))
        return this.docId(r.address);
    }
    return undefined;
  }

  private targets(subject: string, property: string, value: unknown): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((item) => this.target(subject, property, item) ?? []);
  }

  private text(subject: string, property: string, value: unknown): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    this.warnings.add('unresolved', subject, property, 'a reference where a value is expected');
    return undefined;
  }

  private push<V>(map: Map<string, V[]>, key: string, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  // ---- folding -------------------------------------------------------------------------

  private fold(r: TfResource): void {
    const v = r.values;
    const at = r.address;
    switch (r.type) {
      case 'aws_vpc_ipv4_cidr_block_association':
      case 'aws_vpc_ipv6_cidr_block_association': {
        const vpc = this.refOf(at, 'vpc_id', v.vpc_id);
        if (!vpc) return;
        const blocks = this.extraCidrs.get(vpc.address) ?? { v4: [], v6: [] };
        this.extraCidrs.set(vpc.address, blocks);
        const v4 = this.text(at, 'cidr_block', v.cidr_block);
        if (v4) blocks.v4.push(v4);
        const v6 = this.text(at, 'ipv6_cidr_block', v.ipv6_cidr_block);
        if (v6) blocks.v6.push(v6);
        return;
      }
      case 'aws_route_table_association': {
        const subnet = this.refOf(at, 'subnet_id', v.subnet_id);
        const table = this.target(at, 'route_table_id', v.route_table_id);
        if (subnet && table) this.subnetTable.set(subnet.address, table);
        else if (v.gateway_id !== undefined)
          this.warnings.add('approximated', at, 'gateway_id', 'edge associations are left out');
        return;
      }
      case 'aws_main_route_table_association': {
        const table = this.refOf(at, 'route_table_id', v.route_table_id);
        if (table) this.mainTables.add(table.address);
        return;
      }
      case 'aws_network_acl_association': {
        const subnet = this.refOf(at, 'subnet_id', v.subnet_id);
        const acl = this.target(at, 'network_acl_id', v.network_acl_id);
        if (subnet && acl) this.subnetAcl.set(subnet.address, acl);
        return;
      }
      case 'aws_ec2_managed_prefix_list_entry': {
        const list = this.refOf(at, 'prefix_list_id', v.prefix_list_id);
        if (list) this.push(this.listEntries, list.address, { cidr: v.cidr, description: v.description });
        return;
      }
      case 'aws_route': {
        const table = this.refOf(at, 'route_table_id', v.route_table_id);
        const route = table && this.route(at, v);
        if (table && route) this.push(this.routes, table.address, route);
        return;
      }
      case 'aws_network_acl_rule': {
        const acl = this.refOf(at, 'network_acl_id', v.network_acl_id);
        const rule = acl && this.naclRule(at, { ...v, action: v.rule_action }, '');
        if (!acl || !rule) return;
        const lists = this.naclRules.get(acl.address) ?? { inbound: [], outbound: [] };
        this.naclRules.set(acl.address, lists);
        lists[v.egress === true ? 'outbound' : 'inbound'].push(rule);
        return;
      }
      case 'aws_security_group_rule': {
        const group = this.refOf(at, 'security_group_id', v.security_group_id);
        if (!group) return;
        const direction = v.type === 'egress' ? 'outbound' : 'inbound';
        for (const rule of this.inlineRules(at, v, group.address, ''))
          this.rulesOf(group.address)[direction].push(rule);
        return;
      }
      case 'aws_vpc_security_group_ingress_rule':
      case 'aws_vpc_security_group_egress_rule': {
        const group = this.refOf(at, 'security_group_id', v.security_group_id);
        const direction = r.type.includes('ingress') ? 'inbound' : 'outbound';
        const rule = group && this.separateRule(at, v);
        if (group && rule) this.rulesOf(group.address)[direction].push(rule);
        return;
      }
      case 'aws_eip':
      case 'aws_eip_association': {
        const instance = v.instance ?? v.instance_id;
        if (instance !== undefined && instance !== null && instance !== '') {
          const ref = this.refOf(at, 'instance', instance);
          if (ref) this.elasticIps.add(ref.address);
        }
        return;
      }
      case 'aws_internet_gateway_attachment':
      case 'aws_vpn_gateway_attachment': {
        const gateway = this.refOf(
          at,
          r.type.startsWith('aws_internet') ? 'internet_gateway_id' : 'vpn_gateway_id',
          v.internet_gateway_id ?? v.vpn_gateway_id,
        );
        const vpc = this.target(at, 'vpc_id', v.vpc_id);
        if (gateway && vpc) this.gatewayVpc.set(gateway.address, vpc);
        return;
      }
      case 'aws_vpn_connection': {
        const gateway = this.refOf(at, 'customer_gateway_id', v.customer_gateway_id);
        const via = this.target(
          at,
          v.transit_gateway_id ? 'transit_gateway_id' : 'vpn_gateway_id',
          v.transit_gateway_id || v.vpn_gateway_id,
        );
        if (!gateway) return;
        const vpn = this.vpns.get(at) ?? { cidrs: [] };
        vpn.gateway = this.docId(gateway.address);
        if (via) vpn.via = via;
        this.vpns.set(at, vpn);
        this.vpns.set(gateway.address, vpn);
        for (const route of Array.isArray(v.routes) ? v.routes : [])
          if (
            isObject(route) &&
            typeof route.destination_cidr_block === 'string' &&
            !vpn.cidrs.includes(route.destination_cidr_block)
          )
            vpn.cidrs.push(route.destination_cidr_block);
        return;
      }
      case 'aws_vpn_connection_route': {
        const connection = this.refOf(at, 'vpn_connection_id', v.vpn_connection_id);
        const cidr = this.text(at, 'destination_cidr_block', v.destination_cidr_block);
        if (!connection || !cidr) return;
        const vpn = this.vpns.get(connection.address) ?? { cidrs: [] };
        this.vpns.set(connection.address, vpn);
        if (!vpn.cidrs.includes(cidr)) vpn.cidrs.push(cidr);
        return;
      }
      case 'aws_ec2_transit_gateway_vpc_attachment': {
        const tgw = this.refOf(at, 'transit_gateway_id', v.transit_gateway_id);
        const vpc = this.target(at, 'vpc_id', v.vpc_id);
        if (tgw && vpc)
          this.push(this.tgwAttachments, tgw.address, {
            vpc,
            subnets: this.targets(at, 'subnet_ids', v.subnet_ids) ?? [],
          });
        return;
      }
      case 'aws_ec2_transit_gateway_route_table_association':
      case 'aws_ec2_transit_gateway_route_table_propagation':
      case 'aws_ec2_transit_gateway_route':
      case 'aws_ec2_transit_gateway_peering_attachment':
      case 'aws_ec2_transit_gateway_peering_attachment_accepter':
        return this.transit.fold(r);
      case 'aws_vpc_endpoint_route_table_association': {
        const endpoint = this.refOf(at, 'vpc_endpoint_id', v.vpc_endpoint_id);
        const table = this.target(at, 'route_table_id', v.route_table_id);
        if (endpoint && table) this.push(this.endpointTables, endpoint.address, table);
        return;
      }
      case 'aws_vpc_endpoint_subnet_association': {
        const endpoint = this.refOf(at, 'vpc_endpoint_id', v.vpc_endpoint_id);
        const subnet = this.target(at, 'subnet_id', v.subnet_id);
        if (endpoint && subnet) this.push(this.endpointSubnets, endpoint.address, subnet);
        return;
      }
      case 'aws_lb_target_group':
      case 'aws_alb_target_group': {
        const port = v.port === undefined || v.port === null ? undefined : Number(v.port);
        const group = this.targetGroups.get(at) ?? { targets: [] };
        if (port !== undefined && Number.isFinite(port)) group.port = port;
        this.targetGroups.set(at, group);
        return;
      }
      case 'aws_lb_target_group_attachment':
      case 'aws_alb_target_group_attachment': {
        const group = this.refOf(at, 'target_group_arn', v.target_group_arn);
        const target = this.target(at, 'target_id', v.target_id);
        if (!group || !target) return;
        const known = this.targetGroups.get(group.address) ?? { targets: [] };
        this.targetGroups.set(group.address, known);
        if (!known.targets.includes(target)) known.targets.push(target);
        return;
      }
      case 'aws_lb_listener':
      case 'aws_alb_listener':
        return this.foldListener(at, v);
    }
  }

  private route(at: string, v: Json): Route | undefined {
    const destination =
      this.text(at, 'cidr_block', v.cidr_block || v.destination_cidr_block) ??
      this.text(at, 'ipv6_cidr_block', v.ipv6_cidr_block || v.destination_ipv6_cidr_block);
    const list = destination ? undefined : this.ownPrefixList(v.destination_prefix_list_id);
    if (!destination && !list) {
      if (v.destination_prefix_list_id)
        this.warnings.add(
          'approximated',
          at,
          'destination_prefix_list_id',
          'a route to a prefix list that is not in the configuration is left out',
        );
      return undefined;
    }
    const property = [
      'gateway_id',
      'nat_gateway_id',
      'egress_only_gateway_id',
      'vpc_peering_connection_id',
      'transit_gateway_id',
      'network_interface_id',
      'instance_id',
    ].find((name) => v[name] !== undefined && v[name] !== null && v[name] !== '');
    if (property === undefined) {
      const other = ['vpc_endpoint_id', 'carrier_gateway_id', 'local_gateway_id', 'core_network_arn'].find(
        (name) => v[name],
      );
      this.warnings.add(
        'approximated',
        at,
        other ?? 'gateway_id',
        'a route to a target the document has no type for is left out',
      );
      return undefined;
    }
    const value = v[property];
    if (typeof value === 'string' && value.startsWith('vpce-')) return undefined;
    const target =
      (property === 'network_interface_id' ? this.interfaces.endpoint(value) : undefined) ??
      this.target(at, property, value);
    return target ? { destination: (destination ?? list)!, target } : undefined;
  }

  /** The document id of an `aws_ec2_managed_prefix_list` of this configuration that a value refers to. */
  private ownPrefixList(value: unknown): string | undefined {
    const ref = value === undefined || value === null || value === '' ? undefined : this.resolveRef(value);
    if (!ref || this.byAddress.get(ref.address)?.type !== 'aws_ec2_managed_prefix_list') return undefined;
    return this.docId(ref.address);
  }

  private naclRule(at: string, v: Json, path: string): NaclRule | undefined {
    const protocol = protocolFromAws(v.protocol);
    const rule = Number(v.rule_no ?? v.rule_number);
    const action = String(v.action ?? '').toLowerCase();
    const cidr =
      this.text(at, `${path}cidr_block`, v.cidr_block) ?? this.text(at, `${path}ipv6_cidr_block`, v.ipv6_cidr_block);
    if (protocol === undefined || !Number.isInteger(rule) || (action !== 'allow' && action !== 'deny') || !cidr) {
      this.warnings.add('missing-property', at, `${path}rule_no`, 'aws_network_acl_rule');
      return undefined;
    }
    const entry: NaclRule = { rule, action, protocol, cidr };
    const from = Number(v.from_port ?? 0);
    const to = Number(v.to_port ?? 0);
    if (protocol !== 'all' && !(from === 0 && to === 0)) {
      const ports = portsFromRange(from, to);
      if (ports !== undefined) entry.ports = ports;
    }
    return entry;
  }

  private rulesOf(group: string): { inbound: SgRule[]; outbound: SgRule[] } {
    let rules = this.groupRules.get(group);
    if (!rules) {
      rules = { inbound: [], outbound: [] };
      this.groupRules.set(group, rules);
    }
    return rules;
  }

  private prefixList(at: string, property: string, value: unknown): string | undefined {
    const own = this.ownPrefixList(value);
    if (own !== undefined) return own;
    if (value instanceof PrefixListRef && (value.service === 's3' || value.service === 'dynamodb'))
      return value.service;
    const name = typeof value === 'string' ? prefixListName(value) : undefined;
    if (!name)
      this.warnings.add(
        'approximated',
        at,
        property,
        `prefix list ${String(value)} is neither S3, DynamoDB nor a prefix list of the configuration; the rule is left out`,
      );
    return name;
  }

  /** An inline ingress/egress block (or aws_security_group_rule): one document rule per peer. */
  private inlineRules(at: string, v: Json, self: string, path: string): SgRule[] {
    const protocol = protocolFromAws(v.protocol);
    if (protocol === undefined) {
      this.warnings.add('missing-property', at, `${path}protocol`, 'aws_security_group_rule');
      return [];
    }
    const base: SgRule = { protocol };
    const from = Number(v.from_port ?? 0);
    const to = Number(v.to_port ?? 0);
    if (protocol !== 'all' && !(from === 0 && to === 0)) {
      const ports = portsFromRange(from, to);
      if (ports !== undefined) base.ports = ports;
    }
    const description = typeof v.description === 'string' && v.description !== '' ? v.description : undefined;
    const rules: SgRule[] = [];
    const add = (peer: Partial<SgRule>): void => {
      const rule: SgRule = { ...base, ...peer };
      if (description !== undefined) rule.description = description;
      rules.push(rule);
    };
    const list = (value: unknown): unknown[] =>
      Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    for (const cidr of list(v.cidr_blocks)) if (typeof cidr === 'string') add({ cidr });
    for (const cidr of list(v.ipv6_cidr_blocks)) if (typeof cidr === 'string') add({ cidr });
    for (const [i, list_] of list(v.prefix_list_ids).entries()) {
      const name = this.prefixList(at, `${path}prefix_list_ids[${i}]`, list_);
      if (name) add({ prefixList: name });
    }
    for (const group of [...list(v.security_groups), ...list(v.source_security_group_id)]) {
      const id = this.target(at, `${path}security_groups`, group);
      if (id) add({ securityGroup: id });
    }
    if (v.self === true) add({ securityGroup: this.docId(self) });
    return rules;
  }

  private separateRule(at: string, v: Json): SgRule | undefined {
    const protocol = protocolFromAws(v.ip_protocol);
    if (protocol === undefined) {
      this.warnings.add('missing-property', at, 'ip_protocol', this.byAddress.get(at)?.type ?? '');
      return undefined;
    }
    const rule: SgRule = { protocol };
    if (protocol !== 'all') {
      const ports = portsFromRange(v.from_port, v.to_port);
      if (ports !== undefined) rule.ports = ports;
    }
    if (typeof v.cidr_ipv4 === 'string' && v.cidr_ipv4) rule.cidr = v.cidr_ipv4;
    else if (typeof v.cidr_ipv6 === 'string' && v.cidr_ipv6) rule.cidr = v.cidr_ipv6;
    else if (v.referenced_security_group_id) {
      const group = this.target(at, 'referenced_security_group_id', v.referenced_security_group_id);
      if (!group) return undefined;
      rule.securityGroup = group;
    } else if (v.prefix_list_id) {
      const name = this.prefixList(at, 'prefix_list_id', v.prefix_list_id);
      if (!name) return undefined;
      rule.prefixList = name;
    } else {
      this.warnings.add('missing-property', at, 'cidr_ipv4', this.byAddress.get(at)?.type ?? '');
      return undefined;
    }
    if (typeof v.description === 'string' && v.description) rule.description = v.description;
    return rule;
  }

  private foldListener(at: string, v: Json): void {
    const lb = this.refOf(at, 'load_balancer_arn', v.load_balancer_arn);
    const port = Number(v.port);
    const protocol = String(v.protocol ?? 'HTTP').toLowerCase();
    if (!lb || !Number.isInteger(port)) return;
    if (!['http', 'https', 'tcp', 'tls', 'udp', 'tcp_udp'].includes(protocol)) {
      this.warnings.add('approximated', at, 'protocol', `${protocol} listeners are left out`);
      return;
    }
    const actions = Array.isArray(v.default_action) ? v.default_action : [];
    const forward = actions.find((a) => isObject(a) && a.target_group_arn) as Json | undefined;
    const group = forward
      ? this.refOf(at, 'default_action.target_group_arn', forward.target_group_arn)?.address
      : undefined;
    this.push(this.listeners, lb.address, { listener: { protocol: protocol as Listener['protocol'], port }, group });
  }

  // ---- main resources ------------------------------------------------------------------

  map(options: MapOptions): VpcLabDocument {
    // Numbers in names in their order (route_2 before route_10): Terraform keeps no block order.
    const natural = [...this.input.resources].sort((a, b) =>
      a.address.localeCompare(b.address, 'en', { numeric: true }),
    );
    for (const r of natural) if (FOLDED_TYPES.has(r.type)) this.fold(r);
    for (const r of this.input.resources) {
      if (r.type !== 'aws_network_acl' && r.type !== 'aws_default_network_acl') continue;
      const subnets = Array.isArray(r.values.subnet_ids) ? r.values.subnet_ids : [];
      for (const subnet of subnets) {
        const ref = this.refOf(r.address, 'subnet_ids', subnet);
        if (ref) this.subnetAcl.set(ref.address, this.docId(r.address));
      }
    }
    const out: Resource[] = [];
    const ordered = [
      ...this.order.map((address) => this.byAddress.get(address)!),
      ...this.input.resources.filter((r) => !this.order.includes(r.address)),
    ];
    for (const r of ordered) {
      const type = MAIN_TYPES[r.type];
      if (!type) {
        if (!FOLDED_TYPES.has(r.type)) this.warnings.add('unsupported-resource', r.address, '', r.type);
        continue;
      }
      const resource = this.build(r);
      if (!resource) continue;
      this.common(r, resource);
      out.push(resource);
      const table = this.defaultTables.get(r.address);
      if (table) out.push(table);
    }
    const meta = isObject(this.input.metadata) ? this.input.metadata : {};
    const document: VpcLabDocument = {
      format: 'vpclab',
      version: 2,
      name: typeof meta.name === 'string' ? meta.name : options.name,
      resources: out,
    };
    if (typeof meta.description === 'string') document.description = meta.description;
    if (Array.isArray(meta.intents)) document.intents = meta.intents as Intent[];
    if (isObject(meta.meta)) document.meta = meta.meta;
    return document;
  }

  private common(r: TfResource, resource: Resource): void {
    const named = resource as Resource & { name?: string; tags?: Record<string, string> };
    const tags = isObject(r.values.tags) ? r.values.tags : {};
    const rest: Record<string, string> = {};
    for (const [key, value] of Object.entries(tags)) {
      if (typeof value !== 'string' || key.startsWith('aws:')) continue;
      if (key === 'Name') named.name = value;
      else rest[key] = value;
    }
    if (Object.keys(rest).length) named.tags = rest;
    if (r.type === 'aws_default_security_group') named.name = DEFAULT_GROUP_NAME;
    restoreKeptFields(resource, this.overrides.get(r.address) ?? {});
  }

  /** The resource is left out: the detail is its type, the property what it lacked. */
  private missing(at: string, property: string): undefined {
    this.warnings.add('missing-property', at, property, this.byAddress.get(at)?.type ?? '');
    return undefined;
  }

  private build(r: TfResource): Resource | undefined {
    const v = r.values;
    const at = r.address;
    const id = this.docId(at);
    switch (r.type) {
      case 'aws_vpc': {
        const first = this.text(at, 'cidr_block', v.cidr_block);
        const extra = this.extraCidrs.get(at);
        const vpc: Resource = { id, type: 'vpc', cidrBlocks: [...(first ? [first] : []), ...(extra?.v4 ?? [])] };
        const ipv6 = [
          ...(typeof v.ipv6_cidr_block === 'string' && v.ipv6_cidr_block ? [v.ipv6_cidr_block] : []),
          ...(extra?.v6 ?? []),
        ];
        if (ipv6.length) vpc.ipv6CidrBlocks = ipv6;
        if (!first && v.ipv4_ipam_pool_id)
          this.warnings.add('unresolved', at, 'ipv4_ipam_pool_id', 'ipv4_ipam_pool_id');
        return vpc;
      }
      case 'aws_subnet': {
        const vpc = this.target(at, 'vpc_id', v.vpc_id);
        const cidr = this.text(at, 'cidr_block', v.cidr_block);
        const az = this.zone(at, v.availability_zone);
        if (!vpc || !cidr || !az) return this.missing(at, !vpc ? 'vpc_id' : !cidr ? 'cidr_block' : 'availability_zone');
        const subnet: Resource = { id, type: 'subnet', vpc, cidr, az };
        const ipv6 = this.text(at, 'ipv6_cidr_block', v.ipv6_cidr_block);
        if (ipv6) subnet.ipv6Cidr = ipv6;
        const table = this.subnetTable.get(at);
        if (table) subnet.routeTable = table;
        const acl = this.subnetAcl.get(at);
        if (acl) subnet.networkAcl = acl;
        return subnet;
      }
      case 'aws_route_table':
      case 'aws_default_route_table': {
        const adopted = r.type === 'aws_default_route_table';
        const vpcRef = adopted ? this.refOf(at, 'default_route_table_id', v.default_route_table_id) : undefined;
        const vpc = adopted ? (vpcRef ? this.docId(vpcRef.address) : undefined) : this.target(at, 'vpc_id', v.vpc_id);
        if (!vpc) return this.missing(at, adopted ? 'default_route_table_id' : 'vpc_id');
        const inline = (Array.isArray(v.route) ? v.route : []).flatMap((route) =>
          isObject(route) ? (this.route(at, route) ?? []) : [],
        );
        const table: Resource = { id, type: 'route-table', vpc, routes: [...inline, ...(this.routes.get(at) ?? [])] };
        if (adopted || this.mainTables.has(at)) table.main = true;
        return table;
      }
      case 'aws_network_acl':
      case 'aws_default_network_acl': {
        const adopted = r.type === 'aws_default_network_acl';
        const vpcRef = adopted ? this.refOf(at, 'default_network_acl_id', v.default_network_acl_id) : undefined;
        const vpc = adopted ? (vpcRef ? this.docId(vpcRef.address) : undefined) : this.target(at, 'vpc_id', v.vpc_id);
        if (!vpc) return this.missing(at, adopted ? 'default_network_acl_id' : 'vpc_id');
        const rules = (list: unknown, name: string): NaclRule[] =>
          (Array.isArray(list) ? list : []).flatMap((rule, i) =>
            isObject(rule) ? (this.naclRule(at, rule, `${name}[${i}].`) ?? []) : [],
          );
        const separate = this.naclRules.get(at);
        const acl: Resource = {
          id,
          type: 'network-acl',
          vpc,
          inbound: [...rules(v.ingress, 'ingress'), ...(separate?.inbound ?? [])],
          outbound: [...rules(v.egress, 'egress'), ...(separate?.outbound ?? [])],
        };
        if (adopted) acl.default = true;
        return acl;
      }
      case 'aws_security_group':
      case 'aws_default_security_group': {
        const vpc = this.target(at, 'vpc_id', v.vpc_id);
        if (!vpc) return this.missing(at, 'vpc_id');
        const inline = (list: unknown, name: string): SgRule[] =>
          (Array.isArray(list) ? list : []).flatMap((rule, i) =>
            isObject(rule) ? this.inlineRules(at, rule, at, `${name}[${i}].`) : [],
          );
        const separate = this.groupRules.get(at);
        const group: Resource = {
          id,
          type: 'security-group',
          vpc,
          inbound: [...inline(v.ingress, 'ingress'), ...(separate?.inbound ?? [])],
          outbound: [...inline(v.egress, 'egress'), ...(separate?.outbound ?? [])],
        };
        if (
          typeof v.description === 'string' &&
          v.description !== '' &&
          v.description !== TERRAFORM_DEFAULT_DESCRIPTION
        )
          group.description = v.description;
        return group;
      }
      case 'aws_internet_gateway':
      case 'aws_vpn_gateway':
      case 'aws_egress_only_internet_gateway': {
        const vpc = this.target(at, 'vpc_id', v.vpc_id) ?? this.gatewayVpc.get(at);
        if (!vpc) return this.missing(at, 'vpc_id');
        return { id, type: MAIN_TYPES[r.type] as 'internet-gateway', vpc };
      }
      case 'aws_nat_gateway': {
        const subnet = this.target(at, 'subnet_id', v.subnet_id);
        if (!subnet) return this.missing(at, 'subnet_id');
        const nat: Resource = { id, type: 'nat-gateway', subnet };
        if (v.connectivity_type === 'public' || v.connectivity_type === 'private')
          nat.connectivity = v.connectivity_type;
        return nat;
      }
      case 'aws_customer_gateway': {
        const vpn = this.vpns.get(at);
        const override = this.overrides.get(at)?.cidrs;
        const cidrs = vpn?.cidrs.length ? vpn.cidrs : Array.isArray(override) ? (override as string[]) : [];
        if (!vpn?.via) return this.missing(at, 'aws_vpn_connection');
        if (!cidrs.length) return this.missing(at, 'aws_vpn_connection_route');
        return { id, type: 'on-premises', cidrs: [...cidrs], via: vpn.via, link: 'site-to-site-vpn' };
      }
      case 'aws_vpc_peering_connection': {
        const requester = this.target(at, 'vpc_id', v.vpc_id);
        const accepter = this.target(at, 'peer_vpc_id', v.peer_vpc_id);
        if (!requester || !accepter) return this.missing(at, !requester ? 'vpc_id' : 'peer_vpc_id');
        return { id, type: 'peering-connection', requester, accepter };
      }
      case 'aws_ec2_transit_gateway': {
        const { fields, table } = this.transit.gateway(r, id);
        const tgw: Resource = {
          id,
          type: 'transit-gateway',
          attachments: this.tgwAttachments.get(at) ?? [],
          ...fields,
        };
        if (table) this.defaultTables.set(at, table);
        return tgw;
      }
      case 'aws_ec2_transit_gateway_route_table':
        return this.transit.table(r, id);
      case 'aws_vpc_endpoint':
        return this.endpoint(r, id);
      case 'aws_instance':
        return this.instance(r, id);
      case 'aws_db_instance': {
        const engineText = this.text(at, 'engine', v.engine);
        const engine = engineText ? engineFromAws(engineText) : undefined;
        if (!engine) return this.missing(at, 'engine');
        const groupRef =
          this.resolveRef(v.db_subnet_group_name) ??
          this.resolveRef(`db-subnet-group:${String(v.db_subnet_group_name)}`);
        const group = groupRef ? this.byAddress.get(groupRef.address) : undefined;
        const subnets = group ? this.targets(group.address, 'subnet_ids', group.values.subnet_ids) : undefined;
        if (!subnets?.length) return this.missing(at, 'db_subnet_group_name');
        const db: Resource = { id, type: 'database', engine, subnets };
        if (v.port !== undefined && v.port !== null && Number(v.port) > 0) db.port = Number(v.port);
        if (typeof v.publicly_accessible === 'boolean') db.publiclyAccessible = v.publicly_accessible;
        if (typeof v.multi_az === 'boolean') db.multiAz = v.multi_az;
        const groups = this.targets(at, 'vpc_security_group_ids', v.vpc_security_group_ids);
        if (groups !== undefined) db.securityGroups = groups;
        return db;
      }
      case 'aws_lb':
      case 'aws_alb':
        return this.loadBalancer(r, id);
      case 'aws_ec2_managed_prefix_list': {
        const family = v.address_family;
        if (family !== 'IPv4' && family !== 'IPv6') return this.missing(at, 'address_family');
        const entries = [...(Array.isArray(v.entry) ? v.entry : []), ...(this.listEntries.get(at) ?? [])].flatMap(
          (entry) => {
            if (!isObject(entry) || typeof entry.cidr !== 'string') return [];
            return typeof entry.description === 'string' && entry.description !== ''
              ? [{ cidr: entry.cidr, description: entry.description }]
              : [{ cidr: entry.cidr }];
          },
        );
        const list: Resource = { id, type: 'prefix-list', addressFamily: family, entries };
        const max = Number(v.max_entries);
        if (Number.isInteger(max) && max > 0) list.maxEntries = max;
        return list;
      }
      case 'aws_lambda_function': {
        const config = Array.isArray(v.vpc_config) ? v.vpc_config[0] : v.vpc_config;
        if (!isObject(config)) {
          this.warnings.add(
            'unsupported-resource',
            at,
            'vpc_config',
            'a function without VPC access is not part of the network',
          );
          return undefined;
        }
        const subnets = this.targets(at, 'vpc_config.subnet_ids', config.subnet_ids) ?? [];
        if (!subnets.length) return this.missing(at, 'vpc_config.subnet_ids');
        const fn: Resource = { id, type: 'lambda', subnets };
        const groups = this.targets(at, 'vpc_config.security_group_ids', config.security_group_ids);
        if (groups !== undefined) fn.securityGroups = groups;
        return fn;
      }
      default:
        return undefined;
    }
  }

  private zone(at: string, value: unknown): string | undefined {
    if (typeof value !== 'string' || value === '') {
      this.warnings.add('missing-property', at, 'availability_zone', 'aws_subnet');
      return undefined;
    }
    if (value.startsWith(REGION_PLACEHOLDER)) return value.slice(REGION_PLACEHOLDER.length);
    return value;
  }

  private endpoint(r: TfResource, id: string): Resource | undefined {
    const v = r.values;
    const at = r.address;
    const vpc = this.target(at, 'vpc_id', v.vpc_id);
    const serviceName = this.text(at, 'service_name', v.service_name);
    if (!vpc || !serviceName) return this.missing(at, !vpc ? 'vpc_id' : 'service_name');
    const match = /^com\.amazonaws\.(?:\$\{AWS::Region\}|[a-z]{2}(?:-[a-z]+)+-\d)\.(.+)$/.exec(serviceName);
    const service = match ? match[1]! : serviceName;
    const type = String(v.vpc_endpoint_type ?? 'Gateway').toLowerCase();
    if (type === 'gateway')
      return {
        id,
        type: 'vpc-endpoint',
        kind: 'gateway',
        vpc,
        service,
        routeTables: [
          ...(this.targets(at, 'route_table_ids', v.route_table_ids) ?? []),
          ...(this.endpointTables.get(at) ?? []),
        ],
      };
    if (type !== 'interface') {
      this.warnings.add('unsupported-resource', at, 'vpc_endpoint_type', `${type} endpoints`);
      return undefined;
    }
    const subnets = [...(this.targets(at, 'subnet_ids', v.subnet_ids) ?? []), ...(this.endpointSubnets.get(at) ?? [])];
    if (!subnets.length) return this.missing(at, 'subnet_ids');
    const endpoint: Resource = { id, type: 'vpc-endpoint', kind: 'interface', vpc, service, subnets };
    const groups = this.targets(at, 'security_group_ids', v.security_group_ids);
    if (groups !== undefined) endpoint.securityGroups = groups;
    return endpoint;
  }

  private instance(r: TfResource, id: string): Resource | undefined {
    const v = r.values;
    const at = r.address;
    const subnet = this.target(at, 'subnet_id', v.subnet_id);
    if (!subnet) return this.missing(at, 'subnet_id');
    const instance: Resource = { id, type: 'instance', subnet };
    const privateIp = this.text(at, 'private_ip', v.private_ip);
    if (privateIp) instance.privateIp = privateIp;
    if (typeof v.associate_public_ip_address === 'boolean') instance.publicIp = v.associate_public_ip_address;
    if (this.elasticIps.has(at)) instance.elasticIp = true;
    if (v.ipv6_address_count !== undefined && v.ipv6_address_count !== null)
      instance.ipv6 = Number(v.ipv6_address_count) > 0;
    const groups = this.targets(at, 'vpc_security_group_ids', v.vpc_security_group_ids);
    if (groups !== undefined) instance.securityGroups = groups;
    if (typeof v.source_dest_check === 'boolean') instance.sourceDestCheck = v.source_dest_check;
    if ((typeof v.ami === 'string' && /windows/i.test(v.ami)) || v.platform === 'windows') instance.os = 'windows';
    const secondaries = this.interfaces.secondaries(at);
    if (secondaries.length) instance.networkInterfaces = secondaries;
    if (Array.isArray(v.network_interface) && v.network_interface.length)
      this.warnings.add(
        'approximated',
        at,
        'network_interface',
        'attached network interfaces are not read; the instance’s own subnet is used',
      );
    return instance;
  }

  private loadBalancer(r: TfResource, id: string): Resource | undefined {
    const v = r.values;
    const at = r.address;
    const type = String(v.load_balancer_type ?? 'application');
    if (type !== 'application' && type !== 'network') {
      this.warnings.add('unsupported-resource', at, 'load_balancer_type', `${type} load balancers`);
      return undefined;
    }
    const mappings = Array.isArray(v.subnet_mapping)
      ? v.subnet_mapping.flatMap((m) => (isObject(m) ? [m.subnet_id] : []))
      : [];
    const subnets =
      this.targets(
        at,
        'subnets',
        v.subnets && (!Array.isArray(v.subnets) || v.subnets.length) ? v.subnets : mappings,
      ) ?? [];
    if (!subnets.length) return this.missing(at, 'subnets');
    const listeners: Listener[] = [];
    const targets: string[] = [];
    for (const { listener, group } of this.listeners.get(at) ?? []) {
      const targetGroup = group ? this.targetGroups.get(group) : undefined;
      if (targetGroup?.port !== undefined && targetGroup.port !== listener.port) listener.targetPort = targetGroup.port;
      listeners.push(listener);
      for (const target of targetGroup?.targets ?? []) if (!targets.includes(target)) targets.push(target);
    }
    const lb: Resource = {
      id,
      type: 'load-balancer',
      kind: type,
      scheme: v.internal === true ? 'internal' : 'internet-facing',
      subnets,
      listeners,
      targets,
    };
    const groups = this.targets(at, 'security_groups', v.security_groups);
    if (groups !== undefined && !(type === 'network' && groups.length === 0 && v.security_groups === undefined))
      lb.securityGroups = groups;
    return lb;
  }
}
