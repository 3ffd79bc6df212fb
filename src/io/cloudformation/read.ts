import {
  defaultNetworkAclId,
  defaultSecurityGroupId,
  ID_PATTERN,
  type Intent,
  type Listener,
  type NaclRule,
  type Resource,
  type Route,
  type SgRule,
  type TransitGatewayAttachment,
  type TransitGatewayRoute,
  type VpcLabDocument,
} from '../../model/index.ts';
import { portsFromRange, protocolFromAws, protocolFromAwsNumber } from '../iac/protocols.ts';
import { IacInputError, type IacImport } from '../iac/result.ts';
import { WarningList } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER } from '../iac/zones.ts';
import { Intrinsics, ResourceRef, Unresolved } from './intrinsics.ts';
import { engineFromAws, prefixListName } from '../iac/aws-names.ts';
import { restoreKeptFields } from '../iac/kept-fields.ts';
import { isNoEgressRule, type ResourceMetadata } from './vocabulary.ts';
import { TransitGatewayTablesReader } from './transit-gateway-tables.ts';
import { InterfaceReader } from './network-interfaces.ts';

/** A kept `id` names the resource; it is read where the logical id is mapped, not restored as a field. */
const ID_KEY: ReadonlySet<string> = new Set(['id']);
import { parseTemplateText } from './yaml-tags.ts';

/**
 * Reads a CloudFormation template (YAML with the short-form tags, or JSON) into a document.
 * Every AWS::EC2, ELBv2, RDS and Lambda resource the format covers becomes a document resource
 * (its logical id the document id, its Name tag the name); routes, rules, attachments and
 * associations fold into the resources they belong to. Values are computed statically
 * (intrinsics.ts); what cannot be is a warning naming the logical id and property, and a resource
 * missing something the document requires is left out with a warning, never guessed.
 */

export interface CloudFormationReadOptions {
  /** The document's name when the template's metadata gives none (e.g. the file name). */
  readonly name?: string;
  /** The region the stack is deployed to: resolves AWS::Region and Fn::GetAZs. */
  readonly region?: string;
  /** Parameter values, as `aws cloudformation deploy --parameter-overrides` gives them. */
  readonly parameters?: Readonly<Record<string, string>>;
}

