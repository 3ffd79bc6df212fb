import { describe, expect, it } from 'vitest';
import { indexDocument, type VpcLabDocument } from '../model/index.ts';
import { compileDocument } from './compile/index.ts';
import { traceFlow } from './trace.ts';
import type { FlowQuery, TraceResult } from './types.ts';

/** A public web server whose group and NACL admit only HTTPS. */
const document = {
  format: 'vpclab',
  version: 2,
  name: 'sample address',
  resources: [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
    {
      id: 'rt',
      type: 'route-table',
      vpc: 'vpc',
      routes: [{ destination: '0.0.0.0/0', target: 'igw' }],
    },
    { id: 'public', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt' },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    { id: 'web', type: 'instance', subnet: 'public', publicIp: true, securityGroups: ['sg-web'] },
  ],
} as unknown as VpcLabDocument;

function trace(query: FlowQuery): TraceResult {
  const outcome = traceFlow(compileDocument(document), indexDocument(document), query);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result;
}

describe('a fix that names the sample internet address', () => {
  it('says the address is the sample that stands for "the internet", not the user\'s own', () => {
    const result = trace({ from: 'internet', to: 'web', protocol: 'tcp', port: 22 });
    const blocker = result.explanations.find((e) => e.code === 'ENI_SG_RULES_MISMATCH');
    expect(blocker?.fix).toContain('203.0.113.10');
    expect(blocker?.fix).toMatch(/203\.0\.113\.10 is the sample address VPC Lab uses for "the internet"/);
    expect(blocker?.sampleAddress).toBe('203.0.113.10');
  });

  it('says nothing of the kind for an address the user named', () => {
    const result = trace({ from: 'internet:198.51.100.7', to: 'web', protocol: 'tcp', port: 22 });
    const blocker = result.explanations.find((e) => e.code === 'ENI_SG_RULES_MISMATCH');
    expect(blocker?.fix).toContain('198.51.100.7');
    expect(blocker?.fix).not.toContain('sample');
    expect(blocker?.sampleAddress).toBeUndefined();
  });
});
