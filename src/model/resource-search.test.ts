import { describe, expect, it } from 'vitest';
import { indexDocument } from './document-index.ts';
import { buildResourceSearch } from './resource-search.ts';
import type { VpcLabDocument } from './schema.ts';

const document = {
  format: 'vpclab',
  version: 2,
  resources: [
    { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', availabilityZone: 'a' },
    { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', availabilityZone: 'a' },
    { id: 'web-1', type: 'instance', name: 'Checkout Server', subnet: 'public-a', privateIp: '10.0.1.10' },
    { id: 'web-10', type: 'instance', subnet: 'public-a' },
    { id: 'db', type: 'instance', subnet: 'private-a' },
  ],
} as unknown as VpcLabDocument;

const search = buildResourceSearch(indexDocument(document));
const ids = (query: string, limit = 50) => search.find(query, limit).matches.map((entry) => entry.resource.id);

describe('resource search', () => {
  it('includes the implicit route tables, ACLs and groups, each id once', () => {
    const all = ids('', 100);
    expect(all).toContain('vpc-main/default-acl');
    expect(new Set(all).size).toBe(all.length);
  });

  it('ranks the id itself, then ids starting so, then other matches', () => {
    expect(ids('web-1')).toEqual(['web-1', 'web-10']);
    expect(ids('WEB')).toEqual(['web-1', 'web-10']);
    expect(ids('main')[0]).toBe('vpc-main');
  });

  it('finds by name, case-insensitively', () => {
    expect(ids('checkout')).toEqual(['web-1']);
    expect(ids('server')).toEqual(['web-1']);
  });

  it('finds by CIDR text', () => {
    expect(ids('10.0.2.0/24')).toEqual(['private-a']);
    expect(ids('10.0.2')[0]).toBe('private-a');
  });

  it('finds an address: its holder first, then the subnet and VPC containing it, narrowest first', () => {
    expect(ids('10.0.1.10')).toEqual(['web-1', 'public-a', 'vpc-main']);
    expect(ids('10.0.2.77')).toEqual(['private-a', 'vpc-main']);
    // An assigned (not written) address is found too.
    const db = search.entries.find((entry) => entry.resource.id === 'db')!;
    expect(db.details).toHaveLength(1);
    expect(ids(db.details[0]!)[0]).toBe('db');
  });

  it('draws at most `limit` matches and counts them all', () => {
    const result = search.find('', 3);
    expect(result.matches).toHaveLength(3);
    expect(result.total).toBe(search.entries.length);
    expect(search.find('nothing like this', 3)).toEqual({ matches: [], total: 0 });
  });
});

describe('resource search: secondary network interfaces', () => {
  const dual = {
    ...document,
    resources: document.resources.map((r) =>
      r.id === 'web-1' ? { ...r, networkInterfaces: [{ subnet: 'private-a', privateIp: '10.0.2.20' }] } : r,
    ),
  } as VpcLabDocument;
  const found = (query: string) =>
    buildResourceSearch(indexDocument(dual))
      .find(query, 50)
      .matches.map((entry) => entry.networkInterface?.endpoint ?? entry.resource.id);

  it('lists each after its instance, found by endpoint and by its own address', () => {
    expect(found('web-1/')).toEqual(['web-1/eni-1']);
    expect(found('eni-1')).toEqual(['web-1/eni-1']);
    expect(found('10.0.2.20')).toEqual(['web-1', 'web-1/eni-1', 'private-a', 'vpc-main']);
    expect(found('10.0.1.10')).not.toContain('web-1/eni-1');
  });
});