interface Entry {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly Metadata: ResourceMetadata;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when text is a CloudFormation template (by content, not by file name). */
export function looksLikeCloudFormation(text: string): boolean {
  if (/^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(text)) return true;
  return /["']?Resources["']?\s*:/.test(text) && /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(text);
}

export function readCloudFormation(text: string, options: CloudFormationReadOptions = {}): IacImport {
  let template: unknown;
  try {
    template = parseTemplateText(text);
  } catch (error) {
    throw new IacInputError(`not a readable template: ${(error as Error).message}`);
  }
  return readCloudFormationTemplate(template, options);
}

export function readCloudFormationTemplate(template: unknown, options: CloudFormationReadOptions = {}): IacImport {
  if (!isObject(template) || !isObject(template.Resources))
    throw new IacInputError('not a CloudFormation template: it has no Resources section');
  return new TemplateReader(template, options).read();
}

const MAIN_TYPES = new Set([
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::RouteTable',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::VPNGateway',
  'AWS::EC2::CustomerGateway',
  'AWS::EC2::VPCPeeringConnection',
  'AWS::EC2::TransitGateway',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::Instance',
  'AWS::RDS::DBInstance',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::Lambda::Function',
  'AWS::EC2::PrefixList',
]);

/** Types folded into a main resource (or with no network meaning of their own). */
const FOLDED_TYPES = new Set([
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::VPCCidrBlock',
  'AWS::EC2::SubnetCidrBlock',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::Route',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::EIP',
  'AWS::EC2::EIPAssociation',
  'AWS::EC2::VPNConnection',
  'AWS::EC2::VPNConnectionRoute',
  'AWS::EC2::VPNGatewayRoutePropagation',
  'AWS::EC2::TransitGatewayAttachment',
  'AWS::EC2::TransitGatewayVpcAttachment',
  'AWS::EC2::TransitGatewayRouteTable',
  'AWS::EC2::TransitGatewayRoute',
  'AWS::EC2::TransitGatewayRouteTableAssociation',
  'AWS::EC2::TransitGatewayRouteTablePropagation',
  'AWS::EC2::TransitGatewayPeeringAttachment',
  'AWS::EC2::NetworkInterface',
  'AWS::EC2::NetworkInterfaceAttachment',
  'AWS::RDS::DBSubnetGroup',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
]);

interface Eni {
  subnet?: string | undefined;
  groups?: string[] | undefined;
  privateIp?: string | undefined;
  sourceDestCheck?: boolean | undefined;
  publicIp?: boolean | undefined;
  ipv6?: boolean | undefined;
}

class TemplateReader {
  private readonly warnings = new WarningList();
  private readonly entries = new Map<string, Entry>();
  private readonly intrinsics: Intrinsics;
  private readonly out: Resource[] = [];

  // What the folded resources say about the main ones, keyed by the main one's logical id.
  private readonly gatewayVpc = new Map<string, string>();
  private readonly extraCidrs = new Map<string, { v4: string[]; v6: string[] }>();
  private readonly subnetTable = new Map<string, string>();
  private readonly subnetIpv6 = new Map<string, string>();
  private readonly subnetAcl = new Map<string, string>();
  private readonly routes = new Map<string, Route[]>();
  private readonly naclEntries = new Map<string, { inbound: NaclRule[]; outbound: NaclRule[] }>();
  private readonly groupRules = new Map<string, { inbound: SgRule[]; outbound: SgRule[] }>();
  private readonly elasticIps = new Set<string>();
  private readonly vpns = new Map<string, { via?: string; cidrs: string[] }>();
  private readonly tgwAttachments = new Map<string, TransitGatewayAttachment[]>();
  private readonly attachmentVpc = new Map<string, string>();
  private readonly tgwTableIds = new Map<string, string[]>();
  private readonly tgwRoutes = new Map<string, TransitGatewayRoute[]>();
  private readonly subnetGroups = new Map<string, string[]>();
  private readonly targetGroups = new Map<string, { port?: number; targets: string[] }>();
  private readonly listeners = new Map<string, { listener: Listener; group: string | undefined }[]>();
  private readonly enis = new Map<string, Eni>();
  private readonly tgwTables = new TransitGatewayTablesReader({
    logicalRef: (id, property) => this.logicalRef(id, property),
    ref: (id, property) => this.ref(id, property),
    text: (id, property) => this.text(id, property),
    bool: (id, property) => this.bool(id, property),
    docId: (id) => this.docId(id),
    metadata: (id) => this.entries.get(id)?.Metadata,
  });
  private interfaces!: InterfaceReader;

  constructor(
    private readonly template: Record<string, unknown>,
    private readonly options: CloudFormationReadOptions,
  ) {
    const parameters = new Map<string, unknown>();
    const unset = new Set<string>();
    for (const [name, declaration] of Object.entries(isObject(template.Parameters) ? template.Parameters : {})) {
      const given = options.parameters?.[name];
      const fallback = isObject(declaration) ? declaration.Default : undefined;
      const value = given ?? fallback;
      if (value === undefined) unset.add(name);
      else {
        const type = isObject(declaration) ? String(declaration.Type ?? '') : '';
        parameters.set(
          name,
          type.startsWith('List<') || type === 'CommaDelimitedList' ? String(value).split(',') : value,
        );
      }
    }
    const resources = template.Resources as Record<string, unknown>;
    const conditions = isObject(template.Conditions) ? template.Conditions : {};
    this.intrinsics = new Intrinsics({
      parameters,
      unsetParameters: unset,
      mappings: isObject(template.Mappings) ? template.Mappings : {},
      conditions,
      resources: new Set(Object.keys(resources)),
      region: options.region,
      warnings: this.warnings,
    });
    for (const [logicalId, raw] of Object.entries(resources)) {
      if (!isObject(raw) || typeof raw.Type !== 'string') {
        this.warnings.add('missing-property', logicalId, 'Type', logicalId);
        continue;
      }
      if (typeof raw.Condition === 'string') {
        let created = true;
        try {
          created = this.intrinsics.resolve({ Condition: raw.Condition }, logicalId, 'Condition') === true;
        } catch (error) {
          if (!(error instanceof Unresolved)) throw error;
          this.warnings.add('unresolved', logicalId, 'Condition', error.message);
        }
        if (!created) continue;
      }
      const metadata = isObject(raw.Metadata) && isObject(raw.Metadata.VpcLab) ? raw.Metadata.VpcLab : {};
      this.entries.set(logicalId, {
        Type: raw.Type,
        Properties: isObject(raw.Properties) ? raw.Properties : {},
        Metadata: metadata as ResourceMetadata,
      });
    }
  }

  read(): IacImport {
    this.interfaces = new InterfaceReader({
      entries: this.entries,
      docId: (id) => this.docId(id),
      ref: (id, property, raw) => this.ref(id, property, raw),
      refs: (id, property, raw) => this.refs(id, property, raw),
      text: (id, property, raw) => this.text(id, property, raw),
      bool: (id, property, raw) => this.bool(id, property, raw),
      number: (id, property, raw) => this.number(id, property, raw),
    });
    for (const [logicalId, entry] of this.entries) this.fold(logicalId, entry);
    for (const [logicalId, entry] of this.entries) {
      if (MAIN_TYPES.has(entry.Type) || this.tgwTables.isResource(logicalId)) this.main(logicalId, entry);
      else if (!FOLDED_TYPES.has(entry.Type)) this.warnings.add('unsupported-resource', logicalId, '', entry.Type);
    }
    const meta =
      isObject(this.template.Metadata) && isObject(this.template.Metadata.VpcLab) ? this.template.Metadata.VpcLab : {};
    const document: VpcLabDocument = {
      format: 'vpclab',
      version: 2,
      name:
        typeof meta.name === 'string'
          ? meta.name
          : typeof this.template.Description === 'string'
            ? this.template.Description
            : (this.options.name ?? 'CloudFormation template'),
      resources: this.out,
    };
    if (typeof meta.description === 'string') document.description = meta.description;
    if (Array.isArray(meta.intents)) document.intents = meta.intents as Intent[];
    if (isObject(meta.meta)) document.meta = meta.meta;
    return { document, warnings: this.warnings.items };
  }

  // ---- values --------------------------------------------------------------------------

  private value(logicalId: string, property: string, raw?: unknown): unknown {
    const value = raw ?? this.entries.get(logicalId)?.Properties[property];
    if (value === undefined) return undefined;
    try {
      return this.intrinsics.resolve(value, logicalId, property);
    } catch (error) {
      if (!(error instanceof Unresolved)) throw error;
      this.warnings.add('unresolved', logicalId, property, error.message);
      return undefined;
    }
  }

  private text(logicalId: string, property: string, raw?: unknown): string | undefined {
    const value = this.value(logicalId, property, raw);
    if (value === undefined) return undefined;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (text.includes(REGION_PLACEHOLDER)) {
        this.warnings.add('unresolved', logicalId, property, text);
        return undefined;
      }
      return text;
    }
    this.warnings.add('unresolved', logicalId, property, 'a resource reference where a value is expected');
    return undefined;
  }

  private bool(logicalId: string, property: string, raw?: unknown): boolean | undefined {
    const value = this.value(logicalId, property, raw);
    if (value === undefined) return undefined;
    return value === true || String(value).toLowerCase() === 'true';
  }

  private number(logicalId: string, property: string, raw?: unknown): number | undefined {
    const value = this.value(logicalId, property, raw);
    if (value === undefined || value === '') return undefined;
    const number = Number(value);
    if (Number.isFinite(number)) return number;
    this.warnings.add('unresolved', logicalId, property, `${JSON.stringify(value)} is not a number`);
    return undefined;
  }

  /** The document id a resolved value points at: `!Ref X`, `!GetAtt X.GroupId`, a VPC default. */
  private target(logicalId: string, property: string, value: unknown): string | undefined {
    if (value instanceof ResourceRef) {
      const vpc = this.docId(value.logicalId);
      if (value.attribute === 'DefaultSecurityGroup') return defaultSecurityGroupId(vpc);
      if (value.attribute === 'DefaultNetworkAcl') return defaultNetworkAclId(vpc);
      if (!this.entries.has(value.logicalId)) {
        this.warnings.add('dangling-reference', logicalId, property, value.logicalId);
        return undefined;
      }
      return this.docId(value.logicalId);
    }
    if (value !== undefined)
      this.warnings.add(
        'dangling-reference',
        logicalId,
        property,
        `${String(value)} is not a resource of this template`,
      );
    return undefined;
  }

  /** The logical id a property refers to (for folding), without the VPC-default mapping. */
  private logicalRef(logicalId: string, property: string, raw?: unknown): string | undefined {
    const value = this.value(logicalId, property, raw);
    if (value instanceof ResourceRef && this.entries.has(value.logicalId)) return value.logicalId;
    if (value !== undefined)
      this.warnings.add(
        'dangling-reference',
        logicalId,
        property,
        String(value instanceof ResourceRef ? value.logicalId : value),
      );
    return undefined;
  }

  private ref(logicalId: string, property: string, raw?: unknown): string | undefined {
    const value = this.value(logicalId, property, raw);
    return value === undefined ? undefined : this.target(logicalId, property, value);
  }

  private refs(logicalId: string, property: string, raw?: unknown): string[] | undefined {
    const value = this.value(logicalId, property, raw);
    if (value === undefined) return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((item) => this.target(logicalId, property, item) ?? []);
  }

  private docId(logicalId: string): string {
    const given = this.entries.get(logicalId)?.Metadata.id;
    if (typeof given === 'string' && ID_PATTERN.test(given)) return given;
    return logicalId.slice(0, 64);
  }

  // ---- folded resources ----------------------------------------------------------------

  private push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  private fold(id: string, entry: Entry): void {
    const p = entry.Properties;
    this.tgwTables.fold(id, entry.Type);
    switch (entry.Type) {
      case 'AWS::EC2::VPCGatewayAttachment': {
        const vpc = this.ref(id, 'VpcId');
        const gateway = this.logicalRef(id, p.InternetGatewayId !== undefined ? 'InternetGatewayId' : 'VpnGatewayId');
        if (vpc && gateway) this.gatewayVpc.set(gateway, vpc);
        return;
      }
      case 'AWS::EC2::VPCCidrBlock': {
        const vpc = this.logicalRef(id, 'VpcId');
        if (!vpc) return;
        const blocks = this.extraCidrs.get(vpc) ?? { v4: [], v6: [] };
        this.extraCidrs.set(vpc, blocks);
        const v4 = this.text(id, 'CidrBlock');
        if (v4) blocks.v4.push(v4);
        const v6 = this.text(id, 'Ipv6CidrBlock');
        if (v6) blocks.v6.push(v6);
        if (p.AmazonProvidedIpv6CidrBlock !== undefined || p.Ipv6IpamPoolId !== undefined)
          this.warnings.add('unresolved', id, 'AmazonProvidedIpv6CidrBlock', 'AmazonProvidedIpv6CidrBlock');
        return;
      }
      case 'AWS::EC2::SubnetCidrBlock': {
        const subnet = this.logicalRef(id, 'SubnetId');
        const block = this.text(id, 'Ipv6CidrBlock');
        if (subnet && block) this.subnetIpv6.set(subnet, block);
        return;
      }
      case 'AWS::EC2::SubnetRouteTableAssociation': {
        const subnet = this.logicalRef(id, 'SubnetId');
        const table = this.ref(id, 'RouteTableId');
        if (subnet && table) this.subnetTable.set(subnet, table);
        return;
      }
      case 'AWS::EC2::SubnetNetworkAclAssociation': {
        const subnet = this.logicalRef(id, 'SubnetId');
        const acl = this.ref(id, 'NetworkAclId');
        if (subnet && acl) this.subnetAcl.set(subnet, acl);
        return;
      }
      case 'AWS::EC2::Route':
        return this.foldRoute(id, p);
      case 'AWS::EC2::NetworkAclEntry':
        return this.foldNaclEntry(id);
      case 'AWS::EC2::SecurityGroupIngress':
      case 'AWS::EC2::SecurityGroupEgress': {
        const group = this.logicalRef(id, 'GroupId');
        const direction = entry.Type.endsWith('Ingress') ? 'inbound' : 'outbound';
        const rule = group && this.sgRule(id, p, direction);
        if (group && rule) this.rulesOf(group)[direction].push(rule);
        return;
      }
      case 'AWS::EC2::EIP':
      case 'AWS::EC2::EIPAssociation': {
        const instance = p.InstanceId !== undefined ? this.logicalRef(id, 'InstanceId') : undefined;
        if (instance) this.elasticIps.add(instance);
        return;
      }
      case 'AWS::EC2::VPNConnection': {
        const gateway = this.logicalRef(id, 'CustomerGatewayId');
        const via = this.ref(id, p.TransitGatewayId !== undefined ? 'TransitGatewayId' : 'VpnGatewayId');
        if (!gateway) return;
        const vpn = this.vpns.get(id) ?? { cidrs: [] };
        this.vpns.set(id, vpn);
        this.vpns.set(gateway, vpn);
        if (via !== undefined) vpn.via = via;
        return;
      }
      case 'AWS::EC2::VPNConnectionRoute': {
        const vpn = this.logicalRef(id, 'VpnConnectionId');
        const cidr = this.text(id, 'DestinationCidrBlock');
        if (!vpn || !cidr) return;
        const known = this.vpns.get(vpn);
        if (known) known.cidrs.push(cidr);
        else this.vpns.set(vpn, { cidrs: [cidr] });
        return;
      }
      case 'AWS::EC2::TransitGatewayAttachment':
      case 'AWS::EC2::TransitGatewayVpcAttachment': {
        const tgw = this.logicalRef(id, 'TransitGatewayId');
        const vpc = this.ref(id, 'VpcId');
        const subnets = this.refs(id, 'SubnetIds') ?? [];
        if (!tgw || !vpc) return;
        this.attachmentVpc.set(id, vpc);
        this.push(this.tgwAttachments, tgw, { vpc, subnets });
        return;
      }
      case 'AWS::EC2::TransitGatewayRouteTable': {
        const tgw = this.logicalRef(id, 'TransitGatewayId');
        if (tgw) this.push(this.tgwTableIds, tgw, id);
        return;
      }
      case 'AWS::EC2::TransitGatewayRoute': {
        const table = this.logicalRef(id, 'TransitGatewayRouteTableId');
        const destination = this.text(id, 'DestinationCidrBlock');
        if (!table || !destination) return;
        if (this.bool(id, 'Blackhole')) this.push(this.tgwRoutes, table, { destination, attachment: 'blackhole' });
        else {
          const attachment = this.logicalRef(id, 'TransitGatewayAttachmentId');
          if (attachment) this.push(this.tgwRoutes, table, { destination, attachment });
        }
        return;
      }
      case 'AWS::EC2::NetworkInterface':
        this.enis.set(id, {
          ...this.eni(id, p),
          subnet: this.ref(id, 'SubnetId'),
        });
        return;
      case 'AWS::RDS::DBSubnetGroup':
        this.subnetGroups.set(id, this.refs(id, 'SubnetIds') ?? []);
        return;
      case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
        const targets = Array.isArray(p.Targets) ? p.Targets : [];
        const ids: string[] = [];
        targets.forEach((target, index) => {
          const ref = isObject(target) ? this.ref(id, `Targets[${index}].Id`, target.Id) : undefined;
          if (ref) ids.push(ref);
        });
        const port = this.number(id, 'Port');
        this.targetGroups.set(id, port === undefined ? { targets: ids } : { port, targets: ids });
        return;
      }
      case 'AWS::ElasticLoadBalancingV2::Listener':
        return this.foldListener(id, p);
    }
  }

