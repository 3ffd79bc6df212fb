import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDocument } from '../../engine/compile/index.ts';
import { traceFlow } from '../../engine/trace.ts';
import type { Hop, TraceResult } from '../../engine/index.ts';
import { indexDocument, validateDocument, type VpcLabDocument } from '../../model/index.ts';
import { explanationSentence } from './explanation.ts';
import { hopInterfacesText, hopText } from './hop-note.ts';
import { expectFilled, expectJapanese } from './test-support/wording.ts';

/**
 * A trace of an instance with several network interfaces names the interface the packet leaves
 * or arrives by (its name, address and subnet, and why that one), in the hop and in the
 * explanation; a single-interface instance's hops read as before. Golden cases of cases/.
 */
function tracer(file: string) {
  const { document } = JSON.parse(readFileSync(new URL(`../../../cases/${file}`, import.meta.url), 'utf8')) as {
    document: unknown;
  };
  const doc = validateDocument(document).document as VpcLabDocument;
  const index = indexDocument(doc);
  const compiled = compileDocument(doc, index);
  return (from: string, to: string, port: number): TraceResult => {
    const outcome = traceFlow(compiled, index, { from, to, protocol: 'tcp', port });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result;
  };
}

const hopsOf = (result: TraceResult, component: string): Hop[] =>
  [...result.forward, ...result.return].filter((hop) => hop.component === component);

describe('a dual-homed instance’s trace (cases/eni-dual-homed.json)', () => {
  const trace = tracer('eni-dual-homed.json');

  it('says app sends from its interface in the destination’s subnet, with its address and subnet', () => {
    const result = trace('app', 'admin-1', 22);
    const [leaving] = result.forward;
    expect(leaving).toMatchObject({ component: 'app', direction: 'egress' });
    expect(leaving!.interfaces).toEqual({
      out: { name: 'eni-1', endpoint: 'app/eni-1', address: '10.0.2.10', subnet: 'mgmt-a', reason: 'connected' },
    });
    expect(hopInterfacesText(leaving!, 'en')).toBe(
      'app sends it from its interface eni-1 (10.0.2.10) in subnet mgmt-a, because the destination is in that subnet',
    );
    expect(hopInterfacesText(leaving!, 'ja')).toBe(
      '宛先がこのサブネットにあるため、app はネットワークインターフェイス eni-1 (10.0.2.10、サブネット mgmt-a) から送信する',
    );
    expect(hopText(leaving!, 'en')).toBe(
      'outbound allowed by sg-mgmt rule 1; app sends it from its interface eni-1 (10.0.2.10) in subnet mgmt-a, because the destination is in that subnet',
    );
  });

  it('names the primary eni-0 when the destination is in the primary’s subnet', () => {
    const [leaving] = trace('app', 'user-1', 22).forward;
    expect(leaving!.interfaces?.out).toMatchObject({ name: 'eni-0', address: '10.0.1.4', subnet: 'front-a' });
    expect(hopInterfacesText(leaving!, 'en')).toContain('its interface eni-0 (10.0.1.4) in subnet front-a');
  });

  it('says why: the primary’s default route elsewhere, or the interface the flow names', () => {
    const tracing = tracer('eni-dual-homed.json');
    const elsewhere = tracing('app', '10.0.9.9', 22).forward[0]!;
    expect(elsewhere.interfaces?.out).toMatchObject({ name: 'eni-0', reason: 'primary' });
    expect(hopInterfacesText(elsewhere, 'en')).toBe(
      'app sends it from its primary interface eni-0 (10.0.1.4) in subnet front-a, because the destination is in none of its interfaces’ subnets (the default route)',
    );
    expect(hopInterfacesText(elsewhere, 'ja')).toContain('プライマリネットワークインターフェイス eni-0');
    const named = tracing('app/eni-1', 'user-1', 22).forward[0]!;
    expect(named.interfaces?.out).toMatchObject({ name: 'eni-1', reason: 'named' });
    expect(hopInterfacesText(named, 'en')).toBe(
      'app sends it from its interface eni-1 (10.0.2.10) in subnet mgmt-a, the interface the flow starts from',
    );
  });

  it('says which interface a packet arrives at, and names it in the blocker', () => {
    const allowed = trace('admin-1', 'app/eni-1', 9000);
    const arriving = hopsOf(allowed, 'app').find((hop) => hop.direction === 'ingress')!;
    expect(arriving.interfaces).toEqual({
      in: { name: 'eni-1', endpoint: 'app/eni-1', address: '10.0.2.10', subnet: 'mgmt-a' },
    });
    expect(hopInterfacesText(arriving, 'en')).toBe('arrives at app’s interface eni-1 (10.0.2.10) in subnet mgmt-a');
    expect(hopInterfacesText(arriving, 'ja')).toBe(
      'app のネットワークインターフェイス eni-1 (10.0.2.10、サブネット mgmt-a) に届く',
    );

    const blocked = trace('admin-1', 'app', 9000);
    const [principal] = blocked.explanations;
    expect(principal).toMatchObject({ code: 'ENI_SG_RULES_MISMATCH', component: 'app' });
    expect(principal!.message).toContain('app’s network interface eni-0 (10.0.1.4 in subnet front-a)');
    const ja = explanationSentence(principal!, 'ja');
    expect(ja.message).toContain('app のネットワークインターフェイス eni-0 (10.0.1.4、サブネット front-a)');
    expect(ja.message).toContain('ネットワークインターフェイス');
  });

  it('names no interface for single-interface instances, in hops or blockers', () => {
    const result = trace('app', 'user-1', 22);
    for (const hop of [...hopsOf(result, 'user-1'), ...hopsOf(result, 'admin-1')]) {
      expect(hop.interfaces).toBeUndefined();
      expect(hopInterfacesText(hop, 'en')).toBeUndefined();
    }
    const [principal] = result.explanations;
    expect(principal).toMatchObject({ code: 'ENI_SG_RULES_MISMATCH', component: 'user-1' });
    expect(principal!.message).not.toMatch(/interface|eni-/);
    expect(explanationSentence(principal!, 'ja').message).not.toContain('ネットワークインターフェイス');
    // Route tables and the other instances' hops carry nothing either.
    const others = [...result.forward, ...result.return].filter((hop) => hop.component !== 'app');
    expect(others.every((hop) => hop.interfaces === undefined)).toBe(true);
  });
});

