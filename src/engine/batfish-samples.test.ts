import { describe, expect, it } from 'vitest';
import { indexDocument, validateDocument, type VpcLabDocument } from '../model/index.ts';
import { analyse, cellBetween, checkIntents, compileDocument, matrixVerdict, traceFlow } from './index.ts';
import { referenceVerdict } from './reference/index.ts';
import { batfishNatGateway, batfishPublicSubnet } from './test-support/batfish-samples.ts';
import type { FlowQuery, TraceResult } from './types.ts';

/**
 * The reachability questions Batfish's AWS end-to-end tests ask of their snapshots, asked of
 * VPC Lab documents that mirror them (test-support/batfish-samples.ts).
 */
function tracer(document: VpcLabDocument): (query: FlowQuery) => TraceResult {
  expect(validateDocument(document).errors).toEqual([]);
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  return (query) => {
    const outcome = traceFlow(compiled, index, query);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.result;
  };
}

const codes = (result: TraceResult) => result.explanations.map((e) => `${e.code}@${e.component}`);

describe('Batfish test-public-subnet: a bare private address is that address', () => {
  const document = batfishPublicSubnet();
  const trace = tracer(document);
  const publicAddress = () => trace({ from: 'internet', to: 'i-06669a', protocol: 'tcp', port: 22 }).flow.destination;

  it('the internet reaches the instance by its id, through its public address', () => {
    const result = trace({ from: 'internet:8.8.8.8', to: 'i-06669a', protocol: 'tcp', port: 22 });
    expect(result.verdict).toBe('allowed');
    expect(result.flow.destination).not.toBe('10.0.0.91');
  });

  it('the internet reaches the instance by its bare public address', () => {
    const result = trace({ from: 'internet:8.8.8.8', to: publicAddress(), protocol: 'tcp', port: 22 });
    expect(result.verdict).toBe('allowed');
  });

  it('the internet cannot reach the bare private address 10.0.0.91, and the address is not rewritten', () => {
    const result = trace({ from: 'internet:8.8.8.8', to: '10.0.0.91', protocol: 'tcp', port: 22 });
    expect(result.verdict).toBe('blocked');
    expect(result.flow.destination).toBe('10.0.0.91');
    expect(result.forward[0]?.header.destination).toBe('10.0.0.91');
    expect(codes(result)).toEqual(['IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS@igw']);
    // The sentence says why: the address asked for is private, not that the instance lacks a public one.
    expect(result.explanations[0]!.message).toContain('10.0.0.91');
    expect(result.explanations[0]!.message).toContain(publicAddress());
  });

  it('a private address of the VPC that no resource holds is refused at its internet gateway too', () => {
    const result = trace({ from: 'internet:8.8.8.8', to: '10.0.0.200', protocol: 'tcp', port: 22 });
    expect(result.verdict).toBe('blocked');
    expect(result.flow.destination).toBe('10.0.0.200');
    expect(codes(result)).toEqual(['IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS@igw']);
    expect(result.explanations[0]!.message).toContain('vpc');
  });

  it('an intent to the bare private address is blocked as well', () => {
    const index = indexDocument(document);
    const [intent] = checkIntents(compileDocument(document, index), index, [
      { id: 'ssh', from: 'internet:8.8.8.8', to: '10.0.0.91', protocol: 'tcp', port: 22, expect: 'blocked' },
    ]);
    expect(intent).toMatchObject({ verdict: 'blocked', pass: true });
  });

  it('the reference agrees: by id allowed, by the bare private address blocked', () => {
    expect(referenceVerdict(document, 'internet:8.8.8.8', 'i-06669a', 'tcp', 22, 4)).toBe('allowed');
    expect(referenceVerdict(document, 'internet:8.8.8.8', '10.0.0.91', 'tcp', 22, 4)).toBe('blocked');
  });

  it('the instance still reaches the internet from its private address', () => {
    expect(trace({ from: 'i-06669a', to: 'internet:8.8.8.8', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
  });
});

describe('Batfish test-nat-gateway: a NAT gateway carries TCP, UDP and ICMP only', () => {
  const document = batfishNatGateway();
  const trace = tracer(document);

  it('TCP, UDP and ICMP from the private subnet reach the internet through the NAT gateway', () => {
    expect(trace({ from: 'private-1', to: 'internet:8.8.8.8', protocol: 'tcp', port: 443 }).verdict).toBe('allowed');
    expect(trace({ from: 'private-1', to: 'internet:8.8.8.8', protocol: 'udp', port: 53 }).verdict).toBe('allowed');
    expect(trace({ from: 'private-1', to: 'internet:8.8.8.8', protocol: 'icmp' }).verdict).toBe('allowed');
  });

  it('protocol 107 is dropped at the NAT gateway', () => {
    const result = trace({ from: 'private-1', to: 'internet:8.8.8.8', protocol: 107 });
    expect(result.verdict).toBe('blocked');
    expect(codes(result)).toEqual(['NGW_PROTOCOL_RESTRICTION@nat']);
    expect(result.forward.find((hop) => hop.component === 'nat')?.action).toBe('drop');
  });

  it('protocol all is partial and lists TCP, UDP and ICMP as passing', () => {
    const result = trace({ from: 'private-1', to: 'internet:8.8.8.8', protocol: 'all' });
    expect(result.verdict).toBe('partial');
    expect(result.passing).toEqual([
      { protocol: 'tcp', ports: 'all' },
      { protocol: 'udp', ports: 'all' },
      { protocol: 'icmp', ports: '' },
    ]);
    expect(codes(result)).toEqual(['NGW_PROTOCOL_RESTRICTION@nat']);
  });

  it('the jump host, straight through the internet gateway, passes every protocol', () => {
    expect(trace({ from: 'jump', to: 'internet:8.8.8.8', protocol: 'all' }).verdict).toBe('allowed');
  });

  it('the all-pairs matrix and the reference agree with the trace', () => {
    const cell = cellBetween(analyse(compileDocument(document), 4), 'private-1', 'internet');
    expect(matrixVerdict(cell, 'other', undefined)).toBe('blocked');
    expect(matrixVerdict(cell, 'icmp', undefined)).toBe('allowed');
    expect(matrixVerdict(cell, 'udp', 123)).toBe('allowed');
    expect(referenceVerdict(document, 'private-1', 'internet', 'other', undefined, 4)).toBe('blocked');
    expect(referenceVerdict(document, 'private-1', 'internet', 'icmp', undefined, 4)).toBe('allowed');
    expect(referenceVerdict(document, 'jump', 'internet', 'other', undefined, 4)).toBe('allowed');
  });
});