  private foldRoute(id: string, p: Record<string, unknown>): void {
    const table = this.logicalRef(id, 'RouteTableId');
    const destination = this.text(
      id,
      p.DestinationIpv6CidrBlock !== undefined ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock',
    );
    const list = table && !destination ? this.prefixListRef(p.DestinationPrefixListId) : undefined;
    if (!table || !(destination ?? list)) {
      if (table && p.DestinationPrefixListId !== undefined)
        this.warnings.add(
          'approximated',
          id,
          'DestinationPrefixListId',
          'a route to a prefix list that is not in the template is left out',
        );
      return;
    }
    const targetProperty = [
      'GatewayId',
      'NatGatewayId',
      'EgressOnlyInternetGatewayId',
      'VpcPeeringConnectionId',
      'TransitGatewayId',
      'InstanceId',
      'NetworkInterfaceId',
    ].find((name) => p[name] !== undefined);
    if (targetProperty === undefined) {
      const other = ['VpcEndpointId', 'CarrierGatewayId', 'LocalGatewayId', 'CoreNetworkArn'].find(
        (name) => p[name] !== undefined,
      );
      this.warnings.add(
        'approximated',
        id,
        other ?? 'GatewayId',
        'a route to a target the document has no type for is left out',
      );
      return;
    }
    let target = this.ref(id, targetProperty);
    if (targetProperty === 'NetworkInterfaceId')
      target = this.interfaces.endpoint(this.logicalRef(id, targetProperty) ?? '') ?? this.instanceOfEni(target);
    if (target) this.push(this.routes, table, { destination: (destination ?? list)!, target });
  }

