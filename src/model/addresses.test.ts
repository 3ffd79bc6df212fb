import { describe, expect, it } from 'vitest';
import { parseAddress, parseIpv4, parseIpv6 } from '../net/index.ts';
import { assignAddresses, DocumentSchema, type VpcLabDocument } from './index.ts';
import { BASE_DOCUMENT, mutate, type Json } from './test-support/base-document.ts';

const ip = (text: string): number => {
  const result = parseIpv4(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const ip6 = (text: string): bigint => {
  const result = parseIpv6(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** A one-VPC document with the given extra resources. */
function doc(resources: Json[], subnetCidr = '10.0.1.0/24'): VpcLabDocument {
  return DocumentSchema.parse({
    format: 'vpclab',
    version: 2,
    name: 't',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'], ipv6CidrBlocks: ['2001:db8:1::/56'] },
      { id: 'a', type: 'subnet', vpc: 'vpc', cidr: subnetCidr, ipv6Cidr: '2001:db8:1:1::/64', az: 'a' },
      { id: 'c', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'c' },
      ...resources,
    ],
  });
}

describe('assignAddresses', () => {
  it('gives the first usable address after the four reserved, in document order', () => {
    const plan = assignAddresses(
      doc([
        { id: 'i1', type: 'instance', subnet: 'a' },
        { id: 'i2', type: 'instance', subnet: 'a' },
        { id: 'n1', type: 'nat-gateway', subnet: 'c' },
      ]),
    );
    expect(plan.byResource.get('i1')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.4') }]);
    expect(plan.byResource.get('i2')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.5') }]);
    expect(plan.byResource.get('n1')).toEqual([{ subnet: 'c', ipv4: ip('10.0.2.4') }]);
    expect(plan.errors).toEqual([]);
  });

  it('takes explicit addresses first, wherever they appear', () => {
    const plan = assignAddresses(
      doc([
        { id: 'auto', type: 'instance', subnet: 'a' },
        { id: 'pinned', type: 'instance', subnet: 'a', privateIp: '10.0.1.4' },
        { id: 'auto2', type: 'instance', subnet: 'a' },
      ]),
    );
    expect(plan.byResource.get('pinned')?.[0]?.ipv4).toBe(ip('10.0.1.4'));
    expect(plan.byResource.get('auto')?.[0]?.ipv4).toBe(ip('10.0.1.5'));
    expect(plan.byResource.get('auto2')?.[0]?.ipv4).toBe(ip('10.0.1.6'));
  });

  it('gives multi-subnet resources one address in each subnet', () => {
    const plan = assignAddresses(
      doc([
        { id: 'db', type: 'database', engine: 'mysql', subnets: ['a', 'c'] },
        {
          id: 'lb',
          type: 'load-balancer',
          kind: 'network',
          scheme: 'internal',
          subnets: ['c', 'a'],
          listeners: [],
          targets: [],
        },
        { id: 'fn', type: 'lambda', subnets: ['c'] },
        { id: 'vpce', type: 'vpc-endpoint', vpc: 'vpc', kind: 'interface', service: 'sqs', subnets: ['a'] },
        { id: 'gw', type: 'vpc-endpoint', vpc: 'vpc', kind: 'gateway', service: 's3', routeTables: [] },
      ]),
    );
    expect(plan.byResource.get('db')).toEqual([
      { subnet: 'a', ipv4: ip('10.0.1.4') },
      { subnet: 'c', ipv4: ip('10.0.2.4') },
    ]);
    expect(plan.byResource.get('lb')).toEqual([
      { subnet: 'c', ipv4: ip('10.0.2.5') },
      { subnet: 'a', ipv4: ip('10.0.1.5') },
    ]);
    expect(plan.byResource.get('fn')).toEqual([{ subnet: 'c', ipv4: ip('10.0.2.6') }]);
    expect(plan.byResource.get('vpce')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.6') }]);
    expect(plan.byResource.has('gw')).toBe(false);
  });

  it('gives IPv6 instances the first free address after the four reserved, in document order', () => {
    const plan = assignAddresses(
      doc([
        { id: 'v4only', type: 'instance', subnet: 'a' },
        { id: 'six1', type: 'instance', subnet: 'a', ipv6: true },
        { id: 'six2', type: 'instance', subnet: 'a', ipv6: true, privateIp: '10.0.1.100' },
      ]),
    );
    expect(plan.byResource.get('v4only')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.4') }]);
    expect(plan.byResource.get('six1')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.5'), ipv6: ip6('2001:db8:1:1::4') }]);
    expect(plan.byResource.get('six2')).toEqual([
      { subnet: 'a', ipv4: ip('10.0.1.100'), ipv6: ip6('2001:db8:1:1::5') },
    ]);
  });

  it('reports an exhausted subnet (a /28 has 11 usable addresses)', () => {
    const instances = Array.from({ length: 12 }, (_, i) => ({ id: `i${i}`, type: 'instance', subnet: 'a' }));
    const plan = assignAddresses(doc(instances, '10.0.1.0/28'));
    expect(plan.byResource.get('i10')).toEqual([{ subnet: 'a', ipv4: ip('10.0.1.14') }]);
    expect(plan.byResource.has('i11')).toBe(false);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({
      code: 'SUBNET_ADDRESSES_EXHAUSTED',
      resource: 'i11',
      path: '$.resources[14].subnet',
    });
    expect(plan.errors[0]?.message).toContain('subnet "a" (10.0.1.0/28) has no free address left');
  });

  it('never hands out reserved or explicit addresses', () => {
    const pinned = ['10.0.1.4', '10.0.1.6', '10.0.1.14'];
    const plan = assignAddresses(
      doc(
        [
          ...pinned.map((privateIp, i) => ({ id: `p${i}`, type: 'instance', subnet: 'a', privateIp })),
          ...Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, type: 'instance', subnet: 'a' })),
        ],
        '10.0.1.0/28',
      ),
    );
    const all = [...plan.byResource.values()].flat().map((a) => a.ipv4);
    expect(new Set(all).size).toBe(11);
    expect(all.every((v) => v >= ip('10.0.1.4') && v <= ip('10.0.1.14'))).toBe(true);
    expect(plan.errors).toEqual([]);
  });

  it('is deterministic', () => {
    const document = DocumentSchema.parse(structuredClone(BASE_DOCUMENT));
    const a = assignAddresses(document);
    const b = assignAddresses(DocumentSchema.parse(structuredClone(BASE_DOCUMENT)));
    expect([...a.byResource.entries()]).toEqual([...b.byResource.entries()]);
    expect(a.byResource.get('web-1')).toEqual([
      { subnet: 'public-a', ipv4: ip('10.0.1.10'), ipv6: ip6('2600:1f14:ab0:ee01::4') },
    ]);
    expect(a.byResource.get('nat-a')).toEqual([{ subnet: 'public-a', ipv4: ip('10.0.1.4') }]);
    expect(a.byResource.get('alb')).toEqual([
      { subnet: 'public-a', ipv4: ip('10.0.1.5') },
      { subnet: 'public-c', ipv4: ip('10.0.2.4') },
    ]);
  });

  it('gives on-premises networks their first CIDR network + 1', () => {
    const plan = assignAddresses(
      DocumentSchema.parse(
        mutate((d) =>
          d.resources.push({
            id: 'v6site',
            type: 'on-premises',
            cidrs: ['2001:db8:ff::/48'],
            via: 'vgw',
            link: 'direct-connect',
          }),
        ),
      ),
    );
    const office = parseAddress('192.168.0.1');
    expect(office.ok && plan.onPremises.get('office')).toEqual(office.ok ? office.value : null);
    expect(plan.onPremises.get('v6site')).toEqual({ version: 6, value: ip6('2001:db8:ff::1') });
  });

  it('skips resources whose subnet does not resolve', () => {
    const plan = assignAddresses(doc([{ id: 'lost', type: 'instance', subnet: 'nowhere' }]));
    expect(plan.byResource.has('lost')).toBe(false);
    expect(plan.errors).toEqual([]);
  });
});
