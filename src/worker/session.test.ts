import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batfishPublicSubnet } from '../engine/test-support/batfish-samples.ts';
import { SHARED_DIR } from '../model/test-support/shared.ts';
import { AnalysisSession } from './session.ts';

const scenario = (file: string) =>
  (JSON.parse(readFileSync(join(SHARED_DIR, 'scenarios', file), 'utf8')) as { document: unknown }).document;

describe('AnalysisSession (the worker behind the page)', () => {
  it('analyses a document into plain JSON tagged with its revision', () => {
    const session = new AnalysisSession();
    const report = session.analyse(scenario('01-public-private-subnets.json'), 7);
    expect(report.revision).toBe(7);
    expect(report.analysed).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.intents.map((i) => i.pass)).toEqual([true, true, true, true]);
    expect(report.matrix?.endpoints.map((e) => e.id)).toContain('web-1');
    // What crosses the boundary survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('answers traces for the revision it analysed, and refuses stale ones', () => {
    const session = new AnalysisSession();
    session.analyse(scenario('02-nat-gateway.json'), 3);
    const reply = session.trace(3, { from: 'internet', to: 'nat-a', protocol: 'tcp', port: 443 });
    expect(reply.ok && reply.result.explanations[0]?.code).toBe('NGW_NO_INBOUND');
    expect(session.trace(2, { from: 'internet', to: 'nat-a', protocol: 'tcp', port: 443 }).ok).toBe(false);
  });

  it('traces and checks intents to a bare private address as that address (the page asks as the CLI does)', () => {
    const session = new AnalysisSession();
    const intent = {
      id: 'ssh',
      from: 'internet:8.8.8.8',
      to: '10.0.0.91',
      protocol: 'tcp',
      port: 22,
      expect: 'blocked',
    };
    const report = session.analyse({ ...batfishPublicSubnet(), intents: [intent] }, 1);
    expect(report.intents.map((i) => [i.verdict, i.pass])).toEqual([['blocked', true]]);
    const reply = session.trace(1, { from: 'internet:8.8.8.8', to: '10.0.0.91', protocol: 'tcp', port: 22 });
    expect(reply.ok && [reply.result.flow.destination, reply.result.explanations[0]?.code]).toEqual([
      '10.0.0.91',
      'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
    ]);
  });

  it('answers traces for a revision relabelled as analysing like the one it analysed', () => {
    const session = new AnalysisSession();
    session.analyse(scenario('02-nat-gateway.json'), 3);
    expect(session.relabel(2, 4)).toBe(false);
    expect(session.relabel(3, 4)).toBe(true);
    const query = { from: 'internet', to: 'nat-a', protocol: 'tcp', port: 443 } as const;
    expect(session.trace(4, query).ok).toBe(true);
    expect(session.trace(3, query).ok).toBe(false);
  });

  it('checks a lesson goal against the document it is given, whatever revision it analysed last', () => {
    const session = new AnalysisSession();
    session.analyse(scenario('02-nat-gateway.json'), 1);
    const check = session.checkLesson(scenario('01-public-private-subnets.json'), [
      { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' },
      { from: 'internet', to: 'app-1', protocol: 'tcp', port: 443, expect: 'allowed' },
    ]);
    expect(check.results.map((r) => r.pass)).toEqual([true, false]);
    expect(check.results[1]?.blockers[0]?.code).toBe('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS');
    expect(check.passed).toBe(false);
  });

  it('turns a malformed document into messages, not a crash', () => {
    const session = new AnalysisSession();
    const report = session.analyse(
      { format: 'vpclab', version: 2, name: 'x', resources: [{ id: 'v', type: 'vpc' }] },
      1,
    );
    expect(report.analysed).toBe(false);
    expect(report.errors[0]).toMatchObject({ resource: 'v' });
    expect(session.analyse('not a document', 2).errors.length).toBeGreaterThan(0);
  });

  it('still analyses the sound part of a document with semantic errors', () => {
    const document = scenario('01-public-private-subnets.json') as { resources: Record<string, unknown>[] };
    const broken = {
      ...document,
      resources: [...document.resources, { id: 'stray', type: 'subnet', vpc: 'missing', cidr: '10.9.0.0/24', az: 'a' }],
    };
    const report = new AnalysisSession().analyse(broken, 1);
    expect(report.errors.map((e) => e.resource)).toContain('stray');
    expect(report.analysed).toBe(true);
    expect(report.intents.every((i) => i.pass)).toBe(true);
  });

  it('gives each intent the places its forward path went through, and where it was blocked', () => {
    const report = new AnalysisSession().analyse(scenario('05-nacl-return-traffic.json'), 1);
    const blocked = report.intents.find((i) => i.from === 'client-2' && i.to === 'server-1');
    // The NACL that drops the packet is not drawn: the subnet it guards stands for it.
    expect(blocked?.path).toEqual(['client-2', 'good-a', 'good-b', 'server-1']);
    expect(blocked?.blockedAt).toBe('good-b');
    expect(report.intents.find((i) => i.verdict === 'allowed')?.blockedAt).toBeUndefined();
  });
});
