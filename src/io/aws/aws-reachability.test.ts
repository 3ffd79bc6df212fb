import { describe, expect, it } from 'vitest';
import { compileDocument, traceFlow, type FlowQuery } from '../../engine/index.ts';
import { indexDocument } from '../../model/index.ts';
import { importAws } from './index.ts';
import { AWS_SAMPLES_DIR, sampleFiles } from './test-support/samples.ts';

/**
 * The questions Batfish's AWS end-to-end tests ask of these snapshots, asked of the imported
 * documents by AWS id and by IP address: the answer must be AWS's, for AWS's reason.
 */
interface Question {
  readonly ask: string;
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp';
  readonly port: number;
  readonly verdict: 'allowed' | 'blocked';
  /** The first explanation's code and component when blocked; a component the path crosses when allowed. */
  readonly code?: string;
  readonly via?: string;
}

const SAMPLES: Readonly<Record<string, readonly Question[]>> = {
  'test-public-subnet': [
    {
      ask: 'the internet reaches the public instance on SSH',
      from: 'internet',
      to: 'i-06669a407b2ef3ae5',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'igw-0a409e562d251f766',
    },
    {
      ask: 'the internet cannot reach its private address',
      from: 'internet:8.8.8.8',
      to: '10.0.0.91',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS@igw-0a409e562d251f766',
    },
    {
      ask: 'its group refuses port 80',
      from: 'internet',
      to: 'i-06669a407b2ef3ae5',
      protocol: 'tcp',
      port: 80,
      verdict: 'blocked',
      code: 'ENI_SG_RULES_MISMATCH@i-06669a407b2ef3ae5',
    },
    {
      ask: 'the instance reaches the internet',
      from: 'i-06669a407b2ef3ae5',
      to: 'internet:8.8.8.8',
      protocol: 'tcp',
      port: 443,
      verdict: 'allowed',
      via: 'rtb-0489000c9e6c299e8',
    },
  ],
  'test-nat-gateway': [
    {
      ask: 'the private instance reaches the internet through the NAT gateway',
      from: 'i-0a128d26e59be60f3',
      to: 'internet:8.8.8.8',
      protocol: 'tcp',
      port: 443,
      verdict: 'allowed',
      via: 'nat-07ab4846da51f4612',
    },
    {
      ask: 'and by its address, over UDP',
      from: '10.1.1.98',
      to: 'internet:8.8.8.8',
      protocol: 'udp',
      port: 53,
      verdict: 'allowed',
      via: 'nat-07ab4846da51f4612',
    },
    {
      ask: 'the subnet without a default route does not',
      from: 'i-0a73a1a6021c03ddb',
      to: 'internet',
      protocol: 'tcp',
      port: 443,
      verdict: 'blocked',
      code: 'NO_ROUTE_TO_DESTINATION@rtb-0e169c4a1e0b27b55',
    },
    {
      ask: 'the internet cannot open a connection to the private instance',
      from: 'internet:8.8.8.8',
      to: '10.1.1.98',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS@igw-071753b9c23d8a9b2',
    },
    {
      ask: 'the jump host reaches the private instance',
      from: 'i-0b31b509174d7f5de',
      to: 'i-0a128d26e59be60f3',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'acl-0380e24eb934b075e',
    },
  ],
  'test-vpc-peering': [
    {
      ask: 'A reaches B over the A-B peering',
      from: 'i-06ba034d88c84ef07',
      to: 'i-0b14080af811fda3d',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'pcx-0b89b559e3319d6cf',
    },
    {
      ask: 'A reaches C’s address over the A-C peering (same CIDR as B)',
      from: 'i-06ba034d88c84ef07',
      to: '192.168.2.229',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'pcx-0d5b836985ac8ca8c',
    },
    {
      ask: 'A has no route to the rest of the peers’ CIDRs',
      from: 'i-06ba034d88c84ef07',
      to: '192.169.0.10',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'NO_ROUTE_TO_DESTINATION@rtb-0891861fffaea6d52',
    },
    {
      ask: 'B does not reach C through A (peering is not transitive)',
      from: 'i-0b14080af811fda3d',
      to: 'i-04a292ff83b3aa833',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
    },
  ],
  'test-transit-gateway': [
    {
      ask: 'A reaches B through the transit gateway',
      from: 'i-06ba034d88c84ef07',
      to: 'i-0b14080af811fda3d',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'tgw-044be4464fcc69aff',
    },
    {
      ask: 'and by B’s address',
      from: 'i-06ba034d88c84ef07',
      to: '192.168.1.106',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'tgw-044be4464fcc69aff',
    },
    {
      ask: 'a subnet in an AZ without an attachment cannot use it',
      from: 'i-075e846ed41670385',
      to: 'i-0b14080af811fda3d',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'TGW_ROUTE_AZ_RESTRICTION@tgw-044be4464fcc69aff',
    },
    {
      ask: 'nor be reached through it',
      from: 'i-0b14080af811fda3d',
      to: '10.10.20.154',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'TGW_ROUTE_AZ_RESTRICTION@tgw-044be4464fcc69aff',
    },
  ],
  'test-transit-gateway-multi-table': [
    {
      ask: 'A reaches B by the table A’s attachment is associated with (the default table, where B propagates)',
      from: 'i-06ba034d88c84ef07',
      to: 'i-0b14080af811fda3d',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'tgw-rtb-0fa40c8df355dce6e',
    },
  ],
  'test-transit-gateway-peering': [
    {
      ask: 'the 10.20 VPC’s request crosses the peering (table bat2’s static route), but its reply enters bat by the peering, whose table has no route back',
      from: 'i-05e25e43074216229',
      to: 'i-0afb0a59f6bf36397',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'TGW_RTB_CANNOT_ROUTE@tgw-rtb-05d2952671d1f460a',
    },
    {
      ask: 'fish’s one table routes only 10.20.0.0/16 over the peering: 10.10 is unreachable from fish',
      from: 'i-0afb0a59f6bf36397',
      to: 'i-08f3abb6471637c66',
      protocol: 'tcp',
      port: 22,
      verdict: 'blocked',
      code: 'TGW_RTB_CANNOT_ROUTE@tgw-03201f1960ddb0c25',
    },
  ],
  'test-transit-gateway-asymmetric-paths': [
    {
      ask: 'requests go by tgw-bat and replies by tgw-fish, each table learning the other VPC',
      from: 'i-04bbbcaefdd1937f9',
      to: 'i-0973ce90749865a7f',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'tgw-rtb-0ac69a6cb81e20019',
    },
  ],
  'test-vpc-endpoint-gateway': [
    {
      ask: 'the private instance reaches S3 through the gateway endpoint',
      from: 'i-01c6c0647fdccc89e',
      to: 's3',
      protocol: 'tcp',
      port: 443,
      verdict: 'allowed',
      via: 'vpce-0b7357542bb7b83ec',
    },
    {
      ask: 'but not the internet',
      from: 'i-01c6c0647fdccc89e',
      to: 'internet',
      protocol: 'tcp',
      port: 443,
      verdict: 'blocked',
      code: 'NO_ROUTE_TO_DESTINATION@rtb-04f71fc2caa8d94cf',
    },
    {
      ask: 'the internet reaches the public web server',
      from: 'internet',
      to: 'i-0464d440ca0ee9e34',
      protocol: 'tcp',
      port: 22,
      verdict: 'allowed',
      via: 'igw-0c8afe4471084ccba',
    },
  ],
  'test-load-balancer': [
    {
      ask: 'the jump host reaches the internal network balancer’s listener',
      from: 'i-0c8ce8bbdd98cc4e8',
      to: 'test-lb-725b996cb6be8fba',
      protocol: 'tcp',
      port: 80,
      verdict: 'allowed',
      via: 'test-lb-725b996cb6be8fba',
    },
    {
      ask: 'not a port without a listener',
      from: 'i-0c8ce8bbdd98cc4e8',
      to: 'test-lb-725b996cb6be8fba',
      protocol: 'tcp',
      port: 81,
      verdict: 'blocked',
      code: 'ELBV2_LISTENERS_MISMATCH@test-lb-725b996cb6be8fba',
    },
    {
      ask: 'the internet cannot reach the internal balancer',
      from: 'internet',
      to: 'test-lb-725b996cb6be8fba',
      protocol: 'tcp',
      port: 80,
      verdict: 'blocked',
    },
  ],
};