describe('a firewall appliance’s trace (cases/eni-firewall-appliance.json)', () => {
  const trace = tracer('eni-firewall-appliance.json');

  it('says the appliance takes the packet in by eni-0 and sends it out by eni-1, both ways', () => {
    const result = trace('app-1', 'db-1', 5432);
    const forwarding = hopsOf(result, 'fw').find((hop) => hop.note.kind === 'natTranslatesSource')!;
    expect(forwarding.interfaces).toEqual({
      in: { name: 'eni-0', endpoint: 'fw/eni-0', address: '10.0.1.4', subnet: 'app-a' },
      out: { name: 'eni-1', endpoint: 'fw/eni-1', address: '10.0.2.4', subnet: 'data-a', reason: 'connected' },
    });
    expect(hopInterfacesText(forwarding, 'en')).toBe(
      'fw takes it in by its interface eni-0 (10.0.1.4) in subnet app-a and sends it out by eni-1 (10.0.2.4) in subnet data-a, because the destination is in that subnet',
    );
    expect(hopInterfacesText(forwarding, 'ja')).toBe(
      'fw はネットワークインターフェイス eni-0 (10.0.1.4、サブネット app-a) で受け取り、宛先のサブネットにある eni-1 (10.0.2.4、サブネット data-a) から送り出す',
    );
    // The reply comes back in by eni-1 and leaves by eni-0 towards app-1.
    const back = hopsOf(result, 'fw').find((hop) => hop.note.kind === 'translatesReplyBack')!;
    expect(back.interfaces?.in?.name).toBe('eni-1');
    expect(back.interfaces?.out).toMatchObject({ name: 'eni-0', address: '10.0.1.4', subnet: 'app-a' });
    // Each of the appliance's group hops names its own side.
    const groups = hopsOf(result, 'fw').filter((hop) => hop.direction !== undefined);
    expect(groups.map((hop) => [hop.direction, hop.interfaces?.in?.name ?? hop.interfaces?.out?.name])).toEqual([
      ['ingress', 'eni-0'],
      ['egress', 'eni-1'],
    ]);
    for (const hop of [...hopsOf(result, 'app-1'), ...hopsOf(result, 'db-1')]) expect(hop.interfaces).toBeUndefined();
  });

  it('names the interface whose source/destination check drops the packet', () => {
    const result = trace('web-1', 'db-1', 5432);
    const dropped = hopsOf(result, 'fw-checked').find((hop) => hop.note.kind === 'sourceDestCheck')!;
    expect(dropped.interfaces?.in).toMatchObject({ name: 'eni-0', address: '10.0.3.4', subnet: 'web-a' });
    const [principal] = result.explanations;
    expect(principal).toMatchObject({ code: 'ENI_SOURCE_DEST_CHECK_RESTRICTION', component: 'fw-checked' });
    expect(principal!.message).toContain('fw-checked’s network interface eni-0 (10.0.3.4 in subnet web-a)');
    expect(principal!.fix).toContain('on fw-checked’s network interface eni-0');
    expect(explanationSentence(principal!, 'ja').fix).toContain(
      'fw-checked のネットワークインターフェイス eni-0 (10.0.3.4、サブネット web-a)',
    );
  });
});

