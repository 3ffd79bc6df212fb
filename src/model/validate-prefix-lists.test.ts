import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource, type VpcLabDocument } from './index.ts';

/** The golden case of prefix lists (cases/prefix-lists.json): valid, and the base of every edit here. */
const golden = (): VpcLabDocument =>
  structuredClone(
    (
      JSON.parse(readFileSync(new URL('../../cases/prefix-lists.json', import.meta.url), 'utf8')) as {
        document: unknown;
      }
    ).document,
  ) as VpcLabDocument;

function resource<T extends Resource['type']>(
  doc: VpcLabDocument,
  id: string,
  type: T,
): Extract<Resource, { type: T }> {
  const found = doc.resources.find((r) => r.id === id);
  if (found?.type !== type) throw new Error(`no ${type} ${id}`);
  return found as Extract<Resource, { type: T }>;
}

function issues(doc: VpcLabDocument) {
  const report = validateDocument(doc);
  return { errors: report.errors, warnings: report.findings };
}

describe('prefix lists in validation', () => {
  it('accepts the golden document: lists named by routes and rules of two VPCs, no finding', () => {
    expect(issues(golden())).toEqual({ errors: [], warnings: [] });
  });

  it('refuses an entry of the other family, naming the entry', () => {
    const doc = golden();
    resource(doc, 'office-nets', 'prefix-list').entries.push({ cidr: '2001:db8::/48' });
    const [error] = issues(doc).errors;
    expect(error).toMatchObject({ code: 'PREFIX_LIST_WRONG_FAMILY', resource: 'office-nets' });
    expect(error!.path).toMatch(/entries\[2\]\.cidr$/);
    expect(error!.message).toContain('IPv4');
  });

  it('refuses overlapping entries and invalid CIDRs', () => {
    const doc = golden();
    resource(doc, 'office-nets', 'prefix-list').entries.push(
      { cidr: '192.168.10.128/25' },
      { cidr: '192.168.99.1/24' },
    );
    const codes = issues(doc).errors.map((e) => e.code);
    expect(codes).toEqual(['PREFIX_LIST_ENTRY_OVERLAP', 'CIDR_HOST_BITS']);
    expect(issues(doc).errors[0]!.message).toContain('entries[0]');
  });

  it('refuses more entries than maxEntries', () => {
    const doc = golden();
    resource(doc, 'office-nets', 'prefix-list').maxEntries = 1;
    expect(issues(doc).errors).toMatchObject([{ code: 'PREFIX_LIST_TOO_MANY_ENTRIES', resource: 'office-nets' }]);
  });

  it('refuses a route or rule naming a list that does not exist, or a resource that is no list', () => {
    const doc = golden();
    resource(doc, 'rt-a', 'route-table').routes.push({ destination: 'no-such-list', target: 'pcx' });
    resource(doc, 'sg-app', 'security-group').inbound.push({ protocol: 'tcp', ports: '22', prefixList: 'app-a' });
    const errors = issues(doc).errors;
    expect(errors.map((e) => [e.code, e.resource])).toEqual([
      ['REFERENCE_MISSING', 'rt-a'],
      ['REFERENCE_WRONG_TYPE', 'sg-app'],
    ]);
    expect(errors[0]!.message).toContain('no-such-list');
    expect(errors[1]!.message).toContain('prefix list');
  });

  it('refuses an IPv4 list routed to an egress-only gateway, and the same list twice in a table', () => {
    const doc = golden();
    doc.resources.push({ id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc-a' });
    const table = resource(doc, 'rt-a', 'route-table');
    table.routes.push({ destination: 'office-nets', target: 'eigw' }, { destination: 'peer-nets', target: 'vgw' });
    expect(issues(doc).errors.map((e) => e.code)).toEqual(['ROUTE_IPV4_TO_EGRESS_ONLY', 'ROUTE_DUPLICATE_DESTINATION']);
  });

  it('refuses a list whose id is how rules name an AWS-managed list', () => {
    const doc = golden();
    doc.resources.push({ id: 's3', type: 'prefix-list', addressFamily: 'IPv4', entries: [] });
    expect(issues(doc).errors).toMatchObject([{ code: 'PREFIX_LIST_RESERVED_ID', resource: 's3' }]);
  });

  it('warns when the lists’ maxEntries take a group over AWS’s rule quota', () => {
    const doc = golden();
    resource(doc, 'office-nets', 'prefix-list').maxEntries = 60;
    resource(doc, 'sg-app', 'security-group').inbound.push({ protocol: 'tcp', ports: '22', cidr: '10.0.0.0/16' });
    const { errors, warnings } = issues(doc);
    expect(errors).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'PREFIX_LIST_QUOTA_EXCEEDED', resource: 'sg-app' }]);
    expect(warnings[0]!.message).toContain('count as 61');
  });
});