describe.each(Object.entries(SAMPLES))('imported Batfish %s', (folder, questions) => {
  const { document } = importAws(sampleFiles(`${AWS_SAMPLES_DIR}/batfish/${folder}`));
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);

  it.each(questions)('$ask', ({ from, to, protocol, port, verdict, code, via }) => {
    const query: FlowQuery = { from, to, protocol, port };
    const outcome = traceFlow(compiled, index, query);
    if (!outcome.ok) throw new Error(outcome.error);
    const { result } = outcome;
    expect(result.verdict).toBe(verdict);
    const first = result.explanations[0];
    if (code !== undefined) expect(first && `${first.code}@${first.component}`).toBe(code);
    if (via !== undefined) expect(result.forward.map((hop) => hop.component)).toContain(via);
  });
});

describe('the load balancer’s targets come from describe-target-health', () => {
  it('forwards to both registered instances on the target port', () => {
    const { document } = importAws(sampleFiles(`${AWS_SAMPLES_DIR}/batfish/test-load-balancer`));
    const balancer = document.resources.find((r) => r.id === 'test-lb-725b996cb6be8fba');
    expect(balancer?.type === 'load-balancer' && [...balancer.targets].sort()).toEqual([
      'i-055b0db7be365202c',
      'i-0f4af951d61a19245',
    ]);
    expect(balancer?.type === 'load-balancer' && balancer.listeners).toEqual([
      { protocol: 'tcp', port: 80, targetPort: 22 },
    ]);
  });
});