  /** The document id of an `AWS::EC2::PrefixList` of this template named by `!Ref` or `!GetAtt X.PrefixListId`. */
  private prefixListRef(raw: unknown): string | undefined {
    const getAtt = isObject(raw) ? raw['Fn::GetAtt'] : undefined;
    const attribute = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
    const ref = isObject(raw) ? (raw.Ref ?? attribute) : undefined;
    if (typeof ref !== 'string' || this.entries.get(ref)?.Type !== 'AWS::EC2::PrefixList') return undefined;
    return this.docId(ref);
  }

  /** The instance an ENI is attached to (NAT instances are routed to by ENI). */
  private instanceOfEni(eniId: string | undefined): string | undefined {
    if (eniId === undefined) return undefined;
    for (const [logicalId, entry] of this.entries) {
      if (entry.Type !== 'AWS::EC2::Instance' || !Array.isArray(entry.Properties.NetworkInterfaces)) continue;
      const attached = entry.Properties.NetworkInterfaces.some(
        (eni) => isObject(eni) && isObject(eni.NetworkInterfaceId) && eni.NetworkInterfaceId.Ref === eniId,
      );
      if (attached) return this.docId(logicalId);
    }
    return eniId;
  }

  private foldNaclEntry(id: string): void {
    const acl = this.logicalRef(id, 'NetworkAclId');
    const rule = this.number(id, 'RuleNumber');
    const protocol = protocolFromAwsNumber(this.value(id, 'Protocol'));
    const action = this.text(id, 'RuleAction')?.toLowerCase();
    const cidr = this.text(id, 'CidrBlock') ?? this.text(id, 'Ipv6CidrBlock');
    if (!acl || rule === undefined || protocol === undefined || (action !== 'allow' && action !== 'deny') || !cidr) {
      this.warnings.add('missing-property', id, 'RuleNumber', 'AWS::EC2::NetworkAclEntry');
      return;
    }
    const entry: NaclRule = { rule, action, protocol, cidr };
    const range = this.value(id, 'PortRange');
    if (isObject(range) && protocol !== 'all') {
      const ports = portsFromRange(range.From, range.To);
      if (ports !== undefined) entry.ports = ports;
    }
    const lists = this.naclEntries.get(acl) ?? { inbound: [], outbound: [] };
    this.naclEntries.set(acl, lists);
    lists[this.bool(id, 'Egress') ? 'outbound' : 'inbound'].push(entry);
  }

