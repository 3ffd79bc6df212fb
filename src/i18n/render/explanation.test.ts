import { describe, expect, it } from 'vitest';
import { explain, sentenceOf } from '../../engine/explain.ts';
import { pointOf, WHOLE_SPACE } from '../../engine/flow-space.ts';
import {
  EXPLANATION_CODES,
  type Explanation,
  type ExplanationCode,
  type ExplanationKind,
  type ExplanationParams,
} from '../../engine/index.ts';
import { CATALOGUES } from '../catalogues.ts';
import { explanationSentence, explanationText } from './explanation.ts';
import { scenarios, scenarioTraces } from './test-support/scenario-traces.ts';
import { expectFilled, expectJapanese } from './test-support/wording.ts';

const TCP_22 = pointOf(6, 22);
const UDP_53 = pointOf(17, 53);

/** One sentence per code, as the engine's own functions make it (every code must be listed). */
const REPRESENTATIVE: Readonly<Record<ExplanationCode, ExplanationParams>> = {
  ENI_SG_RULES_MISMATCH: explain.sgDenied('web', ['sg-web'], 'ingress', TCP_22, '203.0.113.5', 4),
  NO_ROUTE_TO_DESTINATION: explain.noRoute('rt-private', '198.51.100.1', true),
  BAD_STATE_ROUTE: explain.blackhole('rt-a', '10.1.0.10', '10.1.0.0/16'),
  SUBNET_ACL_RESTRICTION: explain.naclDenied('acl-a', 'egress', UDP_53, '*', '10.0.2.10', true, 4),
  IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: explain.noPublicAddressForEgress('igw', 'app', false),
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: explain.privateDestinationViaIgw('igw', '192.168.1.1', false),
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS: explain.privateDestinationViaIgw('igw', '100.64.0.1', true),
  IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: explain.noPublicAddressForIngress('igw', 'app'),
  NGW_REQUIRES_SOURCE_IN_VPC: explain.natSourceNotInVpc('nat', 'a peering connection'),
  NGW_NO_INBOUND: explain.natNoInbound('nat'),
  NGW_PROTOCOL_RESTRICTION: explain.natProtocol('nat', 107),
  ENI_SOURCE_DEST_CHECK_RESTRICTION: explain.sourceDestCheck('nat-instance', '8.8.8.8'),
  EIGW_NO_INBOUND: explain.eigwNoInbound('eigw', false),
  PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: explain.peeringNotTransitive('pcx', 'the internet', 'vpc-b'),
  PCX_OVERLAPPING_CIDRS: explain.peeringOverlap('pcx'),
  TGW_ROUTE_AZ_RESTRICTION: explain.tgwAz('tgw', 'vpc-a', 'b'),
  TGW_RTB_CANNOT_ROUTE: explain.tgwNoRoute('tgw', '10.9.0.1'),
  TGW_RTB_BAD_STATE_ROUTE: explain.tgwBlackhole('tgw', '10.9.0.1', '10.9.0.0/16'),
  TGW_ATTACHMENT_NOT_ASSOCIATED: explain.tgwNotAssociated('tgw', 'vpc-dev'),
  VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: explain.vgwIngress('vgw', 'the internet'),
  VPCE_GATEWAY_PROTOCOL_RESTRICTION: explain.gatewayEndpointProtocol('vpce-s3', UDP_53),
  PROTOCOL_RESTRICTION: explain.interfaceEndpointProtocol('vpce-sqs', WHOLE_SPACE),
  VPCE_INTRA_VPC_TRAFFIC: explain.endpointNeverInitiates('vpce-sqs'),
  DESTINATION_NOT_LISTENING: explain.notListening('vpc DNS resolver', { what: 'dns' }),
  ELBV2_LISTENERS_MISMATCH: explain.listenerMismatch('alb', TCP_22, 'HTTPS 443'),
  ELBV2_LISTENER_HAS_NO_TG: explain.noTargets('alb'),
  ASYMMETRIC_RETURN_PATH: explain.asymmetric('nat'),
  NO_IPV6_ADDRESS: explain.noIpv6('app'),
  ROUTING_LOOP: explain.routingLoop('rt-a'),
  OUTSIDE_DESIGN: explain.outsideDesign('the internet host 203.0.113.5', 'S3'),
  INVALID_COMPONENT: explain.invalid('tgw'),
};

/** The other sentences some codes have: every kind appears here or above. */
const OTHERS: readonly ExplanationParams[] = [
  explain.privateAddressFromInternet('igw', 'web', '10.0.1.10', '3.80.0.10'),
  explain.unheldPrivateAddress('igw', '10.0.0.200', 'vpc'),
  explain.natProtocol('nat', -1),
  explain.noInternetGateway('vpc-a', 'web'),
  explain.eigwNoInbound('eigw', true),
  explain.vgwOutside('vgw', '10.9.0.1'),
  explain.gatewayEndpointRemote('vpce-s3'),
  explain.notListening('db', { what: 'database', port: 5432 }),
  explain.notListening('fn', { what: 'lambda' }),
  explain.elsewhere('rt-a', 'web', 'the internet'),
  explain.noSuchAddress('10.0.0.99', 'vpc-a'),
  explain.noPublicAddressForEgress('igw', 'app', true),
  explain.noRoute('rt-private', '10.9.0.1', false),
  explain.naclDenied('acl-a', 'ingress', TCP_22, 100, '10.0.2.10', false, 4),
  explain.sgDenied('web', [], 'egress', WHOLE_SPACE, '10.0.2.10', 4),
  explain.listenerMismatch('alb', TCP_22, ''),
  explain.tgwTableNoRoute('tgw', 'rtb-dev', 'vpc-dev', '10.2.0.10'),
  explain.tgwTableBlackhole('tgw', 'rtb-dev', '10.3.0.10', '10.3.0.0/16'),
];

