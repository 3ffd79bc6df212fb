import { describe, expect, it } from 'vitest';
import { validateDocument, type ValidationIssue } from './index.ts';
import { BASE_DOCUMENT, mutate, res, type Json } from './test-support/base-document.ts';
import { ANNOTATION_CASES } from './test-support/cases-annotations.ts';
import type { Case } from './test-support/case.ts';
import { NETWORK_CASES } from './test-support/cases-network.ts';
import { RESOURCE_CASES } from './test-support/cases-resources.ts';
import { STRUCTURE_CASES } from './test-support/cases-structure.ts';

/** One rule per row: mutate the valid base document, expect exactly this issue among the results. */
const CASES: readonly Case[] = [...STRUCTURE_CASES, ...NETWORK_CASES, ...RESOURCE_CASES, ...ANNOTATION_CASES];

describe('validateDocument rejects malformed documents', () => {
  it('starts from a valid base document', () => {
    const report = validateDocument(structuredClone(BASE_DOCUMENT));
    expect(report.errors).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('has a case for at least 45 mutations', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CASES)('$name → $code', (c) => {
    const document = mutate(c.change);
    const report = validateDocument(document);
    const severity = c.severity ?? 'error';
    const issues: ValidationIssue[] = severity === 'error' ? report.errors : report.findings;
    const withCode = issues.filter((issue) => issue.code === c.code);
    expect(withCode, JSON.stringify([...report.errors, ...report.findings], null, 1)).not.toEqual([]);
    const path = typeof c.path === 'string' ? c.path : c.path(document);
    const match = withCode.find((issue) => issue.path === path && issue.resource === c.resource);
    expect(match, JSON.stringify(withCode, null, 1)).toBeDefined();
    expect(match?.message).toContain(c.message);
    expect(report.valid).toBe(severity === 'warning' ? report.errors.length === 0 : false);
    for (const issue of [...report.errors, ...report.findings]) {
      expect(issue.message).not.toMatch(/Invalid input|Invalid option|expected .* received/);
      expect(issue.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});

describe('validateDocument keeps the document when only semantics fail', () => {
  it('returns the parsed document with semantic errors', () => {
    const report = validateDocument(mutate((d) => (res(d, 'private-c').cidr = '10.9.0.0/24')));
    expect(report.valid).toBe(false);
    expect(report.document?.name).toBe('Base');
  });

  it('reports a dangling VPC once, without cascading into cross-VPC errors', () => {
    const report = validateDocument(mutate((d) => (res(d, 'private-c').vpc = 'vpc-x')));
    expect(report.errors.map((e) => e.code)).toEqual(['REFERENCE_MISSING']);
    expect(report.findings).toEqual([]);
  });

  it('returns no document when the structure is broken', () => {
    const report = validateDocument(mutate((d) => delete res(d, 'private-c').cidr));
    expect(report.document).toBeNull();
  });

  it('collects every error at once', () => {
    const report = validateDocument(
      mutate((d) => {
        res(d, 'private-c').cidr = '10.9.0.0/24';
        res(d, 'rt-public').routes[0].target = 'igw-x';
        d.intents[0].to = 'nowhere';
      }),
    );
    expect(report.errors.map((e) => e.code)).toEqual(['SUBNET_OUTSIDE_VPC', 'REFERENCE_MISSING', 'ENDPOINT_UNKNOWN']);
  });

  it('collects structural errors of several resources at once', () => {
    const report = validateDocument(
      mutate((d) => {
        delete res(d, 'private-c').cidr;
        res(d, 'web-1').colour = 'red';
      }),
    );
    expect(report.errors.map((e) => e.code).sort()).toEqual(['FIELD_MISSING', 'FIELD_UNKNOWN']);
  });
});

describe('validateDocument accepts what format.md allows', () => {
  const valid = (change: (d: Json) => void) => {
    const report = validateDocument(mutate(change));
    expect(report.errors).toEqual([]);
  };
  it('implicit ids as references', () => {
    valid((d) => {
      res(d, 'sg-db').inbound[0].securityGroup = 'vpc-main/default';
      res(d, 'fn').securityGroups = ['vpc-main/default'];
      res(d, 'private-c').networkAcl = 'vpc-main/default-acl';
      res(d, 'peer-a').routeTable = 'rt-peer';
    });
  });
  it('the implicit main table of a VPC without one', () => {
    valid((d) => {
      delete res(d, 'rt-peer').main;
      res(d, 'peer-a').routeTable = 'vpc-peer/main';
    });
  });
  it('a network load balancer with an empty group list', () => {
    valid((d) => {
      res(d, 'alb').kind = 'network';
      res(d, 'alb').securityGroups = [];
    });
  });
  it('routes less and more specific than the local route, and blackholes', () => {
    valid((d) => {
      res(d, 'rt-public').routes.push(
        { destination: '10.0.0.0/8', target: 'blackhole' },
        { destination: '10.0.200.0/24', target: 'web-1' },
      );
    });
  });
  it('IANA protocol numbers with ports for 6 and 17', () => {
    valid((d) => {
      res(d, 'sg-web').inbound.push(
        { protocol: 6, ports: '22', cidr: '198.51.100.0/24' },
        { protocol: 50, cidr: '0.0.0.0/0' },
      );
      d.intents.push({ id: 'i6', from: 'app-1', to: 'web-1', protocol: 17, port: 53, expect: 'blocked' });
    });
  });
  it('bare IPs, s3, dynamodb and IPv6 internet endpoints', () => {
    valid((d) => {
      d.intents.push(
        { id: 'i6', from: 'app-1', to: '10.0.1.10', protocol: 'tcp', port: 22, expect: 'allowed' },
        {
          id: 'i7',
          from: 'web-1',
          to: 'internet:2600:1f18::10',
          protocol: 'tcp',
          port: 443,
          expect: 'allowed',
          ipVersion: 6,
        },
        { id: 'i8', from: 'app-1', to: 'dynamodb', protocol: 'all', expect: 'blocked' },
        { id: 'i9', from: 'dc', to: 'vpce-api', protocol: 'tcp', port: 443, expect: 'allowed' },
      );
    });
  });
  it('anything under meta, and tags on resources', () => {
    valid((d) => {
      d.meta = { editor: { zoom: 2, nested: [1, { a: null }] } };
      res(d, 'web-1').tags = { team: 'web' };
      res(d, 'web-1').name = 'Web server';
    });
  });
});
