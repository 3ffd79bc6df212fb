import { describe, expect, it } from 'vitest';
import { explain, withSampleAddressNote, type Text } from '../../src/engine/explain.ts';
import { pointOf, WHOLE_SPACE } from '../../src/engine/flow-space.ts';
import { EXPLANATION_CODES, type Explanation, type ExplanationCode } from '../../src/engine/index.ts';
import { explanationText, JA_EXPLANATIONS } from './explanations-ja.ts';
import { scenarios, scenarioTraces } from '../../src/i18n/render/test-support/scenario-traces.ts';

const TCP_22 = pointOf(6, 22);
const UDP_53 = pointOf(17, 53);

/** One sentence per code, written by the engine's own functions (every code must be listed). */
const REPRESENTATIVE: Readonly<Record<ExplanationCode, Text>> = {
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

/** Explanations of real traces: every pair of resources of every shared scenario. */
function scenarioExplanations(): Explanation[] {
  const queries = [{ protocol: 'tcp', port: 22 }, { protocol: 'udp', port: 53 }, { protocol: 'all' }] as const;
  return scenarioTraces(queries, ['internet']).flatMap((result) =>
    [result, ...(result.legs ?? [])].flatMap((r) => r.explanations),
  );
}

/** A rendered Japanese sentence: no placeholders, no English sentence left, ends like a sentence. */
function expectJapanese(text: string, english: string) {
  expect(text).not.toMatch(/\$\{|\}|undefined|null|NaN|\[object/);
  expect(text).not.toBe(english);
  expect(text).toMatch(/[\u3040-\u30ff]/);
  // No English phrase of three words or more (ids, addresses and product names are single words).
  expect(text).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+/);
  expect(text).toMatch(/。$/);
}

describe('Japanese explanations', () => {
  it('have a template for every explanation code, rendering without leftovers', () => {
    expect(Object.keys(REPRESENTATIVE).sort()).toEqual([...EXPLANATION_CODES].sort());
    for (const code of EXPLANATION_CODES) {
      const text = REPRESENTATIVE[code];
      expect(JA_EXPLANATIONS[text.params.kind], code).toBeTypeOf('function');
      const explanation: Explanation = { code, component: 'x', path: 'forward', ...text };
      const ja = explanationText(explanation, 'ja');
      expectJapanese(ja.message, text.message);
      expectJapanese(ja.fix, text.fix);
    }
  });

  it('word the sentences a code has besides its representative one', () => {
    const others: [ExplanationCode, Text][] = [
      [
        'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
        explain.privateAddressFromInternet('igw', 'web', '10.0.1.10', '3.80.0.10'),
      ],
      ['NGW_PROTOCOL_RESTRICTION', explain.natProtocol('nat', -1)],
      ['IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS', explain.unheldPrivateAddress('igw', '10.0.0.200', 'vpc')],
    ];
    for (const [code, text] of others) {
      const ja = explanationText({ code, component: 'x', path: 'forward', ...text }, 'ja');
      expectJapanese(ja.message, text.message);
      expectJapanese(ja.fix, text.fix);
    }
  });

  it('word the real explanations of the shared scenarios', () => {
    const explanations = scenarioExplanations();
    const codes = new Set(explanations.map((e) => e.code));
    expect(Object.keys(scenarios).length).toBeGreaterThanOrEqual(10);
    expect(codes.size).toBeGreaterThanOrEqual(12);
    for (const explanation of explanations) {
      expect(explanation.params, explanation.code).toBeDefined();
      const ja = explanationText(explanation, 'ja');
      expectJapanese(ja.message, explanation.message);
      expectJapanese(ja.fix, explanation.fix);
    }
  });

  it('say, in Japanese too, that a fix naming the sample internet address names only a sample', () => {
    const text = withSampleAddressNote(explain.sgDenied('web', ['sg-web'], 'ingress', TCP_22, '203.0.113.10', 4));
    const explanation: Explanation = { code: 'ENI_SG_RULES_MISMATCH', component: 'web', path: 'forward', ...text };
    expect(explanationText(explanation, 'en').fix).toContain('sample address VPC Lab uses for "the internet"');
    const ja = explanationText(explanation, 'ja');
    expect(ja.fix).toContain('203.0.113.10 は VPC Lab が「インターネット」の代わりに使うサンプルアドレス');
    expectJapanese(ja.fix, text.fix);
  });

  it('stay the engine English in English, and without params', () => {
    const text = REPRESENTATIVE.NO_ROUTE_TO_DESTINATION;
    const explanation: Explanation = { code: 'NO_ROUTE_TO_DESTINATION', component: 'rt', path: 'forward', ...text };
    expect(explanationText(explanation, 'en')).toEqual({ message: text.message, fix: text.fix });
    const { params: _params, ...bare } = explanation;
    expect(explanationText(bare, 'ja')).toEqual({ message: text.message, fix: text.fix });
  });
});
