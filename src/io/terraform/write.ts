import {
  parseImplicitId,
  type Resource,
  type ResourceOfType,
  type SgRule,
  type VpcLabDocument,
} from '../../model/index.ts';
import { NameAllocator, terraformNameFor } from '../iac/names.ts';
import { portRange, protocolToAwsText } from '../iac/protocols.ts';
import type { IacExport } from '../iac/result.ts';
import { WarningList } from '../iac/warnings.ts';
import { DB_ENGINE_OUT } from '../iac/aws-names.ts';
import {
  attribute,
  block,
  expr,
  jsonValue,
  renderBlock,
  renderData,
  type BodyItem,
  type HclValue,
} from './hcl-emit.ts';
import { InterfaceWriter } from './network-interfaces.ts';
import { TransitGatewayWriter } from './transit-gateway-write.ts';
import { AMI, LISTENER_PROTOCOL_OUT, METADATA_LOCAL, REGION_EXPRESSION, type ResourceMetadata } from './vocabulary.ts';

/**
 * Writes a document as Terraform HCL: one `resource` block per document resource (with the
 * associations, attachments and rules Terraform models as resources of their own), references
 * as Terraform references (`aws_subnet.web_a.id`), names as `Name` tags. What Terraform cannot
 * say (blackhole routes, the document's ids and order, a transit gateway's region, intents) is
 * kept in `local.vpclab`, which the reader applies, so `readTerraform(writeTerraform(doc))` gives
 * the document back. Transit gateways, their tables and peering: transit-gateway-write.ts.
 */
export function writeTerraform(document: VpcLabDocument): IacExport {
  const writer = new HclWriter(document);
  return { text: writer.text(), warnings: writer.warnings.items };
}

const TYPE_OF: Record<Resource['type'], string> = {
  vpc: 'aws_vpc',
  subnet: 'aws_subnet',
  'route-table': 'aws_route_table',
  'network-acl': 'aws_network_acl',
  'security-group': 'aws_security_group',
  'internet-gateway': 'aws_internet_gateway',
  'egress-only-internet-gateway': 'aws_egress_only_internet_gateway',
  'nat-gateway': 'aws_nat_gateway',
  'vpn-gateway': 'aws_vpn_gateway',
  'on-premises': 'aws_customer_gateway',
  'peering-connection': 'aws_vpc_peering_connection',
  'transit-gateway': 'aws_ec2_transit_gateway',
  'transit-gateway-route-table': 'aws_ec2_transit_gateway_route_table',
  'vpc-endpoint': 'aws_vpc_endpoint',
  instance: 'aws_instance',
  database: 'aws_db_instance',
  'load-balancer': 'aws_lb',
  lambda: 'aws_lambda_function',
  'prefix-list': 'aws_ec2_managed_prefix_list',
};

/** True when names sort (numbers by value) in the order given, as the reader will sort them. */
function inNaturalOrder(names: readonly string[]): boolean {
  return names.every((name, i) => i === 0 || names[i - 1]!.localeCompare(name, 'en', { numeric: true }) <= 0);
}

class HclWriter {
  readonly warnings = new WarningList();
  private readonly names = new NameAllocator();
  private readonly name = new Map<string, string>();
  private readonly byId = new Map<string, Resource>();
  private readonly blocks: BodyItem[] = [];
  private readonly metadata: ResourceMetadata[] = [];
  private readonly variables = new Map<string, string>();
  private readonly prefixLists = new Set<string>();
  private usesRegion = false;
  private readonly interfaces = new InterfaceWriter(this.byId, {
    warnings: this.warnings,
    ref: (id, attribute) => this.ref(id, attribute),
    address: (id) => this.address(id),
    child: (parent, suffix) => this.child(parent, suffix),
    extra: (type, name, body) => this.extra(type, name, body),
  });

  private readonly transit: TransitGatewayWriter;

