import { describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { AnalysisSession } from '../../src/worker/session.ts';
import { changedFields, flowLogLine, packetPort, protocolNumber, walkSteps } from './packet-walk.ts';
import type { TraceQuery } from './trace-store.ts';

// Read through Vite, so that this test needs no Node types.
const files = import.meta.glob<{ document: VpcLabDocument }>('../../../shared/scenarios/*.json', { eager: true });
const scenario = (prefix: string) =>
  Object.entries(files).find(([path]) => path.split('/').pop()!.startsWith(prefix))![1].document;

function traceOf(prefix: string, query: TraceQuery) {
  const session = new AnalysisSession();
  session.analyse(scenario(prefix), 1);
  const reply = session.trace(1, query);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

const brief = (steps: ReturnType<typeof walkSteps>) =>
  steps.map(
    (s) => `${s.path}${s.leg === undefined ? '' : s.leg} ${s.index} ${s.hop.component}${s.blocked ? ' ✕' : ''}`,
  );

describe('walkSteps (the packet walk: the hops out, then back)', () => {
  it('walks an allowed flow out to the server and the reply back to the internet', () => {
    const steps = walkSteps(traceOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 }));
    expect(brief(steps)).toEqual([
      'forward 0 igw',
      'forward 1 vpc-main/default-acl',
      'forward 2 web-1',
      'forward 3 web-1',
      'return 0 rt-public',
      'return 1 vpc-main/default-acl',
      'return 2 igw',
    ]);
  });

  it('ends a blocked request at its blocker, with the explanation and fix, and no reply', () => {
    const steps = walkSteps(traceOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 22 }));
    expect(brief(steps)).toEqual(['forward 0 igw', 'forward 1 vpc-main/default-acl', 'forward 2 web-1 ✕']);
    const last = steps.at(-1)!;
    expect(last.explanation?.code).toBe('ENI_SG_RULES_MISMATCH');
    expect(last.explanation?.fix).toContain('sg-web');
    expect(flowLogLine(last)).toMatch(/ REJECT$/);
  });

  it('ends a reply a NACL drops at that NACL, after the whole request', () => {
    const steps = walkSteps(traceOf('05-', { from: 'bad-client', to: 'bad-server', protocol: 'tcp', port: 443 }));
    expect(brief(steps).slice(-3)).toEqual(['forward 5 bad-server', 'return 0 vpc-bad/main', 'return 1 nacl-bad-b ✕']);
    expect(steps.at(-1)!.explanation?.code).toBe('SUBNET_ACL_RESTRICTION');
  });

  it('walks a load balancer’s connection to its target between the request and the reply', () => {
    const steps = walkSteps(traceOf('12-', { from: 'internet', to: 'alb', protocol: 'tcp', port: 443 }));
    const ways = [...new Set(steps.map((s) => `${s.path}${s.leg ?? ''}`))];
    expect(ways).toEqual(['forward', 'forward0', 'return0', 'forward1', 'return1', 'return']);
  });
});

describe('the header at each hop', () => {
  it('shows the internet gateway translating the public destination to the private one, and back', () => {
    const steps = walkSteps(traceOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 }));
    const [igwIn] = steps;
    expect(changedFields(igwIn!)).toEqual(['destination']);
    expect(igwIn!.before.destination).toBe('3.80.0.10');
    expect(igwIn!.hop.header.destination).toBe('10.0.1.10');
    // Nothing else on the way rewrites the header.
    expect(steps.slice(1, -1).flatMap(changedFields)).toEqual([]);
    const igwOut = steps.at(-1)!;
    expect(changedFields(igwOut)).toEqual(['source']);
    expect([igwOut.before.source, igwOut.hop.header.source]).toEqual(['10.0.1.10', '3.80.0.10']);
  });

  it('shows a NAT gateway translating a private source to its public address', () => {
    const steps = walkSteps(traceOf('02-', { from: 'app-a', to: 'internet', protocol: 'tcp', port: 443 }));
    const translated = steps.filter((s) => s.path === 'forward' && changedFields(s).includes('source'));
    expect(translated.length).toBeGreaterThan(0);
    for (const step of translated) expect(step.before.source).not.toBe(step.hop.header.source);
  });
});

describe('flowLogLine (VPC Flow Logs field order)', () => {
  it('writes srcaddr dstaddr srcport dstport protocol-number action', () => {
    const steps = walkSteps(traceOf('01-', { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 }));
    expect(flowLogLine(steps[0]!)).toBe('203.0.113.10 10.0.1.10 32768 443 6 ACCEPT');
    expect(flowLogLine(steps.at(-1)!)).toBe('3.80.0.10 203.0.113.10 443 32768 6 ACCEPT');
  });

  it('numbers protocols as IANA does and gives portless protocols port 0', () => {
    expect(['tcp', 'udp', 'icmp', 'icmpv6', '50', 'all'].map(protocolNumber)).toEqual([
      '6',
      '17',
      '1',
      '58',
      '50',
      '-',
    ]);
    expect(packetPort('8', 'icmp')).toBe('0');
    expect(packetPort('1024-65535', 'udp')).toBe('1024');
  });
});