/** Explanations of real traces: every pair of resources of every shared scenario. */
function scenarioExplanations(): Explanation[] {
  const queries = [{ protocol: 'tcp', port: 22 }, { protocol: 'udp', port: 53 }, { protocol: 'all' }] as const;
  return scenarioTraces(queries, ['internet']).flatMap((result) =>
    [result, ...(result.legs ?? [])].flatMap((r) => r.explanations),
  );
}

function expectBothLanguages(explanation: { params: ExplanationParams; sampleAddress?: string }): void {
  const context = JSON.stringify(explanation.params);
  const en = explanationSentence(explanation, 'en');
  expectFilled(en.message, context);
  expectFilled(en.fix, context);
  expect(en.message, context).toMatch(/\.$/);
  const ja = explanationSentence(explanation, 'ja');
  const values = { ...explanation.params, address: explanation.sampleAddress ?? '' };
  expectJapanese(ja.message, values, context);
  expectJapanese(ja.fix, values, context);
  expect(ja.message, context).toMatch(/。$/);
}

describe('explanations', () => {
  it('have English and Japanese words for every kind, and a sentence for every code', () => {
    expect(Object.keys(REPRESENTATIVE).sort()).toEqual([...EXPLANATION_CODES].sort());
    const kinds = new Set<ExplanationKind>([...Object.values(REPRESENTATIVE), ...OTHERS].map((p) => p.kind));
    const transitKinds = Object.keys(CATALOGUES.en.transitTables.explanations);
    expect([...kinds].sort()).toEqual([...Object.keys(CATALOGUES.en.explanations.kind), ...transitKinds].sort());
    for (const params of [...Object.values(REPRESENTATIVE), ...OTHERS]) expectBothLanguages({ params });
  });

  it('word the real explanations of the shared scenarios in both languages', () => {
    const explanations = scenarioExplanations();
    const codes = new Set(explanations.map((e) => e.code));
    expect(Object.keys(scenarios).length).toBeGreaterThanOrEqual(10);
    expect(codes.size).toBeGreaterThanOrEqual(12);
    for (const explanation of explanations) {
      expectBothLanguages(explanation);
      // The engine's English is the English renderer's, so the CLI and the page agree.
      expect(explanationSentence(explanation, 'en')).toEqual({ message: explanation.message, fix: explanation.fix });
    }
  });

  it('keep the engine’s English wording', () => {
    const nacl = explanationText(REPRESENTATIVE.SUBNET_ACL_RESTRICTION, 'en');
    expect(nacl.message).toBe(
      'The network ACL acl-a blocks the reply (UDP port 53, the client’s ephemeral ports) to 10.0.2.10: no outbound rule matches, so the final rule * denies it. Network ACLs are stateless, so replies need rules of their own.',
    );
    expect(explanationText(REPRESENTATIVE.ENI_SG_RULES_MISMATCH, 'en').fix).toBe(
      'Add an inbound rule to sg-web for TCP port 22 with source 203.0.113.5 (or a group it belongs to).',
    );
    expect(explanationText(explain.sgDenied('web', [], 'egress', TCP_22, 'db', 4), 'en').message).toContain(
      'No outbound rule of its security groups on web allows TCP port 22 to db.',
    );
  });

  it('word places that are not resources in Japanese', () => {
    const ja = explanationText(REPRESENTATIVE.OUTSIDE_DESIGN, 'ja').message;
    expect(ja).toContain('インターネット上のホスト 203.0.113.5');
    expect(explanationText(REPRESENTATIVE.DESTINATION_NOT_LISTENING, 'ja').message).toContain('vpc の DNS リゾルバー');
  });

  it('say, in both languages, that a fix naming the sample internet address names only a sample', () => {
    const sentence = sentenceOf(explain.sgDenied('web', ['sg-web'], 'ingress', TCP_22, '203.0.113.10', 4));
    expect(sentence.sampleAddress).toBe('203.0.113.10');
    expect(sentence.fix).toContain('sample address VPC Lab uses for "the internet"');
    const ja = explanationSentence(sentence, 'ja');
    expect(ja.fix).toContain('203.0.113.10 は VPC Lab が「インターネット」の代わりに使うサンプルアドレス');
    expect(sentenceOf(explain.sgDenied('web', ['sg-web'], 'ingress', TCP_22, '203.0.113.100', 4))).not.toHaveProperty(
      'sampleAddress',
    );
  });
});