  constructor(private readonly document: VpcLabDocument) {
    for (const resource of document.resources) {
      this.byId.set(resource.id, resource);
      this.name.set(resource.id, this.names.take(terraformNameFor(resource.id)));
    }
    this.transit = new TransitGatewayWriter({
      document,
      byId: this.byId,
      warnings: this.warnings,
      name: (id) => this.name.get(id),
      take: (wanted) => this.names.take(wanted),
      ref: (id, attribute) => this.ref(id, attribute),
      child: (parent, suffix) => this.child(parent, suffix),
      vpnName: (site) => this.vpnName(site),
      extra: (type, name, body) => this.extra(type, name, body),
      resource: (resource, body, extra) => this.resource(resource, body, extra),
      keep: (resource, what) => this.keep(resource, what),
      currentRegion: () => {
        this.usesRegion = true;
        return expr(REGION_EXPRESSION);
      },
      inNaturalOrder,
    });
  }

  text(): string {
    for (const resource of this.document.resources) this.write(resource);
    const head: string[] = [`# ${this.document.name}`];
    if (this.document.description) head.push(...this.document.description.split('\n').map((line) => `# ${line}`));
    head.push('# Written by VPC Lab.');
    const parts: string[] = [head.join('\n')];
    parts.push(
      renderBlock(
        block(
          'terraform',
          [],
          [block('required_providers', [], [attribute('aws', { source: 'hashicorp/aws', version: '>= 5.0' })])],
        ),
      ),
    );
    for (const [name, description] of this.variables)
      parts.push(
        renderBlock(
          block('variable', [name], [attribute('type', expr('string')), attribute('description', description)]),
        ),
      );
    if (this.usesRegion || this.prefixLists.size) parts.push(renderBlock(block('data', ['aws_region', 'current'], [])));
    for (const list of this.prefixLists) {
      this.usesRegion = true;
      parts.push(
        renderBlock(
          block(
            'data',
            ['aws_prefix_list', list],
            [attribute('name', expr(`"com.amazonaws.\${${REGION_EXPRESSION}}.${list}"`))],
          ),
        ),
      );
    }
    for (const item of this.blocks) parts.push(renderBlock(item as ReturnType<typeof block>));
    parts.push(this.locals());
    return `${parts.join('\n\n')}\n`;
  }

  private locals(): string {
    const { name, description, intents, meta } = this.document;
    const data: Record<string, HclValue> = { name };
    if (description !== undefined) data.description = description;
    if (intents !== undefined) data.intents = jsonValue(intents);
    if (meta !== undefined) data.meta = jsonValue(meta);
    data.resources = jsonValue(this.metadata);
    return [
      '# What Terraform cannot say about this design, for VPC Lab to read back: the document',
      '# name, the resource ids and order, blackhole routes, transit gateway regions, intents.',
      `locals {\n  ${METADATA_LOCAL} = ${renderData(data, '  ')}\n}`,
    ].join('\n');
  }

  // ---- references ----------------------------------------------------------------------

  private address(id: string): string {
    const resource = this.byId.get(id);
    const type = !resource
      ? 'aws_vpc'
      : resource.type === 'network-acl' && resource.default
        ? 'aws_default_network_acl'
        : TYPE_OF[resource.type];
    return `${type}.${this.name.get(id) ?? terraformNameFor(id)}`;
  }

  private ref(id: string, attribute = 'id'): HclValue {
    const implicit = parseImplicitId(id);
    if (implicit) {
      const attr = {
        mainRouteTable: 'main_route_table_id',
        defaultNetworkAcl: 'default_network_acl_id',
        defaultSecurityGroup: 'default_security_group_id',
      }[implicit.kind];
      return expr(`${this.address(implicit.vpc)}.${attr}`);
    }
    return expr(`${this.address(id)}.${attribute}`);
  }

  private refs(ids: readonly string[]): HclValue {
    return ids.map((id) => this.ref(id));
  }

  private child(parent: string, suffix: string): string {
    return this.names.take(`${this.name.get(parent) ?? terraformNameFor(parent)}_${suffix}`);
  }

  private tags(resource: Resource): BodyItem[] {
    const tags: Record<string, string> = {};
    if (resource.name !== undefined) tags.Name = resource.name;
    Object.assign(tags, resource.tags ?? {});
    return Object.keys(tags).length ? [attribute('tags', tags)] : [];
  }