  private rulesOf(group: string): { inbound: SgRule[]; outbound: SgRule[] } {
    let rules = this.groupRules.get(group);
    if (!rules) {
      rules = { inbound: [], outbound: [] };
      this.groupRules.set(group, rules);
    }
    return rules;
  }

  private sgRule(id: string, raw: Record<string, unknown>, direction: 'inbound' | 'outbound'): SgRule | undefined {
    const at = (name: string): string => (raw === this.entries.get(id)?.Properties ? name : `${direction}.${name}`);
    const ruleType = direction === 'inbound' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress';
    const protocol = protocolFromAws(this.value(id, at('IpProtocol'), raw.IpProtocol));
    if (protocol === undefined) {
      this.warnings.add('missing-property', id, at('IpProtocol'), ruleType);
      return undefined;
    }
    const rule: SgRule = { protocol };
    if (protocol !== 'all') {
      const ports = portsFromRange(
        this.value(id, at('FromPort'), raw.FromPort),
        this.value(id, at('ToPort'), raw.ToPort),
      );
      if (ports !== undefined) rule.ports = ports;
    }
    const peer = direction === 'inbound' ? 'Source' : 'Destination';
    const cidr = this.text(id, at('CidrIp'), raw.CidrIp) ?? this.text(id, at('CidrIpv6'), raw.CidrIpv6);
    const prefixRaw = raw[`${peer}PrefixListId`];
    if (cidr !== undefined) rule.cidr = cidr;
    else if (raw[`${peer}SecurityGroupId`] !== undefined) {
      const group = this.ref(id, at(`${peer}SecurityGroupId`), raw[`${peer}SecurityGroupId`]);
      if (group === undefined) return undefined;
      rule.securityGroup = group;
    } else if (prefixRaw !== undefined) {
      const list = this.prefixList(id, at(`${peer}PrefixListId`), prefixRaw);
      if (list === undefined) return undefined;
      rule.prefixList = list;
    } else {
      this.warnings.add('missing-property', id, at('CidrIp'), ruleType);
      return undefined;
    }
    const description = raw.Description === undefined ? undefined : this.text(id, at('Description'), raw.Description);
    if (description !== undefined) rule.description = description;
    return rule;
  }

  /** `!FindInMap [PrefixLists, !Ref AWS::Region, s3]` or a known managed prefix list id. */
  private prefixList(id: string, property: string, raw: unknown): string | undefined {
    const own = this.prefixListRef(raw);
    if (own !== undefined) return own;
    if (isObject(raw) && Array.isArray(raw['Fn::FindInMap'])) {
      const key = raw['Fn::FindInMap'][2];
      if (key === 's3' || key === 'dynamodb') return key;
    }
    const text = this.text(id, property, raw);
    const name = text === undefined ? undefined : prefixListName(text);
    if (name === undefined && text !== undefined)
      this.warnings.add(
        'approximated',
        id,
        property,
        `prefix list ${text} is neither S3, DynamoDB nor a prefix list of the template; the rule is left out`,
      );
    return name;
  }

  private eni(id: string, raw: Record<string, unknown>, at = ''): Eni {
    const eni: Eni = {};
    const groups = raw.GroupSet ?? raw.SecurityGroupIds;
    if (groups !== undefined) eni.groups = this.refs(id, `${at}GroupSet`, groups) ?? [];
    if (raw.PrivateIpAddress !== undefined) {
      const ip = this.text(id, `${at}PrivateIpAddress`, raw.PrivateIpAddress);
      if (ip !== undefined) eni.privateIp = ip;
    }
    if (raw.SourceDestCheck !== undefined)
      eni.sourceDestCheck = this.bool(id, `${at}SourceDestCheck`, raw.SourceDestCheck) ?? true;
    if (raw.AssociatePublicIpAddress !== undefined)
      eni.publicIp = this.bool(id, `${at}AssociatePublicIpAddress`, raw.AssociatePublicIpAddress) ?? false;
    if (raw.Ipv6AddressCount !== undefined)
      eni.ipv6 = (this.number(id, `${at}Ipv6AddressCount`, raw.Ipv6AddressCount) ?? 0) > 0;
    else if (Array.isArray(raw.Ipv6Addresses)) eni.ipv6 = raw.Ipv6Addresses.length > 0;
    return eni;
  }

  private foldListener(id: string, p: Record<string, unknown>): void {
    const lb = this.logicalRef(id, 'LoadBalancerArn');
    const port = this.number(id, 'Port');
    const protocol = (this.text(id, 'Protocol') ?? 'HTTP').toLowerCase();
    if (!lb || port === undefined) return;
    if (!['http', 'https', 'tcp', 'tls', 'udp', 'tcp_udp'].includes(protocol)) {
      this.warnings.add('approximated', id, 'Protocol', `${protocol} listeners are left out`);
      return;
    }
    const actions = Array.isArray(p.DefaultActions) ? p.DefaultActions : [];
    let group: string | undefined;
    actions.forEach((action, index) => {
      if (!isObject(action) || group !== undefined) return;
      const arn =
        action.TargetGroupArn ??
        (isObject(action.ForwardConfig) && Array.isArray(action.ForwardConfig.TargetGroups)
          ? (action.ForwardConfig.TargetGroups[0] as Record<string, unknown> | undefined)?.TargetGroupArn
          : undefined);
      if (arn !== undefined) group = this.logicalRef(id, `DefaultActions[${index}].TargetGroupArn`, arn);
    });
    this.push(this.listeners, lb, { listener: { protocol: protocol as Listener['protocol'], port }, group });
  }

  // ---- main resources ------------------------------------------------------------------

  private main(id: string, entry: Entry): void {
    const resource = this.build(id, entry);
    if (!resource) return;
    const named = resource as Resource & { name?: string; tags?: Record<string, string> };
    const tags = this.value(id, 'Tags');
    if (Array.isArray(tags)) {
      const rest: Record<string, string> = {};
      for (const tag of tags) {
        if (!isObject(tag) || typeof tag.Key !== 'string' || tag.Key.startsWith('aws:')) continue;
        if (tag.Key === 'Name') named.name = String(tag.Value);
        else rest[tag.Key] = String(tag.Value);
      }
      if (Object.keys(rest).length) named.tags = rest;
    }
    restoreKeptFields(named, { ...entry.Metadata }, ID_KEY);
    this.out.push(resource);
  }

