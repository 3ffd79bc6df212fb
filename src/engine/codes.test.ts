import { describe, expect, it } from 'vitest';
import { indexDocument, validateDocument, type VpcLabDocument } from '../model/index.ts';
import { EXPLANATION_CODES, type ExplanationCode } from './codes.ts';
import { compileDocument } from './compile/index.ts';
import { traceFlow } from './trace.ts';
import type { FlowQuery, TraceResult } from './types.ts';

/**
 * One test per explanation code: a minimal design where the code applies, traced, and checked
 * for the code, the component it blames and the path. Designs start from a small public/private
 * VPC and change only what the case needs.
 */
type Json = Record<string, unknown>;

const base = (): Json[] => [
  { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
  { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
  { id: 'rt-public', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
  { id: 'public', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
  { id: 'private', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a' },
  {
    id: 'sg-open',
    type: 'security-group',
    vpc: 'vpc',
    inbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
  },
  {
    id: 'web',
    type: 'instance',
    subnet: 'public',
    privateIp: '10.0.1.10',
    publicIp: true,
    securityGroups: ['sg-open'],
  },
  { id: 'app', type: 'instance', subnet: 'private', privateIp: '10.0.2.10', securityGroups: ['sg-open'] },
];

function design(resources: Json[], options: { valid?: boolean } = {}): { trace: (q: FlowQuery) => TraceResult } {
  const input = { format: 'vpclab', version: 2, name: 'case', resources };
  const report = validateDocument(input);
  if (options.valid !== false) expect(report.errors).toEqual([]);
  // Validation errors block only the broken part: the engine still compiles what it can.
  const document = (report.document ?? input) as VpcLabDocument;
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  return {
    trace(query) {
      const outcome = traceFlow(compiled, index, query);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.result;
    },
  };
}

const replace = (resources: Json[], id: string, patch: Json): Json[] =>
  resources.map((r) => (r['id'] === id ? { ...r, ...patch } : r));

const covered = new Set<ExplanationCode>();

function expectBlocker(result: TraceResult, code: ExplanationCode, component: string, path: 'forward' | 'return') {
  expect(result.verdict).toBe('blocked');
  const found = result.explanations.find((e) => e.code === code);
  expect(found, JSON.stringify(result.explanations.map((e) => `${e.code}@${e.component}`))).toBeDefined();
  expect(found).toMatchObject({ component, path });
  expect(found!.message.length).toBeGreaterThan(20);
  expect(found!.fix.length).toBeGreaterThan(10);
  covered.add(code);
}

describe('every explanation code', () => {
  it('ENI_SG_RULES_MISMATCH: no rule of the destination groups admits the port', () => {
    const d = design([
      ...base(),
      {
        id: 'sg-ssh',
        type: 'security-group',
        vpc: 'vpc',
        inbound: [{ protocol: 'tcp', ports: '22', cidr: '10.0.0.0/16' }],
        outbound: [],
      },
      { id: 'db-host', type: 'instance', subnet: 'private', privateIp: '10.0.2.20', securityGroups: ['sg-ssh'] },
    ]);
    expectBlocker(
      d.trace({ from: 'app', to: 'db-host', protocol: 'tcp', port: 443 }),
      'ENI_SG_RULES_MISMATCH',
      'db-host',
      'forward',
    );
    expect(d.trace({ from: 'app', to: 'db-host', protocol: 'tcp', port: 22 }).verdict).toBe('allowed');
  });

  it('NO_ROUTE_TO_DESTINATION: the private subnet has no internet route', () => {
    const r = design(base()).trace({ from: 'app', to: 'internet', protocol: 'tcp', port: 443 });
    expectBlocker(r, 'NO_ROUTE_TO_DESTINATION', 'vpc/main', 'forward');
    expect(r.explanations[0]!.message).toContain('vpc/main');
  });

  it('BAD_STATE_ROUTE: a route whose target is a blackhole', () => {
    const resources = replace(base(), 'rt-public', { routes: [{ destination: '0.0.0.0/0', target: 'blackhole' }] });
    expectBlocker(
      design(resources).trace({ from: 'web', to: 'internet', protocol: 'tcp', port: 443 }),
      'BAD_STATE_ROUTE',
      'rt-public',
      'forward',
    );
  });

  it('SUBNET_ACL_RESTRICTION: the reply to ephemeral ports is denied (return path, names the range)', () => {
    const d = design(
      [
        ...base(),
        {
          id: 'acl',
          type: 'network-acl',
          vpc: 'vpc',
          inbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
          outbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '32768-40000', cidr: '0.0.0.0/0' }],
        },
        ...[],
      ].map((r) => (r['id'] === 'public' ? { ...r, networkAcl: 'acl' } : r)),
    );
    const r = d.trace({ from: 'internet', to: 'web', protocol: 'tcp', port: 443 });
    expectBlocker(r, 'SUBNET_ACL_RESTRICTION', 'acl', 'return');
    expect(r.explanations[0]!.message).toContain('40001-65535');
  });

  it('IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: no public address to translate to', () => {
    const resources = replace(base(), 'web', { publicIp: false });
    expectBlocker(
      design(resources).trace({ from: 'web', to: 'internet', protocol: 'tcp', port: 443 }),
      'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS',
      'igw',
      'forward',
    );
  });

  it('IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS and ..._RFC6598_EGRESS: private space routed to the IGW', () => {
    const resources = replace(base(), 'rt-public', {
      routes: [
        { destination: '0.0.0.0/0', target: 'igw' },
        { destination: '172.16.0.0/12', target: 'igw' },
      ],
    });
    const d = design(resources);
    expectBlocker(
      d.trace({ from: 'web', to: '172.16.0.5', protocol: 'tcp', port: 443 }),
      'IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS',
      'igw',
      'forward',
    );
    expectBlocker(
      d.trace({ from: 'web', to: '100.64.0.5', protocol: 'tcp', port: 443 }),
      'IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS',
      'igw',
      'forward',
    );
  });

  it('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: the internet cannot reach a private address', () => {
    expectBlocker(
      design(base()).trace({ from: 'internet', to: 'app', protocol: 'tcp', port: 443 }),
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      'igw',
      'forward',
    );
  });

  it('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: the internet cannot route a bare private address, even of a public host', () => {
    const r = design(base()).trace({ from: 'internet:8.8.8.8', to: '10.0.1.10', protocol: 'tcp', port: 443 });
    expectBlocker(r, 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', 'igw', 'forward');
    expect(r.flow.destination).toBe('10.0.1.10');
  });

  const withNat = (): Json[] => [
    ...replace(base(), 'private', { routeTable: 'rt-private' }),
    { id: 'nat', type: 'nat-gateway', subnet: 'public' },
    { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'nat' }] },
  ];

  it('NGW_NO_INBOUND: nothing opens a connection to a NAT gateway', () => {
    const d = design(withNat());
    expect(d.trace({ from: 'app', to: 'internet', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expectBlocker(
      d.trace({ from: 'internet', to: 'nat', protocol: 'tcp', port: 443 }),
      'NGW_NO_INBOUND',
      'nat',
      'forward',
    );
  });

  it('NGW_PROTOCOL_RESTRICTION: a NAT gateway carries TCP, UDP and ICMP only', () => {
    const d = design(withNat());
    expect(d.trace({ from: 'app', to: 'internet', protocol: 'icmp' }).verdict).toBe('allowed');
    expectBlocker(
      d.trace({ from: 'app', to: 'internet', protocol: 107 }),
      'NGW_PROTOCOL_RESTRICTION',
      'nat',
      'forward',
    );
  });

  it('NGW_REQUIRES_SOURCE_IN_VPC: a peer hoping to use the other side`s NAT gateway', () => {
    const d = design([
      ...withNat(),
      { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
      { id: 'pcx', type: 'peering-connection', requester: 'vpc', accepter: 'vpc-b' },
      {
        id: 'rt-b',
        type: 'route-table',
        vpc: 'vpc-b',
        main: true,
        routes: [{ destination: '0.0.0.0/0', target: 'pcx' }],
      },
      { id: 'b-1', type: 'subnet', vpc: 'vpc-b', cidr: '10.1.1.0/24', az: 'a' },
      { id: 'peer-host', type: 'instance', subnet: 'b-1', privateIp: '10.1.1.10' },
    ]);
    const r = d.trace({ from: 'peer-host', to: 'internet', protocol: 'tcp', port: 443 });
    expect(r.explanations[0]!.code).toBe('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR');
    expectBlocker(r, 'NGW_REQUIRES_SOURCE_IN_VPC', 'nat', 'forward');
  });

  it('ENI_SOURCE_DEST_CHECK_RESTRICTION: an instance routed to with the check on', () => {
    const resources = [
      ...replace(base(), 'private', { routeTable: 'rt-private' }),
      { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'web' }] },
    ];
    expectBlocker(
      design(resources).trace({ from: 'app', to: 'internet', protocol: 'tcp', port: 443 }),
      'ENI_SOURCE_DEST_CHECK_RESTRICTION',
      'web',
      'forward',
    );
  });

  const ipv6 = (gateway: 'igw' | 'eigw'): Json[] => [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: ['2600:1f18:1::/56'] },
    ...(gateway === 'igw' ? [{ id: 'igw', type: 'internet-gateway', vpc: 'vpc' }] : []),
    { id: 'igw6', type: 'internet-gateway', vpc: 'vpc' },
    { id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc' },
    { id: 'rt', type: 'route-table', vpc: 'vpc', main: true, routes: [{ destination: '::/0', target: 'eigw' }] },
    { id: 's6', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', ipv6Cidr: '2600:1f18:1::/64', az: 'a' },
    {
      id: 'sg6',
      type: 'security-group',
      vpc: 'vpc',
      inbound: [{ protocol: 'all', cidr: '::/0' }],
      outbound: [{ protocol: 'all', cidr: '::/0' }],
    },
    { id: 'host6', type: 'instance', subnet: 's6', ipv6: true, securityGroups: ['sg6'] },
  ];

  it('EIGW_NO_INBOUND forward: an IPv6 VPC with only an egress-only gateway', () => {
    const d = design(ipv6('eigw').filter((r) => r['id'] !== 'igw6'));
    expect(d.trace({ from: 'host6', to: 'internet:2600:1f18::10', protocol: 'tcp', port: 443 }).verdict).toBe(
      'allowed',
    );
    expectBlocker(
      d.trace({ from: 'internet:2600:1f18::10', to: 'host6', protocol: 'tcp', port: 443 }),
      'EIGW_NO_INBOUND',
      'eigw',
      'forward',
    );
  });

  it('EIGW_NO_INBOUND return: the internet gateway admits it but the reply is routed to the egress-only gateway', () => {
    const d = design(ipv6('eigw'));
    expectBlocker(
      d.trace({ from: 'internet:2600:1f18::10', to: 'host6', protocol: 'tcp', port: 443 }),
      'EIGW_NO_INBOUND',
      'eigw',
      'return',
    );
  });

  const twoVpcs = (second: string): Json[] => [
    ...base(),
    { id: 'vpc-b', type: 'vpc', cidrBlocks: [second] },
    { id: 'pcx', type: 'peering-connection', requester: 'vpc', accepter: 'vpc-b' },
    {
      id: 'rt-b',
      type: 'route-table',
      vpc: 'vpc-b',
      main: true,
      routes: [{ destination: '10.0.0.0/16', target: 'pcx' }],
    },
    { id: 'b-1', type: 'subnet', vpc: 'vpc-b', cidr: second.replace('/16', '/24'), az: 'a' },
    { id: 'peer-host', type: 'instance', subnet: 'b-1' },
  ];

  it('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: peering is not transitive', () => {
    const resources = replace(twoVpcs('10.1.0.0/16'), 'rt-b', {
      routes: [{ destination: '0.0.0.0/0', target: 'pcx' }],
    });
    expectBlocker(
      design(resources).trace({ from: 'peer-host', to: 'internet', protocol: 'tcp', port: 443 }),
      'PCX_REQUIRES_ADDRESS_IN_VPC_CIDR',
      'pcx',
      'forward',
    );
  });

  it('PCX_OVERLAPPING_CIDRS: overlapping peers (a validation error, still explained by the engine)', () => {
    const resources = replace(twoVpcs('10.0.0.0/16'), 'rt-b', {
      routes: [{ destination: '10.0.1.0/24', target: 'pcx' }],
    });
    const d = design(
      resources.map((r) => (r['id'] === 'b-1' ? { ...r, cidr: '10.0.9.0/24' } : r)),
      { valid: false },
    );
    expectBlocker(
      d.trace({ from: 'peer-host', to: '10.0.1.10', protocol: 'tcp', port: 443 }),
      'PCX_OVERLAPPING_CIDRS',
      'pcx',
      'forward',
    );
  });

  it('VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: on-premises cannot use the VPC`s internet path', () => {
    const d = design([
      ...base(),
      { id: 'vgw', type: 'vpn-gateway', vpc: 'vpc' },
      { id: 'office', type: 'on-premises', cidrs: ['192.168.0.0/24'], via: 'vgw', link: 'site-to-site-vpn' },
    ]);
    expectBlocker(
      d.trace({ from: 'office', to: 'internet', protocol: 'tcp', port: 443 }),
      'VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      'vgw',
      'forward',
    );
  });

  it('TGW codes: AZ, no route, blackhole', () => {
    const d = design([
      ...replace(base(), 'private', { routeTable: 'rt-tgw' }),
      { id: 'app-c', type: 'instance', subnet: 'private-c', privateIp: '10.0.3.10', securityGroups: ['sg-open'] },
      { id: 'private-c', type: 'subnet', vpc: 'vpc', cidr: '10.0.3.0/24', az: 'c', routeTable: 'rt-tgw' },
      { id: 'rt-tgw', type: 'route-table', vpc: 'vpc', routes: [{ destination: '10.0.0.0/8', target: 'tgw' }] },
      { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
      { id: 'b-1', type: 'subnet', vpc: 'vpc-b', cidr: '10.1.1.0/24', az: 'a' },
      {
        id: 'rt-b',
        type: 'route-table',
        vpc: 'vpc-b',
        main: true,
        routes: [{ destination: '10.0.0.0/8', target: 'tgw' }],
      },
      { id: 'b-host', type: 'instance', subnet: 'b-1', privateIp: '10.1.1.10' },
      {
        id: 'tgw',
        type: 'transit-gateway',
        attachments: [
          { vpc: 'vpc', subnets: ['private'] },
          { vpc: 'vpc-b', subnets: ['b-1'] },
        ],
        routes: [{ destination: '10.1.1.10/32', attachment: 'blackhole' }],
      },
      { id: 'b-host-2', type: 'instance', subnet: 'b-1', privateIp: '10.1.1.20' },
    ]);
    expect(d.trace({ from: 'app', to: 'b-host-2', protocol: 'tcp', port: 443 }).verdict).toBe('blocked'); // b's default group admits only members
    expectBlocker(
      d.trace({ from: 'app-c', to: 'b-host-2', protocol: 'tcp', port: 443 }),
      'TGW_ROUTE_AZ_RESTRICTION',
      'tgw',
      'forward',
    );
    expectBlocker(
      d.trace({ from: 'app', to: '10.9.0.1', protocol: 'tcp', port: 443 }),
      'TGW_RTB_CANNOT_ROUTE',
      'tgw',
      'forward',
    );
    expectBlocker(
      d.trace({ from: 'app', to: 'b-host', protocol: 'tcp', port: 443 }),
      'TGW_RTB_BAD_STATE_ROUTE',
      'tgw',
      'forward',
    );
  });

  it('TGW_ATTACHMENT_NOT_ASSOCIATED: a VPC attachment in no route table; a table without the route', () => {
    const tgwDesign = (tables: Json[]) =>
      design([
        ...replace(base(), 'private', { routeTable: 'rt-tgw' }),
        { id: 'rt-tgw', type: 'route-table', vpc: 'vpc', routes: [{ destination: '10.0.0.0/8', target: 'tgw' }] },
        { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
        { id: 'b-1', type: 'subnet', vpc: 'vpc-b', cidr: '10.1.1.0/24', az: 'a' },
        {
          id: 'rt-b',
          type: 'route-table',
          vpc: 'vpc-b',
          main: true,
          routes: [{ destination: '10.0.0.0/8', target: 'tgw' }],
        },
        { id: 'b-host', type: 'instance', subnet: 'b-1', privateIp: '10.1.1.10', securityGroups: ['sg-b'] },
        {
          id: 'sg-b',
          type: 'security-group',
          vpc: 'vpc-b',
          inbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
          outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
        },
        {
          id: 'tgw',
          type: 'transit-gateway',
          attachments: [
            { vpc: 'vpc', subnets: ['private'] },
            { vpc: 'vpc-b', subnets: ['b-1'] },
          ],
        },
        ...tables,
      ]);
    const table = (id: string, associations: string[], propagations: string[]): Json => ({
      id,
      type: 'transit-gateway-route-table',
      transitGateway: 'tgw',
      associations,
      propagations,
      routes: [],
    });
    const both = tgwDesign([table('rtb-all', ['vpc', 'vpc-b'], ['vpc', 'vpc-b'])]);
    expect(both.trace({ from: 'app', to: 'b-host', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expectBlocker(
      tgwDesign([table('rtb-b', ['vpc-b'], ['vpc', 'vpc-b'])]).trace({
        from: 'app',
        to: 'b-host',
        protocol: 'tcp',
        port: 443,
      }),
      'TGW_ATTACHMENT_NOT_ASSOCIATED',
      'tgw',
      'forward',
    );
    // vpc's table does not learn vpc-b's CIDR: the table itself is the component that blocks.
    expectBlocker(
      tgwDesign([table('rtb-a', ['vpc'], ['vpc']), table('rtb-b', ['vpc-b'], ['vpc', 'vpc-b'])]).trace({
        from: 'app',
        to: 'b-host',
        protocol: 'tcp',
        port: 443,
      }),
      'TGW_RTB_CANNOT_ROUTE',
      'rtb-a',
      'forward',
    );
  });

  const endpoints = (): Json[] => [
    ...replace(base(), 'private', { routeTable: 'rt-private' }),
    { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [] },
    { id: 'vpce-s3', type: 'vpc-endpoint', vpc: 'vpc', kind: 'gateway', service: 's3', routeTables: ['rt-private'] },
    {
      id: 'vpce-api',
      type: 'vpc-endpoint',
      vpc: 'vpc',
      kind: 'interface',
      service: 'execute-api',
      subnets: ['private'],
      securityGroups: ['sg-open'],
    },
  ];

  it('VPCE_GATEWAY_PROTOCOL_RESTRICTION: UDP to S3 through a gateway endpoint', () => {
    const d = design(endpoints());
    expect(d.trace({ from: 'app', to: 's3', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expectBlocker(
      d.trace({ from: 'app', to: 's3', protocol: 'udp', port: 443 }),
      'VPCE_GATEWAY_PROTOCOL_RESTRICTION',
      'vpce-s3',
      'forward',
    );
  });

  it('PROTOCOL_RESTRICTION and VPCE_INTRA_VPC_TRAFFIC: interface endpoints accept TCP only and never initiate', () => {
    const d = design(endpoints());
    expect(d.trace({ from: 'app', to: 'vpce-api', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expectBlocker(
      d.trace({ from: 'app', to: 'vpce-api', protocol: 'udp', port: 443 }),
      'PROTOCOL_RESTRICTION',
      'vpce-api',
      'forward',
    );
    expectBlocker(
      d.trace({ from: 'vpce-api', to: 'app', protocol: 'tcp', port: 443 }),
      'VPCE_INTRA_VPC_TRAFFIC',
      'vpce-api',
      'forward',
    );
  });

  it('DESTINATION_NOT_LISTENING: a Lambda function and a database on the wrong port', () => {
    const d = design([
      ...base(),
      { id: 'private-c', type: 'subnet', vpc: 'vpc', cidr: '10.0.3.0/24', az: 'c' },
      { id: 'fn', type: 'lambda', subnets: ['private'], securityGroups: ['sg-open'] },
      { id: 'db', type: 'database', engine: 'mysql', subnets: ['private', 'private-c'], securityGroups: ['sg-open'] },
    ]);
    expectBlocker(
      d.trace({ from: 'app', to: 'fn', protocol: 'tcp', port: 443 }),
      'DESTINATION_NOT_LISTENING',
      'fn',
      'forward',
    );
    expectBlocker(
      d.trace({ from: 'app', to: 'db', protocol: 'tcp', port: 5432 }),
      'DESTINATION_NOT_LISTENING',
      'db',
      'forward',
    );
    expect(d.trace({ from: 'app', to: 'db', protocol: 'tcp', port: 3306 }).verdict).toBe('allowed');
  });

  it('ELBV2_LISTENERS_MISMATCH and ELBV2_LISTENER_HAS_NO_TG', () => {
    const balancer = (targets: string[]) => ({
      id: 'lb',
      type: 'load-balancer',
      kind: 'application',
      scheme: 'internet-facing',
      subnets: ['public', 'public-c'],
      securityGroups: ['sg-open'],
      listeners: [{ protocol: 'https', port: 443, targetPort: 8080 }],
      targets,
    });
    const extra = { id: 'public-c', type: 'subnet', vpc: 'vpc', cidr: '10.0.4.0/24', az: 'c', routeTable: 'rt-public' };
    const d = design([...base(), extra, balancer(['app'])]);
    expect(d.trace({ from: 'internet', to: 'lb', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expectBlocker(
      d.trace({ from: 'internet', to: 'lb', protocol: 'tcp', port: 80 }),
      'ELBV2_LISTENERS_MISMATCH',
      'lb',
      'forward',
    );
    const empty = design([...base(), extra, balancer([])]);
    expectBlocker(
      empty.trace({ from: 'internet', to: 'lb', protocol: 'tcp', port: 443 }),
      'ELBV2_LISTENER_HAS_NO_TG',
      'lb',
      'forward',
    );
  });

  it('ASYMMETRIC_RETURN_PATH: the reply is routed to a NAT gateway the request never passed', () => {
    const resources = [
      ...base().map((r) =>
        r['id'] === 'rt-public' ? { ...r, routes: [{ destination: '0.0.0.0/0', target: 'nat' }] } : r,
      ),
      { id: 'nat-subnet', type: 'subnet', vpc: 'vpc', cidr: '10.0.9.0/24', az: 'a', routeTable: 'rt-nat' },
      { id: 'rt-nat', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
      { id: 'nat', type: 'nat-gateway', subnet: 'nat-subnet' },
    ];
    expectBlocker(
      design(resources).trace({ from: 'internet', to: 'web', protocol: 'tcp', port: 443 }),
      'ASYMMETRIC_RETURN_PATH',
      'nat',
      'return',
    );
  });

  it('NO_IPV6_ADDRESS: an IPv6 flow from a resource without an IPv6 address', () => {
    expectBlocker(
      design(base()).trace({ from: 'web', to: 'internet', protocol: 'tcp', port: 443, ipVersion: 6 }),
      'NO_IPV6_ADDRESS',
      'web',
      'forward',
    );
  });

  it('ROUTING_LOOP: two NAT instances routing to each other', () => {
    const resources = [
      ...replace(base(), 'private', { routeTable: 'rt-private' }),
      { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'nat-1' }] },
      { id: 'loop', type: 'subnet', vpc: 'vpc', cidr: '10.0.5.0/24', az: 'a', routeTable: 'rt-loop' },
      { id: 'rt-loop', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'nat-1' }] },
      { id: 'nat-1', type: 'instance', subnet: 'loop', sourceDestCheck: false, securityGroups: ['sg-open'] },
    ];
    expectBlocker(
      design(resources).trace({ from: 'app', to: 'internet', protocol: 'tcp', port: 443 }),
      'ROUTING_LOOP',
      'rt-loop',
      'forward',
    );
  });

  it('OUTSIDE_DESIGN: both ends outside every VPC', () => {
    expectBlocker(
      design(base()).trace({ from: 'internet', to: 's3', protocol: 'tcp', port: 443 }),
      'OUTSIDE_DESIGN',
      'the internet',
      'forward',
    );
  });

  it('INVALID_COMPONENT: a route to a NAT gateway whose subnet is gone', () => {
    const resources = [
      ...replace(base(), 'private', { routeTable: 'rt-private' }),
      { id: 'rt-private', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'nat' }] },
      { id: 'nat', type: 'nat-gateway', subnet: 'missing' },
    ];
    expectBlocker(
      design(resources, { valid: false }).trace({ from: 'app', to: 'internet', protocol: 'tcp', port: 443 }),
      'INVALID_COMPONENT',
      'nat',
      'forward',
    );
  });

  it('covers every code the engine can produce', () => {
    expect([...covered].sort()).toEqual([...EXPLANATION_CODES].sort());
  });
});