  private resource(resource: Resource, body: BodyItem[], extra: Record<string, unknown> = {}): void {
    const name = this.name.get(resource.id)!;
    const type = TYPE_OF[resource.type];
    this.blocks.push(block('resource', [type, name], [...body, ...this.tags(resource)]));
    this.metadata.push({ address: `${type}.${name}`, id: resource.id, ...extra });
  }

  private extra(type: string, name: string, body: BodyItem[]): void {
    this.blocks.push(block('resource', [type, name], body));
  }

  private keep(resource: Resource, what: string): void {
    this.warnings.add('metadata-only', this.address(resource.id), METADATA_LOCAL, what);
  }

  private region(suffix: string): HclValue {
    this.usesRegion = true;
    return expr(`"\${${REGION_EXPRESSION}}${suffix}"`);
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
      case 'egress-only-internet-gateway':
      case 'vpn-gateway':
        return this.resource(resource, [attribute('vpc_id', this.ref(resource.vpc))]);
      case 'nat-gateway':
        return this.natGateway(resource);
      case 'on-premises':
        return this.onPremises(resource);
      case 'peering-connection':
        return this.resource(resource, [
          attribute('vpc_id', this.ref(resource.requester)),
          attribute('peer_vpc_id', this.ref(resource.accepter)),
          attribute('auto_accept', true),
        ]);
      case 'transit-gateway':
        return this.transit.writeGateway(resource);
      case 'transit-gateway-route-table':
        return this.transit.writeTable(resource);
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

  /** `aws_ec2_managed_prefix_list` with inline entries; Terraform requires max_entries, a document may leave it out. */
  private prefixList(list: ResourceOfType<'prefix-list'>): void {
    const body: BodyItem[] = [
      attribute('name', list.name ?? list.id),
      attribute('address_family', list.addressFamily),
      attribute('max_entries', list.maxEntries ?? Math.max(1, list.entries.length)),
      ...list.entries.map((entry) =>
        block(
          'entry',
          [],
          [
            attribute('cidr', entry.cidr),
            ...(entry.description === undefined ? [] : [attribute('description', entry.description)]),
          ],
        ),
      ),
    ];
    this.resource(list, body, list.maxEntries === undefined ? { maxEntries: null } : {});
  }

  /** The `.id` of a prefix list of the document, for a route destination or a rule. */
  private isOwnPrefixList(id: string | undefined): boolean {
    return id !== undefined && this.byId.get(id)?.type === 'prefix-list';
  }

  private vpc(vpc: ResourceOfType<'vpc'>): void {
    const [first, ...more] = vpc.cidrBlocks;
    const body: BodyItem[] = [];
    if (first !== undefined) body.push(attribute('cidr_block', first));
    body.push(attribute('enable_dns_support', true), attribute('enable_dns_hostnames', true));
    this.resource(vpc, body, first === undefined ? { cidrBlocks: [] } : {});
    more.forEach((block, index) =>
      this.extra('aws_vpc_ipv4_cidr_block_association', this.child(vpc.id, `cidr_${index + 2}`), [
        attribute('vpc_id', this.ref(vpc.id)),
        attribute('cidr_block', block),
      ]),
    );
    (vpc.ipv6CidrBlocks ?? []).forEach((block, index) =>
      this.extra('aws_vpc_ipv6_cidr_block_association', this.child(vpc.id, `ipv6_${index + 1}`), [
        attribute('vpc_id', this.ref(vpc.id)),
        attribute('ipv6_cidr_block', block),
      ]),
    );
  }

  private subnet(subnet: ResourceOfType<'subnet'>): void {
    const body: BodyItem[] = [
      attribute('vpc_id', this.ref(subnet.vpc)),
      attribute('cidr_block', subnet.cidr),
      attribute('availability_zone', /^[a-z]$/.test(subnet.az) ? this.region(subnet.az) : subnet.az),
    ];
    if (subnet.ipv6Cidr !== undefined) body.push(attribute('ipv6_cidr_block', subnet.ipv6Cidr));
    this.resource(subnet, body);
    if (subnet.routeTable !== undefined)
      this.extra('aws_route_table_association', this.child(subnet.id, 'route_table'), [
        attribute('subnet_id', this.ref(subnet.id)),
        attribute('route_table_id', this.ref(subnet.routeTable)),
      ]);
    if (subnet.networkAcl !== undefined)
      this.extra('aws_network_acl_association', this.child(subnet.id, 'network_acl'), [
        attribute('subnet_id', this.ref(subnet.id)),
        attribute('network_acl_id', this.ref(subnet.networkAcl)),
      ]);
  }

  private routeTable(table: ResourceOfType<'route-table'>): void {
    const body: BodyItem[] = [attribute('vpc_id', this.ref(table.vpc))];
    const kept: { index: number; route: unknown }[] = [];
    table.routes.forEach((route, index) => {
      const target = route.target === 'blackhole' ? undefined : this.byId.get(route.target);
      const eni = target ? undefined : this.interfaces.routeTarget(route.target);
      if (eni) {
        body.push(block('route', [], [this.destination(route.destination), attribute('network_interface_id', eni)]));
        return;
      }
      if (!target) {
        kept.push({ index, route });
        return;
      }
      const items: BodyItem[] = [this.destination(route.destination)];
      const property = {
        'internet-gateway': 'gateway_id',
        'vpn-gateway': 'gateway_id',
        'egress-only-internet-gateway': 'egress_only_gateway_id',
        'nat-gateway': 'nat_gateway_id',
        'peering-connection': 'vpc_peering_connection_id',
        'transit-gateway': 'transit_gateway_id',
        instance: 'network_interface_id',
      }[target.type as string];
      items.push(
        attribute(
          property ?? 'gateway_id',
          this.ref(target.id, target.type === 'instance' ? 'primary_network_interface_id' : 'id'),
        ),
      );
      body.push(block('route', [], items));
    });
    const extra: Record<string, unknown> = {};
    if (kept.length) {
      extra.routes = kept;
      this.keep(table, 'blackhole routes');
    }
    if (table.main === false) extra.main = false;
    this.resource(table, body, extra);
    if (table.main)
      this.extra('aws_main_route_table_association', this.child(table.id, 'main'), [
        attribute('vpc_id', this.ref(table.vpc)),
        attribute('route_table_id', this.ref(table.id)),
      ]);
  }

  private destination(destination: string): BodyItem {
    return this.isOwnPrefixList(destination)
      ? attribute('destination_prefix_list_id', this.ref(destination))
      : attribute(destination.includes(':') ? 'ipv6_cidr_block' : 'cidr_block', destination);
  }

  private networkAcl(acl: ResourceOfType<'network-acl'>): void {
    const rules = (direction: 'ingress' | 'egress', list: typeof acl.inbound): BodyItem[] =>
      list.map((rule) => {
        const { from, to } = rule.ports === undefined ? { from: 0, to: 0 } : portRange(rule.ports);
        const items: BodyItem[] = [
          attribute('rule_no', rule.rule),
          attribute('action', rule.action),
          attribute('protocol', protocolToAwsText(rule.protocol)),
          attribute(rule.cidr.includes(':') ? 'ipv6_cidr_block' : 'cidr_block', rule.cidr),
          attribute('from_port', from),
          attribute('to_port', to),
        ];
        if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6')
          items.push(attribute('icmp_type', -1), attribute('icmp_code', -1));
        return block(direction, [], items);
      });
    const body = [...rules('ingress', acl.inbound), ...rules('egress', acl.outbound)];
    if (acl.default) {
      // A VPC's default NACL is adopted, not created: aws_default_network_acl takes it over.
      const name = this.name.get(acl.id)!;
      this.blocks.push(
        block(
          'resource',
          ['aws_default_network_acl', name],
          [
            attribute('default_network_acl_id', this.ref(acl.vpc, 'default_network_acl_id')),
            ...body,
            ...this.tags(acl),
          ],
        ),
      );
      this.metadata.push({ address: `aws_default_network_acl.${name}`, id: acl.id });
      return;
    }
    this.resource(
      acl,
      [attribute('vpc_id', this.ref(acl.vpc)), ...body],
      acl.default === false ? { default: false } : {},
    );
  }

  private ruleBody(rule: SgRule, separate: boolean): BodyItem[] {
    const items: BodyItem[] = [];
    const protocol = protocolToAwsText(rule.protocol);
    const ports = rule.ports === undefined ? undefined : portRange(rule.ports);
    if (separate) {
      items.push(attribute('ip_protocol', protocol));
      if (ports) items.push(attribute('from_port', ports.from), attribute('to_port', ports.to));
      if (rule.cidr !== undefined)
        items.push(attribute(rule.cidr.includes(':') ? 'cidr_ipv6' : 'cidr_ipv4', rule.cidr));
      if (rule.securityGroup !== undefined)
        items.push(attribute('referenced_security_group_id', this.ref(rule.securityGroup)));
      if (this.isOwnPrefixList(rule.prefixList)) items.push(attribute('prefix_list_id', this.ref(rule.prefixList!)));
      else if (rule.prefixList !== undefined) {
        this.prefixLists.add(rule.prefixList);
        items.push(attribute('prefix_list_id', expr(`data.aws_prefix_list.${rule.prefixList}.id`)));
      }
    } else {
      items.push(
        attribute('protocol', protocol),
        attribute('from_port', ports?.from ?? 0),
        attribute('to_port', ports?.to ?? 0),
      );
      if (rule.cidr !== undefined)
        items.push(attribute(rule.cidr.includes(':') ? 'ipv6_cidr_blocks' : 'cidr_blocks', [rule.cidr]));
      if (this.isOwnPrefixList(rule.prefixList)) items.push(attribute('prefix_list_ids', [this.ref(rule.prefixList!)]));
      else if (rule.prefixList !== undefined) {
        this.prefixLists.add(rule.prefixList);
        items.push(attribute('prefix_list_ids', [expr(`data.aws_prefix_list.${rule.prefixList}.id`)]));
      }
    }
    if (rule.description !== undefined) items.push(attribute('description', rule.description));
    return items;
  }

  /**
   * Rules naming another group are `aws_vpc_security_group_*_rule` resources (inline, two
   * groups naming each other would be a dependency cycle); the rest are inline blocks. Terraform
   * removes AWS's default allow-all egress, so no egress block means no outbound rules, as in
   * the document.
   */
  private securityGroup(group: ResourceOfType<'security-group'>): void {
    const separateIn = group.inbound.some((r) => r.securityGroup !== undefined);
    const separateOut = group.outbound.some((r) => r.securityGroup !== undefined);
    const body: BodyItem[] = [];
    if (group.description !== undefined) body.push(attribute('description', group.description));
    body.push(attribute('vpc_id', this.ref(group.vpc)));
    if (!separateIn) body.push(...group.inbound.map((r) => block('ingress', [], this.ruleBody(r, false))));
    if (!separateOut) body.push(...group.outbound.map((r) => block('egress', [], this.ruleBody(r, false))));
    this.resource(group, body);
    for (const [separate, direction, rules] of [
      [separateIn, 'ingress', group.inbound],
      [separateOut, 'egress', group.outbound],
    ] as const) {
      if (!separate) continue;
      rules.forEach((rule, index) =>
        this.extra(
          `aws_vpc_security_group_${direction}_rule`,
          this.child(group.id, `${direction === 'ingress' ? 'in' : 'out'}_${index + 1}`),
          [attribute('security_group_id', this.ref(group.id)), ...this.ruleBody(rule, true)],
        ),
      );
    }
  }

  private natGateway(nat: ResourceOfType<'nat-gateway'>): void {
    const body: BodyItem[] = [attribute('subnet_id', this.ref(nat.subnet))];
    if (nat.connectivity !== undefined) body.push(attribute('connectivity_type', nat.connectivity));
    if (nat.connectivity !== 'private') {
      const eip = this.child(nat.id, 'eip');
      this.extra('aws_eip', eip, [attribute('domain', 'vpc')]);
      body.unshift(attribute('allocation_id', expr(`aws_eip.${eip}.id`)));
    }
    this.resource(nat, body);
  }

  private vpnName(site: string): string {
    return `${this.name.get(site)}_vpn`;
  }

  private onPremises(site: ResourceOfType<'on-premises'>): void {
    const via = this.byId.get(site.via);
    const toTransit = via?.type === 'transit-gateway';
    const index = this.document.resources.filter((r) => r.type === 'on-premises').indexOf(site);
    const extra: Record<string, unknown> = {};
    if (site.link === 'direct-connect') {
      extra.link = site.link;
      this.keep(site, 'Direct Connect (written as a Site-to-Site VPN)');
    }
    if (toTransit) extra.cidrs = site.cidrs;
    this.resource(
      site,
      [
        attribute('bgp_asn', 65000),
        attribute('ip_address', `203.0.113.${(index % 254) + 1}`),
        attribute('type', 'ipsec.1'),
      ],
      extra,
    );
    const vpn = this.names.take(this.vpnName(site.id));
    this.extra('aws_vpn_connection', vpn, [
      attribute('customer_gateway_id', this.ref(site.id)),
      attribute(toTransit ? 'transit_gateway_id' : 'vpn_gateway_id', this.ref(site.via)),
      attribute('type', 'ipsec.1'),
      attribute('static_routes_only', !toTransit),
    ]);
    if (!toTransit)
      site.cidrs.forEach((cidr, i) =>
        this.extra('aws_vpn_connection_route', this.child(site.id, `route_${i + 1}`), [
          attribute('destination_cidr_block', cidr),
          attribute('vpn_connection_id', expr(`aws_vpn_connection.${vpn}.id`)),
        ]),
      );
  }

  private endpoint(endpoint: ResourceOfType<'vpc-endpoint'>): void {
    const body: BodyItem[] = [
      attribute('vpc_id', this.ref(endpoint.vpc)),
      attribute('service_name', endpoint.service.includes('.') ? endpoint.service : this.serviceName(endpoint.service)),
      attribute('vpc_endpoint_type', endpoint.kind === 'gateway' ? 'Gateway' : 'Interface'),
    ];
    if (endpoint.kind === 'gateway') body.push(attribute('route_table_ids', this.refs(endpoint.routeTables)));
    else {
      body.push(attribute('subnet_ids', this.refs(endpoint.subnets)), attribute('private_dns_enabled', true));
      if (endpoint.securityGroups !== undefined)
        body.push(attribute('security_group_ids', this.refs(endpoint.securityGroups)));
    }
    this.resource(endpoint, body);
  }

  private serviceName(service: string): HclValue {
    this.usesRegion = true;
    return expr(`"com.amazonaws.\${${REGION_EXPRESSION}}.${service}"`);
  }

  private instance(instance: ResourceOfType<'instance'>): void {
    const body: BodyItem[] = [
      attribute('ami', instance.os === 'windows' ? AMI.windows : AMI.linux),
      attribute('instance_type', 't3.micro'),
      attribute('subnet_id', this.ref(instance.subnet)),
    ];
    if (instance.privateIp !== undefined) body.push(attribute('private_ip', instance.privateIp));
    if (instance.publicIp !== undefined) body.push(attribute('associate_public_ip_address', instance.publicIp));
    if (instance.ipv6 !== undefined) body.push(attribute('ipv6_address_count', instance.ipv6 ? 1 : 0));
    if (instance.securityGroups !== undefined)
      body.push(attribute('vpc_security_group_ids', this.refs(instance.securityGroups)));
    if (instance.sourceDestCheck !== undefined) body.push(attribute('source_dest_check', instance.sourceDestCheck));
    const extra: Record<string, unknown> = {};
    if (instance.os === 'linux') extra.os = 'linux';
    if (instance.role !== undefined) extra.role = instance.role;
    if (instance.elasticIp === false) extra.elasticIp = false;
    this.resource(instance, body, extra);
    this.interfaces.write(instance);
    if (instance.elasticIp)
      this.extra('aws_eip', this.child(instance.id, 'eip'), [
        attribute('domain', 'vpc'),
        attribute('instance', this.ref(instance.id)),
      ]);
  }

  private database(db: ResourceOfType<'database'>): void {
    const group = this.child(db.id, 'subnets');
    this.extra('aws_db_subnet_group', group, [attribute('subnet_ids', this.refs(db.subnets))]);
    const body: BodyItem[] = [
      attribute('engine', DB_ENGINE_OUT[db.engine]),
      attribute('instance_class', 'db.t3.micro'),
      attribute('allocated_storage', 20),
      attribute('username', 'dbadmin'),
      attribute('manage_master_user_password', true),
      attribute('skip_final_snapshot', true),
      attribute('db_subnet_group_name', expr(`aws_db_subnet_group.${group}.name`)),
    ];
    if (db.port !== undefined) body.push(attribute('port', db.port));
    if (db.publiclyAccessible !== undefined) body.push(attribute('publicly_accessible', db.publiclyAccessible));
    if (db.multiAz !== undefined) body.push(attribute('multi_az', db.multiAz));
    if (db.securityGroups !== undefined) body.push(attribute('vpc_security_group_ids', this.refs(db.securityGroups)));
    this.resource(db, body);
  }

  private loadBalancer(lb: ResourceOfType<'load-balancer'>): void {
    const body: BodyItem[] = [
      attribute('load_balancer_type', lb.kind),
      attribute('internal', lb.scheme === 'internal'),
      attribute('subnets', this.refs(lb.subnets)),
    ];
    if (lb.securityGroups !== undefined) body.push(attribute('security_groups', this.refs(lb.securityGroups)));
    const extra: Record<string, unknown> = {};
    const instanceTargets = lb.targets.every((id) => this.byId.get(id)?.type === 'instance');
    if (!instanceTargets || lb.listeners.length === 0) {
      extra.targets = lb.targets;
      if (lb.targets.length) this.keep(lb, 'targets that are not instances');
    }
    if (lb.listeners.some((l) => l.targetPort === l.port)) extra.listeners = lb.listeners;
    // Attachments come back in the order of their names; where that is not the targets' order,
    // the order is kept in metadata.
    const names = lb.targets.map((id) => this.name.get(id) ?? id);
    if (instanceTargets && !inNaturalOrder(names)) extra.targets = lb.targets;
    this.resource(lb, body, extra);
    const subnet = this.byId.get(lb.subnets[0] ?? '');
    lb.listeners.forEach((listener, index) => {
      const protocol = LISTENER_PROTOCOL_OUT[listener.protocol];
      const group = this.child(lb.id, `${index + 1}`);
      const groupBody: BodyItem[] = [
        attribute('port', listener.targetPort ?? listener.port),
        attribute('protocol', listener.protocol === 'https' ? 'HTTP' : listener.protocol === 'tls' ? 'TCP' : protocol),
        attribute('target_type', 'instance'),
      ];
      if (subnet?.type === 'subnet') groupBody.push(attribute('vpc_id', this.ref(subnet.vpc)));
      this.extra('aws_lb_target_group', group, groupBody);
      const listenerBody: BodyItem[] = [
        attribute('load_balancer_arn', this.ref(lb.id, 'arn')),
        attribute('port', listener.port),
        attribute('protocol', protocol),
      ];
      if (listener.protocol === 'https' || listener.protocol === 'tls') {
        this.variables.set('certificate_arn', 'The ACM certificate of the HTTPS and TLS listeners');
        listenerBody.push(attribute('certificate_arn', expr('var.certificate_arn')));
      }
      listenerBody.push(
        block(
          'default_action',
          [],
          [attribute('type', 'forward'), attribute('target_group_arn', expr(`aws_lb_target_group.${group}.arn`))],
        ),
      );
      this.extra('aws_lb_listener', group, listenerBody);
      if (instanceTargets)
        for (const target of lb.targets)
          this.extra('aws_lb_target_group_attachment', this.names.take(`${group}_${this.name.get(target)}`), [
            attribute('target_group_arn', expr(`aws_lb_target_group.${group}.arn`)),
            attribute('target_id', this.ref(target)),
          ]);
    });
  }

  private lambda(fn: ResourceOfType<'lambda'>): void {
    this.variables.set('lambda_role_arn', 'An IAM role for the functions, with AWSLambdaVPCAccessExecutionRole');
    const config: BodyItem[] = [attribute('subnet_ids', this.refs(fn.subnets))];
    if (fn.securityGroups !== undefined) config.push(attribute('security_group_ids', this.refs(fn.securityGroups)));
    this.resource(fn, [
      attribute('function_name', fn.id),
      attribute('role', expr('var.lambda_role_arn')),
      attribute('runtime', 'python3.12'),
      attribute('handler', 'index.handler'),
      attribute('filename', 'function.zip'),
      block('vpc_config', [], config),
    ]);
  }
}
