import { describe, expect, it } from 'vitest';
import { validateDocument, type VpcLabDocument } from '../../model/index.ts';
import { matrixVerdictOf, type PinnedFlow } from '../test-support/engine-verdict.ts';
import { randomDocument } from '../test-support/random-document.ts';
import { referenceVerdict } from './index.ts';
import { KNOWN_ENGINE_DISCREPANCIES } from './known-discrepancies.ts';

/**
 * Seeds on which the differential test once failed, pinned with the verdicts semantics.md
 * requires. `it.fails` marks an engine bug not yet fixed (the test fails while the engine is
 * wrong); when the engine is fixed, turn it into `it` and drop the seed from
 * known-discrepancies.ts.
 */
interface Regression {
  readonly name: string;
  readonly document: () => VpcLabDocument;
  readonly flows: readonly PinnedFlow[];
  readonly engineBug: boolean;
}

/**
 * Engine bug A (fixed): a flow to an on-premises network whose route sends it to the internet gateway
 * (IPv6, where the on-premises block is global space) ends on the internet, yet the engine
 * counts it as reaching the network. semantics.md: on-premises networks are reached through the
 * VPN gateway or transit gateway that serves their CIDRs; a flow must arrive at its destination.
 */
const onPremisesViaInternet = (to: string, protocol: PinnedFlow['protocol'], port?: number): PinnedFlow => ({
  ipVersion: 6,
  from: 'i-1',
  to,
  protocol,
  ...(port === undefined ? {} : { port }),
  expected: 'blocked',
});

/**
 * Engine bug B (fixed): a NAT instance (source/destination check off) opening its own connection uses
 * its OS's ephemeral ports in the engine; semantics.md: "NAT gateways, NAT instances and load
 * balancers 1024-65535 (they remap ports)", so a reply NACL admitting only 32768-65535 blocks it.
 */
const natInstanceClient = (from: string, to: string, port: number): PinnedFlow => ({
  ipVersion: 4,
  from,
  to,
  protocol: 'tcp',
  port,
  expected: 'blocked',
});

const REGRESSIONS: readonly Regression[] = [
  {
    name: 'seed 108: IPv6 to an on-premises network routed to the internet gateway never reaches it',
    document: () => randomDocument(108),
    flows: [onPremisesViaInternet('datacenter', 'tcp', 22), onPremisesViaInternet('datacenter', 'udp', 22)],
    engineBug: false,
  },
  {
    name: 'seed 238: ICMPv6 to an on-premises network routed to the internet gateway never reaches it',
    document: () => randomDocument(238),
    flows: [onPremisesViaInternet('office', 'icmp')],
    engineBug: false,
  },
  {
    name: 'seed 335: a NAT instance as a client needs the reply NACLs to admit 1024-65535',
    document: () => randomDocument(335),
    flows: [natInstanceClient('i-5', 'i-7', 22), natInstanceClient('i-5', 'i-7', 53)],
    engineBug: false,
  },
  {
    name: 'seed 434: a NAT instance reaching DynamoDB needs the reply NACLs to admit 1024-65535',
    document: () => randomDocument(434),
    flows: [natInstanceClient('i-5', 'dynamodb', 22), natInstanceClient('i-5', 'dynamodb', 23)],
    engineBug: false,
  },
  {
    name: 'minimal: IPv6 to an on-premises network through the internet gateway is blocked',
    document: minimalOnPremisesViaInternet,
    flows: [onPremisesViaInternet('office', 'tcp', 22)],
    engineBug: false,
  },
  {
    name: 'minimal: a NAT instance as a client gets its reply on 1024-65535',
    document: minimalNatInstanceClient,
    flows: [natInstanceClient('nat-i', 'web', 443)],
    engineBug: false,
  },
];

describe('pinned regressions: the reference gives the verdicts semantics.md requires', () => {
  it.each(REGRESSIONS.map((r) => [r.name, r] as const))('%s', (_name, regression) => {
    const document = regression.document();
    expect(validateDocument(document).errors).toEqual([]);
    for (const flow of regression.flows) {
      expect(referenceVerdict(document, flow.from, flow.to, flow.protocol, flow.port, flow.ipVersion)).toBe(
        flow.expected,
      );
    }
  });

  it('every known engine discrepancy seed is pinned here', () => {
    const pinned = REGRESSIONS.flatMap((r) => /^seed (\d+):/.exec(r.name)?.[1] ?? []).map(Number);
    expect([...KNOWN_ENGINE_DISCREPANCIES].sort()).toEqual(
      pinned.filter((s) => KNOWN_ENGINE_DISCREPANCIES.has(s)).sort(),
    );
  });
});

describe('pinned regressions: the engine', () => {
  for (const regression of REGRESSIONS) {
    const test = regression.engineBug ? it.fails : it;
    test(regression.name, () => {
      const document = regression.document();
      for (const flow of regression.flows) {
        expect(
          `${flow.from} -> ${flow.to} ${flow.protocol} ${flow.port ?? ''}: ${matrixVerdictOf(document, flow)}`,
        ).toBe(`${flow.from} -> ${flow.to} ${flow.protocol} ${flow.port ?? ''}: ${flow.expected}`);
      }
    });
  }
});

function minimalOnPremisesViaInternet(): VpcLabDocument {
  return {
    format: 'vpclab',
    version: 2,
    name: 'IPv6 to on-premises through the IGW',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: ['2600:1f18:1000::/56'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
      { id: 'vgw', type: 'vpn-gateway', vpc: 'vpc' },
      { id: 'rt', type: 'route-table', vpc: 'vpc', main: true, routes: [{ destination: '::/0', target: 'igw' }] },
      { id: 'sn', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', ipv6Cidr: '2600:1f18:1000:1::/64', az: 'a' },
      { id: 'i-1', type: 'instance', subnet: 'sn', ipv6: true },
      {
        id: 'office',
        type: 'on-premises',
        cidrs: ['192.168.10.0/24', '2001:db8:10::/48'],
        via: 'vgw',
        link: 'site-to-site-vpn',
      },
    ],
  };
}

function minimalNatInstanceClient(): VpcLabDocument {
  const everything = [{ protocol: 'all' as const, cidr: '0.0.0.0/0' }];
  return {
    format: 'vpclab',
    version: 2,
    name: 'NAT instance as a client',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'public', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a', networkAcl: 'acl-public' },
      { id: 'private', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a' },
      {
        id: 'acl-public',
        type: 'network-acl',
        vpc: 'vpc',
        outbound: [{ rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' }],
        inbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '32768-65535', cidr: '0.0.0.0/0' }],
      },
      { id: 'sg', type: 'security-group', vpc: 'vpc', inbound: everything, outbound: everything },
      { id: 'nat-i', type: 'instance', subnet: 'public', sourceDestCheck: false, securityGroups: ['sg'] },
      { id: 'web', type: 'instance', subnet: 'private', securityGroups: ['sg'] },
    ],
  };
}