  /** The resource is left out: the detail is its type, the property what it lacked. */
  private missing(id: string, property: string): undefined {
    this.warnings.add('missing-property', id, property, this.entries.get(id)?.Type ?? '');
    return undefined;
  }

  private build(id: string, entry: Entry): Resource | undefined {
    const docId = this.docId(id);
    switch (entry.Type) {
      case 'AWS::EC2::VPC': {
        const first = this.text(id, 'CidrBlock');
        const extra = this.extraCidrs.get(id);
        const cidrBlocks = [...(first ? [first] : []), ...(extra?.v4 ?? [])];
        if (entry.Properties.Ipv4IpamPoolId !== undefined && !first)
          this.warnings.add('unresolved', id, 'Ipv4IpamPoolId', 'Ipv4IpamPoolId');
        const vpc: Resource = { id: docId, type: 'vpc', cidrBlocks };
        if (extra?.v6.length) vpc.ipv6CidrBlocks = extra.v6;
        return vpc;
      }
      case 'AWS::EC2::Subnet': {
        const vpc = this.ref(id, 'VpcId');
        const cidr = this.text(id, 'CidrBlock');
        const az = this.zone(id);
        if (!vpc || !cidr || !az) return this.missing(id, !vpc ? 'VpcId' : !cidr ? 'CidrBlock' : 'AvailabilityZone');
        const subnet: Resource = { id: docId, type: 'subnet', vpc, cidr, az };
        const ipv6 = this.text(id, 'Ipv6CidrBlock') ?? this.subnetIpv6.get(id);
        if (ipv6) subnet.ipv6Cidr = ipv6;
        const table = this.subnetTable.get(id);
        if (table) subnet.routeTable = table;
        const acl = this.subnetAcl.get(id);
        if (acl) subnet.networkAcl = acl;
        return subnet;
      }
      case 'AWS::EC2::RouteTable': {
        const vpc = this.ref(id, 'VpcId');
        if (!vpc) return this.missing(id, 'VpcId');
        return { id: docId, type: 'route-table', vpc, routes: this.routes.get(id) ?? [] };
      }
      case 'AWS::EC2::NetworkAcl': {
        const vpc = this.ref(id, 'VpcId');
        if (!vpc) return this.missing(id, 'VpcId');
        const entries = this.naclEntries.get(id) ?? { inbound: [], outbound: [] };
        return { id: docId, type: 'network-acl', vpc, ...entries };
      }
      case 'AWS::EC2::SecurityGroup':
        return this.securityGroup(id, docId, entry.Properties);
      case 'AWS::EC2::InternetGateway':
      case 'AWS::EC2::VPNGateway': {
        const vpc = this.gatewayVpc.get(id);
        if (!vpc) return this.missing(id, 'VPCGatewayAttachment');
        return {
          id: docId,
          type: entry.Type === 'AWS::EC2::InternetGateway' ? 'internet-gateway' : 'vpn-gateway',
          vpc,
        };
      }
      case 'AWS::EC2::EgressOnlyInternetGateway': {
        const vpc = this.ref(id, 'VpcId');
        if (!vpc) return this.missing(id, 'VpcId');
        return { id: docId, type: 'egress-only-internet-gateway', vpc };
      }
      case 'AWS::EC2::NatGateway': {
        const subnet = this.ref(id, 'SubnetId');
        if (!subnet) return this.missing(id, 'SubnetId');
        const nat: Resource = { id: docId, type: 'nat-gateway', subnet };
        const connectivity = this.text(id, 'ConnectivityType');
        if (connectivity === 'public' || connectivity === 'private') nat.connectivity = connectivity;
        return nat;
      }
      case 'AWS::EC2::CustomerGateway': {
        const vpn = this.vpns.get(id);
        const vpnCidrs = vpn?.cidrs.length ? vpn.cidrs : undefined;
        const cidrs = vpnCidrs ?? entry.Metadata.cidrs;
        if (!vpn?.via) return this.missing(id, 'VPNConnection');
        if (!cidrs?.length) return this.missing(id, 'VPNConnectionRoute');
        return { id: docId, type: 'on-premises', cidrs, via: vpn.via, link: 'site-to-site-vpn' };
      }
      case 'AWS::EC2::VPCPeeringConnection': {
        const requester = this.ref(id, 'VpcId');
        const accepter = this.ref(id, 'PeerVpcId');
        if (!requester || !accepter) return this.missing(id, !requester ? 'VpcId' : 'PeerVpcId');
        return { id: docId, type: 'peering-connection', requester, accepter };
      }
      case 'AWS::EC2::TransitGateway':
        return this.transitGateway(id, docId);
      case 'AWS::EC2::TransitGatewayRouteTable':
        return this.tgwTables.build(id, docId);
      case 'AWS::EC2::VPCEndpoint':
        return this.endpoint(id, docId);
      case 'AWS::EC2::Instance':
        return this.instance(id, docId, entry.Properties);
      case 'AWS::RDS::DBInstance':
        return this.database(id, docId);
      case 'AWS::ElasticLoadBalancingV2::LoadBalancer':
        return this.loadBalancer(id, docId);
      case 'AWS::Lambda::Function': {
        const config = this.value(id, 'VpcConfig');
        if (!isObject(config)) {
          this.warnings.add(
            'unsupported-resource',
            id,
            'VpcConfig',
            'a function without VPC access is not part of the network',
          );
          return undefined;
        }
        const subnets = this.refs(
          id,
          'VpcConfig.SubnetIds',
          this.entries.get(id)!.Properties.VpcConfig &&
            (this.entries.get(id)!.Properties.VpcConfig as Record<string, unknown>).SubnetIds,
        );
        if (!subnets?.length) return this.missing(id, 'VpcConfig.SubnetIds');
        const fn: Resource = { id: docId, type: 'lambda', subnets };
        const rawGroups = (this.entries.get(id)!.Properties.VpcConfig as Record<string, unknown>).SecurityGroupIds;
        if (rawGroups !== undefined) fn.securityGroups = this.refs(id, 'VpcConfig.SecurityGroupIds', rawGroups) ?? [];
        return fn;
      }
      case 'AWS::EC2::PrefixList':
        return this.prefixListResource(id, docId, entry.Properties, entry.Metadata.maxEntries === null);
      default:
        return undefined;
    }
  }

