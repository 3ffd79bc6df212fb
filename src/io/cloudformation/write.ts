import { Document, isScalar, Scalar } from 'yaml';
import {
  parseImplicitId,
  type Resource,
  type ResourceOfType,
  type Route,
  type SgRule,
  type VpcLabDocument,
} from '../../model/index.ts';
import { logicalIdFor, NameAllocator } from '../iac/names.ts';
import { portRange, protocolToAwsNumber, protocolToAwsText } from '../iac/protocols.ts';
import { WarningList, type IacWarning } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER } from '../iac/zones.ts';
import { CLOUDFORMATION_TAGS, useShortForms } from './yaml-tags.ts';
import { DB_ENGINE_OUT, PREFIX_LIST_MAP } from '../iac/aws-names.ts';
import { TransitGatewayTablesWriter } from './transit-gateway-tables.ts';
import { InterfaceWriter } from './network-interfaces.ts';
import { AMI, LISTENER_PROTOCOL_OUT, NO_EGRESS_RULE, UNTAGGABLE, type ResourceMetadata } from './vocabulary.ts';

/**
 * Writes a document as a CloudFormation template people can read and deploy: one resource per
 * document resource (plus the attachments, routes, rules and associations AWS models as their
 * own resources), logical ids made from document ids, `!Ref`/`!GetAtt` for every reference and
 * `Name` tags for names. What CloudFormation cannot say (a main route table, a default NACL, a
 * blackhole route, intents) goes under `Metadata.VpcLab`, which the reader applies, so
 * `readCloudFormation(writeCloudFormation(doc))` gives the document back (round-trip.test.ts).
 */

type Template = Record<string, unknown>;
type Properties = Record<string, unknown>;

interface Entry {
  Type: string;
  Properties: Properties;
  DependsOn?: string | string[];
  Metadata?: { VpcLab: ResourceMetadata };
}

export interface CloudFormationExport {
  readonly template: Template;
  readonly text: string;
  readonly warnings: readonly IacWarning[];
}

export function writeCloudFormation(document: VpcLabDocument): CloudFormationExport {
  const writer = new TemplateWriter(document);
  const template = writer.template();
  const yaml = new Document(template, { customTags: CLOUDFORMATION_TAGS });
  useShortForms(yaml);
  // Quoted, so that no YAML 1.1 reader takes the version for a date.
  const version = yaml.get('AWSTemplateFormatVersion', true);
  if (isScalar(version)) version.type = Scalar.QUOTE_SINGLE;
  const text = yaml.toString({ lineWidth: 0 });
  return { template, text, warnings: writer.warnings.items };
}

class TemplateWriter {
  readonly warnings = new WarningList();
  private readonly names = new NameAllocator();
  private readonly logical = new Map<string, string>();
  private readonly byId = new Map<string, Resource>();
  private readonly resources: Record<string, Entry> = {};
  private readonly parameters: Record<string, unknown> = {};
  private usesPrefixLists = false;
  private readonly tgwTables: TransitGatewayTablesWriter;
  private readonly interfaces: InterfaceWriter;

  constructor(private readonly document: VpcLabDocument) {
    for (const resource of document.resources) {
      this.byId.set(resource.id, resource);
      this.logical.set(resource.id, this.names.take(logicalIdFor(resource.id)));
    }
    this.tgwTables = new TransitGatewayTablesWriter({
      document,
      warnings: this.warnings,
      id: (id) => this.id(id),
      ref: (id) => this.ref(id),
      take: (name) => this.names.take(name),
      add: (logicalId, entry) => this.add(logicalId, entry),
      main: (resource, type, properties, extra) => void this.main(resource, type, properties, extra),
    });
    this.interfaces = new InterfaceWriter({
      document,
      warnings: this.warnings,
      id: (id) => this.id(id),
      ref: (id) => this.ref(id),
      groupRef: (id) => this.groupRef(id),
      take: (name) => this.names.take(name),
      add: (logicalId, entry) => this.add(logicalId, entry),
    });
  }