describe('a multi-homed instance and the internet', () => {
  // web's primary (public-a) has no public address; its second interface (mgmt-a) has an Elastic IP.
  const document = {
    format: 'vpclab',
    version: 2,
    name: 'Public address on the second interface only',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
      { id: 'rt-public', type: 'route-table', vpc: 'vpc', routes: [{ destination: '0.0.0.0/0', target: 'igw' }] },
      { id: 'public-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
      { id: 'mgmt-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-public' },
      {
        id: 'sg-open',
        type: 'security-group',
        vpc: 'vpc',
        inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'web',
        type: 'instance',
        subnet: 'public-a',
        privateIp: '10.0.1.10',
        securityGroups: ['sg-open'],
        networkInterfaces: [{ subnet: 'mgmt-a', privateIp: '10.0.2.10', elasticIp: true, securityGroups: ['sg-open'] }],
      },
    ],
  };
  const doc = validateDocument(document).document as VpcLabDocument;
  const index = indexDocument(doc);
  const compiled = compileDocument(doc, index);
  const trace = (from: string, to: string): TraceResult => {
    const outcome = traceFlow(compiled, index, { from, to, protocol: 'tcp', port: 443 });
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result;
  };

  it('says the instance sends internet traffic by its primary, which has no public address', () => {
    const result = trace('web', 'internet');
    expect(result.forward[0]!.interfaces?.out).toMatchObject({ name: 'eni-0', reason: 'primary' });
    const [principal] = result.explanations;
    expect(principal?.code).toBe('IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS');
    expect(principal!.message).toContain('web’s network interface eni-0 (10.0.1.10 in subnet public-a) reaches');
    expect(explanationSentence(principal!, 'ja').fix).toContain('web のネットワークインターフェイス eni-0');
  });

  it('names the interface the internet cannot reach, and reaches the one with the Elastic IP', () => {
    const [principal] = trace('internet', 'web').explanations;
    expect(principal?.code).toBe('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS');
    expect(principal!.message).toContain('web’s network interface eni-0 (10.0.1.10 in subnet public-a) has no public');
    const reached = trace('internet', 'web/eni-1');
    expect(reached.verdict).toBe('allowed');
    const arriving = hopsOf(reached, 'web').find((hop) => hop.direction === 'ingress')!;
    expect(hopInterfacesText(arriving, 'en')).toBe('arrives at web’s interface eni-1 (10.0.2.10) in subnet mgmt-a');
  });
});

describe('every golden case of a multi-homed instance', () => {
  it('words each hop’s interfaces and each blocker in both languages, Japanese without English', () => {
    let worded = 0;
    for (const file of ['eni-dual-homed.json', 'eni-firewall-appliance.json']) {
      const { cases } = JSON.parse(readFileSync(new URL(`../../../cases/${file}`, import.meta.url), 'utf8')) as {
        cases: { from: string; to: string; port: number }[];
      };
      const trace = tracer(file);
      for (const c of cases) {
        const result = trace(c.from, c.to, c.port);
        for (const hop of [...result.forward, ...result.return]) {
          if (!hop.interfaces) continue;
          const context = `${file} ${c.from} -> ${c.to}: ${JSON.stringify(hop.interfaces)}`;
          expectFilled(hopInterfacesText(hop, 'en')!, context);
          expectJapanese(hopInterfacesText(hop, 'ja')!, { owner: hop.component, ...hop.interfaces }, context);
          worded++;
        }
        for (const explanation of result.explanations) {
          expectJapanese(explanationSentence(explanation, 'ja').message, explanation.params, explanation.code);
        }
      }
    }
    expect(worded).toBeGreaterThan(10);
  });
});