  /** A customer-managed prefix list: family, entries and size (MaxEntries is required by CloudFormation). */
  private prefixListResource(
    id: string,
    docId: string,
    p: Record<string, unknown>,
    defaultSize: boolean,
  ): Resource | undefined {
    const family = this.text(id, 'AddressFamily');
    if (family !== 'IPv4' && family !== 'IPv6') return this.missing(id, 'AddressFamily');
    const entries: { cidr: string; description?: string }[] = [];
    (Array.isArray(p.Entries) ? p.Entries : []).forEach((raw, i) => {
      const cidr = isObject(raw) ? this.text(id, `Entries[${i}].Cidr`, raw.Cidr) : undefined;
      if (cidr === undefined) return;
      const description =
        isObject(raw) && raw.Description !== undefined
          ? this.text(id, `Entries[${i}].Description`, raw.Description)
          : undefined;
      entries.push(description === undefined ? { cidr } : { cidr, description });
    });
    const list: Resource = { id: docId, type: 'prefix-list', addressFamily: family, entries };
    const max = this.number(id, 'MaxEntries');
    if (max !== undefined && !defaultSize) list.maxEntries = max;
    return list;
  }

  private zone(id: string): string | undefined {
    const raw = this.entries.get(id)!.Properties.AvailabilityZone;
    if (raw === undefined) {
      this.warnings.add('missing-property', id, 'AvailabilityZone', 'AWS::EC2::Subnet');
      return undefined;
    }
    const value = this.value(id, 'AvailabilityZone');
    if (typeof value !== 'string') return undefined;
    if (value.startsWith(REGION_PLACEHOLDER) && !value.slice(REGION_PLACEHOLDER.length).includes('$'))
      return value.slice(REGION_PLACEHOLDER.length);
    if (value.includes(REGION_PLACEHOLDER)) {
      this.warnings.add('unresolved', id, 'AvailabilityZone', value);
      return undefined;
    }
    return value;
  }

  private securityGroup(id: string, docId: string, p: Record<string, unknown>): Resource | undefined {
    const vpc = this.ref(id, 'VpcId');
    if (!vpc) return this.missing(id, 'VpcId');
    const separate = this.groupRules.get(id) ?? { inbound: [], outbound: [] };
    const inline = (property: string, direction: 'inbound' | 'outbound'): SgRule[] | undefined => {
      const list = p[property];
      if (list === undefined) return undefined;
      const resolved = Array.isArray(list) ? list : this.value(id, property);
      const raws = Array.isArray(resolved) ? resolved : [];
      return raws.flatMap((raw) => {
        if (!isObject(raw) || (direction === 'outbound' && isNoEgressRule(raw))) return [];
        const rule = this.sgRule(id, raw, direction);
        return rule ? [rule] : [];
      });
    };
    const inbound = [...(inline('SecurityGroupIngress', 'inbound') ?? []), ...separate.inbound];
    // Without SecurityGroupEgress, AWS gives a new group one rule: all traffic to anywhere.
    const outboundInline = inline('SecurityGroupEgress', 'outbound') ?? [
      { protocol: 'all', cidr: '0.0.0.0/0' } as SgRule,
    ];
    const outbound = [...outboundInline, ...separate.outbound];
    const group: Resource = { id: docId, type: 'security-group', vpc, inbound, outbound };
    const description = this.text(id, 'GroupDescription');
    if (description !== undefined) group.description = description;
    return group;
  }

  private transitGateway(id: string, docId: string): Resource {
    const attachments = this.tgwAttachments.get(id) ?? [];
    const tables = (this.tgwTableIds.get(id) ?? []).filter((table) => !this.tgwTables.isResource(table));
    if (tables.length > 1)
      this.warnings.add(
        'approximated',
        id,
        'TransitGatewayRouteTable',
        `${tables.length} route tables are merged into one`,
      );
    const routes = tables.flatMap((table) =>
      (this.tgwRoutes.get(table) ?? []).flatMap((route) => {
        if (route.attachment === 'blackhole') return [route];
        const ref = this.tgwTables.attachmentRef(id, route.attachment);
        return ref ? [{ destination: route.destination, attachment: ref }] : [];
      }),
    );
    const tgw: Resource = { id: docId, type: 'transit-gateway', attachments };
    if (routes.length) tgw.routes = routes;
    const peers = this.tgwTables.peersOf(id);
    if (peers.length) tgw.peers = peers;
    return tgw;
  }

  private endpoint(id: string, docId: string): Resource | undefined {
    const vpc = this.ref(id, 'VpcId');
    const serviceName = this.value(id, 'ServiceName');
    if (!vpc || typeof serviceName !== 'string') return this.missing(id, !vpc ? 'VpcId' : 'ServiceName');
    const match = /^com\.amazonaws\.(?:\$\{AWS::Region\}|[a-z]{2}(?:-[a-z]+)+-\d)\.([^$]+)$/.exec(serviceName);
    const service = match ? match[1]! : serviceName;
    if (service.includes(REGION_PLACEHOLDER)) return this.missing(id, 'ServiceName');
    const type = (this.text(id, 'VpcEndpointType') ?? 'Gateway').toLowerCase();
    if (type === 'gateway')
      return {
        id: docId,
        type: 'vpc-endpoint',
        kind: 'gateway',
        vpc,
        service,
        routeTables: this.refs(id, 'RouteTableIds') ?? [],
      };
    if (type !== 'interface') {
      this.warnings.add('unsupported-resource', id, 'VpcEndpointType', `${type} endpoints`);
      return undefined;
    }
    const subnets = this.refs(id, 'SubnetIds') ?? [];
    if (!subnets.length) return this.missing(id, 'SubnetIds');
    const endpoint: Resource = { id: docId, type: 'vpc-endpoint', kind: 'interface', vpc, service, subnets };
    const groups = this.refs(id, 'SecurityGroupIds');
    if (groups !== undefined) endpoint.securityGroups = groups;
    return endpoint;
  }