  template(): Template {
    for (const resource of this.document.resources) this.write(resource);
    const { name, description, intents } = this.document;
    const documentMetadata: Record<string, unknown> = { name };
    if (description !== undefined) documentMetadata.description = description;
    if (intents !== undefined) documentMetadata.intents = intents;
    if (this.document.meta !== undefined) documentMetadata.meta = this.document.meta;
    const template: Template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: (description ?? name).slice(0, 1024),
      Metadata: { VpcLab: documentMetadata },
    };
    if (Object.keys(this.parameters).length) template.Parameters = this.parameters;
    if (this.usesPrefixLists) template.Mappings = { PrefixLists: PREFIX_LIST_MAP };
    template.Resources = this.resources;
    return template;
  }

  // ---- references ----------------------------------------------------------------------

  private id(id: string): string {
    return this.logical.get(id) ?? logicalIdFor(id);
  }

  /** `!Ref X`, or the VPC attribute that names an implicit default group / NACL. */
  private ref(id: string): unknown {
    const implicit = parseImplicitId(id);
    if (implicit?.kind === 'defaultSecurityGroup')
      return { 'Fn::GetAtt': [this.id(implicit.vpc), 'DefaultSecurityGroup'] };
    if (implicit?.kind === 'defaultNetworkAcl') return { 'Fn::GetAtt': [this.id(implicit.vpc), 'DefaultNetworkAcl'] };
    return { Ref: this.id(id) };
  }

  private groupRef(id: string): unknown {
    return parseImplicitId(id) ? this.ref(id) : { 'Fn::GetAtt': [this.id(id), 'GroupId'] };
  }

  private add(logicalId: string, entry: Entry): void {
    this.resources[logicalId] = entry;
  }

  private child(parent: string, suffix: string): string {
    return this.names.take(`${parent}${suffix}`);
  }

  /** The main entry of a resource: its Name and tags, and what only Metadata can carry. */
  private main(resource: Resource, type: string, properties: Properties, extra: ResourceMetadata = {}): Entry {
    const logicalId = this.id(resource.id);
    const metadata: ResourceMetadata = {};
    if (logicalId !== resource.id) metadata.id = resource.id;
    const tags = Object.entries(resource.tags ?? {});
    if (UNTAGGABLE.has(type)) {
      if (resource.name !== undefined) metadata.name = resource.name;
      if (resource.tags && tags.length) metadata.tags = resource.tags;
    } else {
      const list = [
        ...(resource.name !== undefined ? [{ Key: 'Name', Value: resource.name }] : []),
        ...tags.map(([Key, Value]) => ({ Key, Value })),
      ];
      if (list.length) properties.Tags = list;
    }
    Object.assign(metadata, extra);
    const entry: Entry = { Type: type, Properties: properties };
    if (Object.keys(metadata).length) entry.Metadata = { VpcLab: metadata };
    this.add(logicalId, entry);
    return entry;
  }

  private keep(resource: Resource, what: string): void {
    this.warnings.add('metadata-only', this.id(resource.id), 'Metadata', what);
  }

  // ---- resources -----------------------------------------------------------------------

  private write(resource: Resource): void {
    switch (resource.type) {
      case 'vpc':
        return this.vpc(resource);
      case 'subnet':
        return this.subnet(resource);
      case 'route-table':
        return this.routeTable(resource);
      case 'network-acl':
        return this.networkAcl(resource);
      case 'security-group':
        return this.securityGroup(resource);
      case 'internet-gateway':
      case 'vpn-gateway':
        return this.attachedGateway(resource);
      case 'egress-only-internet-gateway':
        this.main(resource, 'AWS::EC2::EgressOnlyInternetGateway', { VpcId: this.ref(resource.vpc) });
        return;
      case 'nat-gateway':
        return this.natGateway(resource);
      case 'on-premises':
        return this.onPremises(resource);
      case 'peering-connection':
        this.main(resource, 'AWS::EC2::VPCPeeringConnection', {
          VpcId: this.ref(resource.requester),
          PeerVpcId: this.ref(resource.accepter),
        });
        return;
      case 'transit-gateway':
        return this.transitGateway(resource);
      case 'transit-gateway-route-table':
        return this.tgwTables.writeTable(resource);
      case 'vpc-endpoint':
        return this.endpoint(resource);
      case 'instance':
        return this.instance(resource);
      case 'database':
        return this.database(resource);
      case 'load-balancer':
        return this.loadBalancer(resource);
      case 'lambda':
        return this.lambda(resource);
      case 'prefix-list':
        return this.prefixList(resource);
    }
  }

  /** `AWS::EC2::PrefixList`; a document without maxEntries gets the number of entries (CloudFormation requires one). */
  private prefixList(list: ResourceOfType<'prefix-list'>): void {
    this.main(
      list,
      'AWS::EC2::PrefixList',
      {
        PrefixListName: list.name ?? list.id,
        AddressFamily: list.addressFamily,
        MaxEntries: list.maxEntries ?? Math.max(1, list.entries.length),
        Entries: list.entries.map((e) =>
          e.description === undefined ? { Cidr: e.cidr } : { Cidr: e.cidr, Description: e.description },
        ),
      },
      list.maxEntries === undefined ? { maxEntries: null } : {},
    );
  }

  private vpc(vpc: ResourceOfType<'vpc'>): void {
    const [first, ...more] = vpc.cidrBlocks;
    const properties: Properties = { EnableDnsSupport: true, EnableDnsHostnames: true };
    if (first !== undefined) properties.CidrBlock = first;
    this.main(vpc, 'AWS::EC2::VPC', properties, first === undefined ? { cidrBlocks: [] } : {});
    const logicalId = this.id(vpc.id);
    more.forEach((block, index) =>
      this.add(this.child(logicalId, `Cidr${index + 2}`), {
        Type: 'AWS::EC2::VPCCidrBlock',
        Properties: { VpcId: this.ref(vpc.id), CidrBlock: block },
      }),
    );
    (vpc.ipv6CidrBlocks ?? []).forEach((block, index) =>
      this.add(this.child(logicalId, `Ipv6Cidr${index + 1}`), {
        Type: 'AWS::EC2::VPCCidrBlock',
        Properties: { VpcId: this.ref(vpc.id), Ipv6CidrBlock: block },
      }),
    );
  }

  private subnet(subnet: ResourceOfType<'subnet'>): void {
    const properties: Properties = {
      VpcId: this.ref(subnet.vpc),
      CidrBlock: subnet.cidr,
      AvailabilityZone: /^[a-z]$/.test(subnet.az) ? { 'Fn::Sub': `${REGION_PLACEHOLDER}${subnet.az}` } : subnet.az,
    };
    if (subnet.ipv6Cidr !== undefined) properties.Ipv6CidrBlock = subnet.ipv6Cidr;
    const extra: ResourceMetadata = {};
    const vpcIpv6 = this.document.resources.find((r) => r.id === subnet.vpc);
    const entry = this.main(subnet, 'AWS::EC2::Subnet', properties, extra);
    if (subnet.ipv6Cidr !== undefined && vpcIpv6?.type === 'vpc' && vpcIpv6.ipv6CidrBlocks?.length)
      entry.DependsOn = `${this.id(subnet.vpc)}Ipv6Cidr1`;
    const logicalId = this.id(subnet.id);
    if (subnet.routeTable !== undefined) {
      if (parseImplicitId(subnet.routeTable)) {
        // The implicit main table has no resource to name; the subnet simply has no association.
        this.metadata(logicalId, { routeTable: subnet.routeTable });
      } else {
        this.add(this.child(logicalId, 'RouteTableAssociation'), {
          Type: 'AWS::EC2::SubnetRouteTableAssociation',
          Properties: { SubnetId: this.ref(subnet.id), RouteTableId: this.ref(subnet.routeTable) },
        });
      }
    }
    if (subnet.networkAcl !== undefined)
      this.add(this.child(logicalId, 'NetworkAclAssociation'), {
        Type: 'AWS::EC2::SubnetNetworkAclAssociation',
        Properties: { SubnetId: this.ref(subnet.id), NetworkAclId: this.ref(subnet.networkAcl) },
      });
  }

  private metadata(logicalId: string, extra: ResourceMetadata): void {
    const entry = this.resources[logicalId]!;
    entry.Metadata = { VpcLab: { ...entry.Metadata?.VpcLab, ...extra } };
  }

  private routeTable(table: ResourceOfType<'route-table'>): void {
    const extra: ResourceMetadata = {};
    if (table.main !== undefined) {
      extra.main = table.main;
      if (table.main) this.keep(table, 'main route table');
    }
    const kept: { index: number; route: Route }[] = [];
    table.routes.forEach((route, index) => {
      if (route.target === 'blackhole' || !(this.byId.has(route.target) || this.interfaces.names(route.target)))
        kept.push({ index, route });
    });
    if (kept.length) {
      extra.routes = kept;
      this.keep(table, 'blackhole routes');
    }
    this.main(table, 'AWS::EC2::RouteTable', { VpcId: this.ref(table.vpc) }, extra);
    const logicalId = this.id(table.id);
    let n = 0;
    for (const route of table.routes) {
      if (route.target === 'blackhole') continue;
      const target = this.byId.get(route.target);
      const eni = this.interfaces.routeTarget(route.target);
      const properties: Properties = { RouteTableId: this.ref(table.id) };
      if (this.byId.get(route.destination)?.type === 'prefix-list')
        properties.DestinationPrefixListId = { 'Fn::GetAtt': [this.id(route.destination), 'PrefixListId'] };
      else
        properties[route.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock'] =
          route.destination;
      const entry: Entry = { Type: 'AWS::EC2::Route', Properties: properties };
      if (eni) {
        this.add(this.child(logicalId, `Route${++n}`), { ...entry, Properties: { ...properties, ...eni } });
        continue;
      }
      if (!target) continue;
      switch (target.type) {
        case 'internet-gateway':
        case 'vpn-gateway':
          properties.GatewayId = this.ref(target.id);
          entry.DependsOn = `${this.id(target.id)}Attachment`;
          break;
        case 'egress-only-internet-gateway':
          properties.EgressOnlyInternetGatewayId = this.ref(target.id);
          break;
        case 'nat-gateway':
          properties.NatGatewayId = this.ref(target.id);
          break;
        case 'peering-connection':
          properties.VpcPeeringConnectionId = this.ref(target.id);
          break;
        case 'transit-gateway':
          properties.TransitGatewayId = this.ref(target.id);
          entry.DependsOn = this.transitAttachmentIds(target, table.vpc);
          break;
        case 'instance':
          properties.InstanceId = this.ref(target.id);
          break;
        default:
          properties.GatewayId = this.ref(target.id);
      }
      this.add(this.child(logicalId, `Route${++n}`), entry);
    }
  }

  private transitAttachmentIds(tgw: ResourceOfType<'transit-gateway'>, vpc: string): string[] {
    return tgw.attachments.filter((a) => a.vpc === vpc).map((a) => this.attachmentLogicalId(tgw.id, a.vpc));
  }

  private attachmentLogicalId(tgw: string, vpc: string): string {
    return `${this.id(tgw)}${this.id(vpc)}Attachment`;
  }

  private networkAcl(acl: ResourceOfType<'network-acl'>): void {
    const extra: ResourceMetadata = {};
    if (acl.default !== undefined) {
      extra.default = acl.default;
      if (acl.default) this.keep(acl, 'default network ACL');
    }
    this.main(acl, 'AWS::EC2::NetworkAcl', { VpcId: this.ref(acl.vpc) }, extra);
    const logicalId = this.id(acl.id);
    for (const [direction, rules] of [
      ['Inbound', acl.inbound],
      ['Outbound', acl.outbound],
    ] as const) {
      for (const rule of rules) {
        const properties: Properties = {
          NetworkAclId: this.ref(acl.id),
          RuleNumber: rule.rule,
          Protocol: protocolToAwsNumber(rule.protocol),
          RuleAction: rule.action,
          Egress: direction === 'Outbound',
        };
        properties[rule.cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock'] = rule.cidr;
        if (rule.ports !== undefined) {
          const { from, to } = portRange(rule.ports);
          properties.PortRange = { From: from, To: to };
        }
        if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6') properties.Icmp = { Code: -1, Type: -1 };
        this.add(this.child(logicalId, `${direction}${rule.rule}`), {
          Type: 'AWS::EC2::NetworkAclEntry',
          Properties: properties,
        });
      }
    }
  }

  private sgRule(rule: SgRule, direction: 'in' | 'out'): Properties {
    const properties: Properties = { IpProtocol: protocolToAwsText(rule.protocol) };
    if (rule.ports !== undefined) {
      const { from, to } = portRange(rule.ports);
      properties.FromPort = from;
      properties.ToPort = to;
    }
    if (rule.cidr !== undefined) properties[rule.cidr.includes(':') ? 'CidrIpv6' : 'CidrIp'] = rule.cidr;
    if (rule.securityGroup !== undefined)
      properties[direction === 'in' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId'] = this.groupRef(
        rule.securityGroup,
      );
    if (rule.prefixList !== undefined && this.byId.get(rule.prefixList)?.type === 'prefix-list') {
      properties[direction === 'in' ? 'SourcePrefixListId' : 'DestinationPrefixListId'] = {
        'Fn::GetAtt': [this.id(rule.prefixList), 'PrefixListId'],
      };
    } else if (rule.prefixList !== undefined) {
      this.usesPrefixLists = true;
      properties[direction === 'in' ? 'SourcePrefixListId' : 'DestinationPrefixListId'] = {
        'Fn::FindInMap': ['PrefixLists', { Ref: 'AWS::Region' }, rule.prefixList],
      };
    }
    if (rule.description !== undefined) properties.Description = rule.description;
    return properties;
  }

  /**
   * Rules that name another group are separate resources (inline, two groups naming each other
   * would be a circular dependency); the rest are inline. CloudFormation gives a new group an
   * allow-all egress rule unless SecurityGroupEgress is set, so an empty outbound list is
   * written as the usual loopback-only rule, which the reader reads back as empty.
   */
  private securityGroup(group: ResourceOfType<'security-group'>): void {
    const separateIn = group.inbound.some((rule) => rule.securityGroup !== undefined);
    const separateOut = group.outbound.some((rule) => rule.securityGroup !== undefined);
    const properties: Properties = {
      GroupDescription: group.description ?? group.name ?? group.id,
      VpcId: this.ref(group.vpc),
    };
    if (!separateIn && group.inbound.length)
      properties.SecurityGroupIngress = group.inbound.map((r) => this.sgRule(r, 'in'));
    properties.SecurityGroupEgress =
      separateOut || group.outbound.length === 0 ? [NO_EGRESS_RULE] : group.outbound.map((r) => this.sgRule(r, 'out'));
    this.main(
      group,
      'AWS::EC2::SecurityGroup',
      properties,
      group.description === undefined ? { description: null } : {},
    );
    const logicalId = this.id(group.id);
    if (separateIn)
      group.inbound.forEach((rule, index) =>
        this.add(this.child(logicalId, `Ingress${index + 1}`), {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: { GroupId: this.groupRef(group.id), ...this.sgRule(rule, 'in') },
        }),
      );
    if (separateOut)
      group.outbound.forEach((rule, index) =>
        this.add(this.child(logicalId, `Egress${index + 1}`), {
          Type: 'AWS::EC2::SecurityGroupEgress',
          Properties: { GroupId: this.groupRef(group.id), ...this.sgRule(rule, 'out') },
        }),
      );
  }

  private attachedGateway(gateway: ResourceOfType<'internet-gateway' | 'vpn-gateway'>): void {
    const internet = gateway.type === 'internet-gateway';
    this.main(
      gateway,
      internet ? 'AWS::EC2::InternetGateway' : 'AWS::EC2::VPNGateway',
      internet ? {} : { Type: 'ipsec.1' },
    );
    this.add(this.names.take(`${this.id(gateway.id)}Attachment`), {
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: {
        VpcId: this.ref(gateway.vpc),
        [internet ? 'InternetGatewayId' : 'VpnGatewayId']: this.ref(gateway.id),
      },
    });
  }

  private natGateway(nat: ResourceOfType<'nat-gateway'>): void {
    const properties: Properties = { SubnetId: this.ref(nat.subnet) };
    if (nat.connectivity !== undefined) properties.ConnectivityType = nat.connectivity;
    if (nat.connectivity !== 'private') {
      const eip = this.child(this.id(nat.id), 'Eip');
      this.add(eip, { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' } });
      properties.AllocationId = { 'Fn::GetAtt': [eip, 'AllocationId'] };
    }
    this.main(nat, 'AWS::EC2::NatGateway', properties);
  }

  private onPremises(site: ResourceOfType<'on-premises'>): void {
    const via = this.byId.get(site.via);
    const extra: ResourceMetadata = {};
    if (site.link === 'direct-connect') {
      extra.link = site.link;
      this.keep(site, 'Direct Connect (written as a Site-to-Site VPN)');
    }
    const staticRoutes = via?.type !== 'transit-gateway';
    if (!staticRoutes) extra.cidrs = site.cidrs;
    const index = this.document.resources.filter((r) => r.type === 'on-premises').indexOf(site);
    this.main(
      site,
      'AWS::EC2::CustomerGateway',
      { Type: 'ipsec.1', BgpAsn: 65000, IpAddress: `203.0.113.${(index % 254) + 1}` },
      extra,
    );
    const logicalId = this.id(site.id);
    const vpn = this.child(logicalId, 'Vpn');
    this.add(vpn, {
      Type: 'AWS::EC2::VPNConnection',
      Properties: {
        Type: 'ipsec.1',
        CustomerGatewayId: this.ref(site.id),
        [via?.type === 'transit-gateway' ? 'TransitGatewayId' : 'VpnGatewayId']: this.ref(site.via),
        StaticRoutesOnly: staticRoutes,
      },
    });
    if (staticRoutes)
      site.cidrs.forEach((cidr, i) =>
        this.add(this.child(logicalId, `Route${i + 1}`), {
          Type: 'AWS::EC2::VPNConnectionRoute',
          Properties: { VpnConnectionId: { Ref: vpn }, DestinationCidrBlock: cidr },
        }),
      );
  }

  private transitGateway(tgw: ResourceOfType<'transit-gateway'>): void {
    const routes = tgw.routes ?? [];
    const kept: { index: number; route: { destination: string; attachment: string } }[] = [];
    routes.forEach((route, index) => {
      if (route.attachment !== 'blackhole' && this.tgwTables.attachment(tgw.id, route.attachment) === undefined)
        kept.push({ index, route });
    });
    const extra: ResourceMetadata = tgw.region === undefined ? {} : { region: tgw.region };
    if (kept.length) {
      extra.routes = kept;
      this.keep(tgw, 'routes to on-premises attachments');
    }
    if (tgw.routes !== undefined && tgw.routes.length === 0) extra.routes = [];
    const explicitTable = routes.length > 0;
    const mode = explicitTable || this.tgwTables.hasTables(tgw.id) ? 'disable' : 'enable';
    this.main(
      tgw,
      'AWS::EC2::TransitGateway',
      { DefaultRouteTableAssociation: mode, DefaultRouteTablePropagation: mode },
      extra,
    );
    const logicalId = this.id(tgw.id);
    const table = explicitTable ? this.child(logicalId, 'RouteTable') : undefined;
    if (table)
      this.add(table, {
        Type: 'AWS::EC2::TransitGatewayRouteTable',
        Properties: { TransitGatewayId: this.ref(tgw.id) },
      });
    for (const attachment of tgw.attachments) {
      const attachmentId = this.names.take(this.attachmentLogicalId(tgw.id, attachment.vpc));
      this.add(attachmentId, {
        Type: 'AWS::EC2::TransitGatewayAttachment',
        Properties: {
          TransitGatewayId: this.ref(tgw.id),
          VpcId: this.ref(attachment.vpc),
          SubnetIds: attachment.subnets.map((s) => this.ref(s)),
        },
      });
      if (table) {
        const base = { TransitGatewayRouteTableId: { Ref: table }, TransitGatewayAttachmentId: { Ref: attachmentId } };
        this.add(this.child(attachmentId, 'Association'), {
          Type: 'AWS::EC2::TransitGatewayRouteTableAssociation',
          Properties: base,
        });
        this.add(this.child(attachmentId, 'Propagation'), {
          Type: 'AWS::EC2::TransitGatewayRouteTablePropagation',
          Properties: base,
        });
      }
    }
    let n = 0;
    for (const route of routes) {
      if (!table) break;
      const properties: Properties = {
        TransitGatewayRouteTableId: { Ref: table },
        DestinationCidrBlock: route.destination,
      };
      if (route.attachment === 'blackhole') properties.Blackhole = true;
      else {
        const attachment = this.tgwTables.attachment(tgw.id, route.attachment);
        if (attachment === undefined) continue;
        properties.TransitGatewayAttachmentId = { Ref: attachment };
      }
      this.add(this.child(logicalId, `Route${++n}`), { Type: 'AWS::EC2::TransitGatewayRoute', Properties: properties });
    }
    this.tgwTables.writePeerings(tgw);
  }

  private endpoint(endpoint: ResourceOfType<'vpc-endpoint'>): void {
    const properties: Properties = {
      VpcId: this.ref(endpoint.vpc),
      ServiceName: endpoint.service.includes('.')
        ? endpoint.service
        : { 'Fn::Sub': `com.amazonaws.${REGION_PLACEHOLDER}.${endpoint.service}` },
    };
    const extra: ResourceMetadata = {};
    if (endpoint.kind === 'gateway') {
      properties.VpcEndpointType = 'Gateway';
      if (endpoint.routeTables.some((id) => parseImplicitId(id))) extra.routeTables = endpoint.routeTables;
      properties.RouteTableIds = endpoint.routeTables.filter((id) => !parseImplicitId(id)).map((id) => this.ref(id));
    } else {
      properties.VpcEndpointType = 'Interface';
      properties.PrivateDnsEnabled = true;
      properties.SubnetIds = endpoint.subnets.map((id) => this.ref(id));
      if (endpoint.securityGroups !== undefined)
        properties.SecurityGroupIds = endpoint.securityGroups.map((id) => this.groupRef(id));
    }
    this.main(endpoint, 'AWS::EC2::VPCEndpoint', properties, extra);
  }

  private instance(instance: ResourceOfType<'instance'>): void {
    const properties: Properties = {
      ImageId: instance.os === 'windows' ? AMI.windows : AMI.linux,
      InstanceType: 't3.micro',
    };
    const placement: Properties = { SubnetId: this.ref(instance.subnet) };
    if (instance.privateIp !== undefined) placement.PrivateIpAddress = instance.privateIp;
    if (instance.ipv6 !== undefined) placement.Ipv6AddressCount = instance.ipv6 ? 1 : 0;
    const groups = instance.securityGroups?.map((id) => this.groupRef(id));
    if (instance.publicIp !== undefined) {
      // Only a network interface can ask for (or refuse) a public address at launch.
      const eni: Properties = { DeviceIndex: '0', AssociatePublicIpAddress: instance.publicIp, ...placement };
      if (groups) eni.GroupSet = groups;
      properties.NetworkInterfaces = [eni];
    } else {
      Object.assign(properties, placement);
      if (groups) properties.SecurityGroupIds = groups;
    }
    if (instance.sourceDestCheck !== undefined) properties.SourceDestCheck = instance.sourceDestCheck;
    const extra: ResourceMetadata = {};
    if (instance.os === 'linux') extra.os = 'linux';
    if (instance.role !== undefined) extra.role = instance.role;
    if (instance.elasticIp === false) extra.elasticIp = false;
    this.interfaces.write(instance, properties);
    this.main(instance, 'AWS::EC2::Instance', properties, extra);
    if (instance.elasticIp)
      this.add(this.child(this.id(instance.id), 'Eip'), {
        Type: 'AWS::EC2::EIP',
        Properties: { Domain: 'vpc', InstanceId: this.ref(instance.id) },
      });
  }

  private database(db: ResourceOfType<'database'>): void {
    const group = this.child(this.id(db.id), 'SubnetGroup');
    this.add(group, {
      Type: 'AWS::RDS::DBSubnetGroup',
      Properties: {
        DBSubnetGroupDescription: `Subnets of ${db.name ?? db.id}`,
        SubnetIds: db.subnets.map((id) => this.ref(id)),
      },
    });
    const properties: Properties = {
      Engine: DB_ENGINE_OUT[db.engine],
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: '20',
      MasterUsername: 'admin',
      ManageMasterUserPassword: true,
      DBSubnetGroupName: { Ref: group },
    };
    if (db.port !== undefined) properties.Port = String(db.port);
    if (db.publiclyAccessible !== undefined) properties.PubliclyAccessible = db.publiclyAccessible;
    if (db.multiAz !== undefined) properties.MultiAZ = db.multiAz;
    if (db.securityGroups !== undefined)
      properties.VPCSecurityGroups = db.securityGroups.map((id) => this.groupRef(id));
    this.main(db, 'AWS::RDS::DBInstance', properties);
  }

  private loadBalancer(lb: ResourceOfType<'load-balancer'>): void {
    const properties: Properties = {
      Type: lb.kind,
      Scheme: lb.scheme,
      Subnets: lb.subnets.map((id) => this.ref(id)),
    };
    if (lb.securityGroups !== undefined) properties.SecurityGroups = lb.securityGroups.map((id) => this.groupRef(id));
    const extra: ResourceMetadata = {};
    const instanceTargets = lb.targets.every((id) => this.byId.get(id)?.type === 'instance');
    if (!instanceTargets || lb.listeners.length === 0) {
      extra.targets = lb.targets;
      this.keep(lb, 'targets that are not instances');
    }
    if (lb.listeners.some((l) => l.targetPort === l.port)) extra.listeners = lb.listeners;
    this.main(lb, 'AWS::ElasticLoadBalancingV2::LoadBalancer', properties, extra);
    const logicalId = this.id(lb.id);
    const firstSubnet = this.byId.get(lb.subnets[0] ?? '');
    const vpc = firstSubnet?.type === 'subnet' ? firstSubnet.vpc : undefined;
    lb.listeners.forEach((listener, index) => {
      const protocol = LISTENER_PROTOCOL_OUT[listener.protocol];
      const targetGroup = this.child(logicalId, `TargetGroup${index + 1}`);
      const group: Properties = {
        Port: listener.targetPort ?? listener.port,
        Protocol: listener.protocol === 'https' ? 'HTTP' : listener.protocol === 'tls' ? 'TCP' : protocol,
        TargetType: 'instance',
      };
      if (vpc !== undefined) group.VpcId = this.ref(vpc);
      if (instanceTargets) group.Targets = lb.targets.map((id) => ({ Id: this.ref(id) }));
      this.add(targetGroup, { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: group });
      const listenerProperties: Properties = {
        LoadBalancerArn: this.ref(lb.id),
        Port: listener.port,
        Protocol: protocol,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
      };
      if (listener.protocol === 'https' || listener.protocol === 'tls') {
        this.parameters.CertificateArn = {
          Type: 'String',
          Description: 'The ACM certificate of the HTTPS and TLS listeners',
        };
        listenerProperties.Certificates = [{ CertificateArn: { Ref: 'CertificateArn' } }];
      }
      this.add(this.child(logicalId, `Listener${index + 1}`), {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: listenerProperties,
      });
    });
  }

  private lambda(fn: ResourceOfType<'lambda'>): void {
    this.parameters.LambdaExecutionRoleArn = {
      Type: 'String',
      Description: 'An IAM role for the functions, with AWSLambdaVPCAccessExecutionRole',
    };
    const vpcConfig: Properties = { SubnetIds: fn.subnets.map((id) => this.ref(id)) };
    if (fn.securityGroups !== undefined) vpcConfig.SecurityGroupIds = fn.securityGroups.map((id) => this.groupRef(id));
    this.main(fn, 'AWS::Lambda::Function', {
      Runtime: 'python3.12',
      Handler: 'index.handler',
      Role: { Ref: 'LambdaExecutionRoleArn' },
      Code: { ZipFile: 'def handler(event, context):\n    return None\n' },
      VpcConfig: vpcConfig,
    });
  }
}