  private instance(id: string, docId: string, p: Record<string, unknown>): Resource | undefined {
    let eni: Eni = { ...this.eni(id, p), subnet: this.ref(id, 'SubnetId') };
    if (p.SecurityGroupIds === undefined && p.SecurityGroups !== undefined)
      eni.groups = this.refs(id, 'SecurityGroups') ?? [];
    const interfaces = Array.isArray(p.NetworkInterfaces) ? p.NetworkInterfaces : [];
    const primary = interfaces.find((item) => isObject(item) && String(item.DeviceIndex) === '0') ?? interfaces[0];
    if (interfaces.length > 1)
      this.warnings.add('approximated', id, 'NetworkInterfaces', 'only the primary network interface is kept');
    if (isObject(primary)) {
      const attached =
        primary.NetworkInterfaceId !== undefined
          ? this.logicalRef(id, 'NetworkInterfaces[0].NetworkInterfaceId', primary.NetworkInterfaceId)
          : undefined;
      const fromEni = attached
        ? this.enis.get(attached)
        : {
            ...this.eni(id, primary, 'NetworkInterfaces[0].'),
            subnet: this.ref(id, 'NetworkInterfaces[0].SubnetId', primary.SubnetId),
          };
      eni = { ...eni, ...Object.fromEntries(Object.entries(fromEni ?? {}).filter(([, v]) => v !== undefined)) };
      if (eni.sourceDestCheck === undefined && p.SourceDestCheck !== undefined)
        eni.sourceDestCheck = this.bool(id, 'SourceDestCheck');
    }
    if (p.SourceDestCheck !== undefined) eni.sourceDestCheck = this.bool(id, 'SourceDestCheck') ?? true;
    if (!eni.subnet) return this.missing(id, 'SubnetId');
    const instance: Resource = { id: docId, type: 'instance', subnet: eni.subnet };
    if (eni.privateIp !== undefined) instance.privateIp = eni.privateIp;
    if (eni.publicIp !== undefined) instance.publicIp = eni.publicIp;
    if (this.elasticIps.has(id)) instance.elasticIp = true;
    if (eni.ipv6 !== undefined) instance.ipv6 = eni.ipv6;
    if (eni.groups !== undefined) instance.securityGroups = eni.groups;
    if (eni.sourceDestCheck !== undefined) instance.sourceDestCheck = eni.sourceDestCheck;
    const secondaries = this.interfaces.secondaries(id);
    if (secondaries.length) instance.networkInterfaces = secondaries;
    const image = p.ImageId === undefined ? undefined : JSON.stringify(p.ImageId);
    if (image !== undefined && /windows/i.test(image)) instance.os = 'windows';
    return instance;
  }

  private database(id: string, docId: string): Resource | undefined {
    const engineText = this.text(id, 'Engine');
    const engine = engineText === undefined ? undefined : engineFromAws(engineText);
    if (!engine) return this.missing(id, 'Engine');
    const group = this.logicalRef(id, 'DBSubnetGroupName');
    const subnets = group ? this.subnetGroups.get(group) : undefined;
    if (!subnets?.length) return this.missing(id, 'DBSubnetGroupName');
    const db: Resource = { id: docId, type: 'database', engine, subnets };
    const port = this.number(id, 'Port');
    if (port !== undefined) db.port = port;
    const publiclyAccessible = this.bool(id, 'PubliclyAccessible');
    if (publiclyAccessible !== undefined) db.publiclyAccessible = publiclyAccessible;
    const multiAz = this.bool(id, 'MultiAZ');
    if (multiAz !== undefined) db.multiAz = multiAz;
    const groups = this.refs(id, 'VPCSecurityGroups');
    if (groups !== undefined) db.securityGroups = groups;
    if (this.entries.get(id)!.Properties.DBClusterIdentifier !== undefined)
      this.warnings.add('approximated', id, 'DBClusterIdentifier', 'the cluster’s settings are not read');
    return db;
  }

  private loadBalancer(id: string, docId: string): Resource | undefined {
    const type = (this.text(id, 'Type') ?? 'application').toLowerCase();
    if (type !== 'application' && type !== 'network') {
      this.warnings.add('unsupported-resource', id, 'Type', `${type} load balancers`);
      return undefined;
    }
    const subnets =
      this.refs(id, 'Subnets') ??
      (Array.isArray(this.entries.get(id)!.Properties.SubnetMappings)
        ? (this.entries.get(id)!.Properties.SubnetMappings as unknown[]).flatMap((m, i) =>
            isObject(m) ? (this.ref(id, `SubnetMappings[${i}].SubnetId`, m.SubnetId) ?? []) : [],
          )
        : []);
    if (!subnets.length) return this.missing(id, 'Subnets');
    const scheme = this.text(id, 'Scheme') === 'internal' ? 'internal' : 'internet-facing';
    const listeners: Listener[] = [];
    const targets: string[] = [];
    for (const { listener, group } of this.listeners.get(id) ?? []) {
      const targetGroup = group ? this.targetGroups.get(group) : undefined;
      if (targetGroup?.port !== undefined && targetGroup.port !== listener.port) listener.targetPort = targetGroup.port;
      listeners.push(listener);
      for (const target of targetGroup?.targets ?? []) if (!targets.includes(target)) targets.push(target);
    }
    const lb: Resource = { id: docId, type: 'load-balancer', kind: type, scheme, subnets, listeners, targets };
    const groups = this.refs(id, 'SecurityGroups');
    if (groups !== undefined) lb.securityGroups = groups;
    return lb;
  }
}
