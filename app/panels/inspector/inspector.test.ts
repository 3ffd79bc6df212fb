import { describe, expect, it } from 'vitest';
import {
  indexDocument,
  validateDocument,
  type Resource,
  type RouteTable,
  type VpcLabDocument,
} from '../../../src/model/index.ts';
import { checkCidr, checkId, checkPorts, checkRuleNumber } from './checks.ts';
import { issuesOf } from './form-context.ts';
import { inEvaluationOrder, nextRuleNumber, routeTargetOptions } from './rules/rule-helpers.ts';

const doc = (resources: Resource[]): VpcLabDocument => ({ format: 'vpclab', version: 2, name: 't', resources });

const base: Resource[] = [
  { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
  { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
  { id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc' },
  { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
  { id: 'b', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a', routeTable: 'vpc/main' },
  { id: 'web', type: 'instance', subnet: 'a' },
  { id: 'other', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] },
  { id: 'igw-other', type: 'internet-gateway', vpc: 'other' },
];

describe('checks', () => {
  it('refuses host bits, wrong sizes and blocks outside the VPC', () => {
    const subnet = checkCidr({ version: 4, minPrefix: 16, maxPrefix: 28, within: [] });
    expect(subnet('10.0.1.5/24')).toMatch(/host bits/);
    expect(subnet('10.0.0.0/29')).toMatch(/\/16 to \/28/);
    expect(subnet('10.0.1.0/24')).toBeNull();
    const inside = checkCidr({ within: [{ version: 4, first: 0x0a000000, last: 0x0a00ffff, prefix: 16 }] });
    expect(inside('10.1.0.0/24')).toMatch(/outside/);
  });

  it('checks ids, ports and rule numbers', () => {
    const d = doc(base);
    expect(checkId(d, 'a')('b')).toMatch(/taken/);
    expect(checkId(d, 'a')('x/y')).toMatch(/“\/”/);
    expect(checkId(d, 'a')('a')).toBeNull();
    expect(checkPorts()('80-22')).toMatch(/backwards/);
    expect(checkPorts({ optional: true })('')).toBeNull();
    expect(checkRuleNumber([100])('100')).toMatch(/already/);
    expect(checkRuleNumber([])('40000')).toMatch(/1 to 32766/);
  });
});

describe('rules', () => {
  it('numbers new NACL rules in the steps people use', () => {
    expect(nextRuleNumber([])).toBe(100);
    expect(nextRuleNumber([{ rule: 100 }, { rule: 200 }])).toBe(300);
    expect(nextRuleNumber([{ rule: 90 }, { rule: 100 }])).toBe(110);
  });

  it('orders NACL rules by number and keeps their document position', () => {
    const rules = [
      { rule: 200, action: 'deny', protocol: 'all', cidr: '0.0.0.0/0' },
      { rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' },
    ] as const;
    expect(inEvaluationOrder(rules.map((r) => ({ ...r }))).map((r) => [r.rule.rule, r.index])).toEqual([
      [100, 1],
      [200, 0],
    ]);
  });

  it('offers only targets of the table VPC, the egress-only gateway for IPv6 only', () => {
    const index = indexDocument(doc(base));
    const table = index.get('vpc/main', 'route-table') as RouteTable;
    expect(routeTargetOptions(index, table, '0.0.0.0/0').map((o) => o.value)).toEqual(['igw', 'web', 'blackhole']);
    expect(routeTargetOptions(index, table, '::/0').map((o) => o.value)).toEqual(['igw', 'eigw', 'web', 'blackhole']);
  });

  it("offers the instances and NAT gateways of every subnet of the table's VPC in document order, none of another VPC", () => {
    const index = indexDocument(
      doc([
        ...base,
        { id: 'nat', type: 'nat-gateway', subnet: 'b' },
        { id: 'db-host', type: 'instance', subnet: 'b' },
        { id: 'x', type: 'subnet', vpc: 'other', cidr: '10.9.1.0/24', az: 'a' },
        { id: 'elsewhere', type: 'instance', subnet: 'x' },
        { id: 'app', type: 'instance', subnet: 'a' },
      ]),
    );
    const table = index.get('vpc/main', 'route-table') as RouteTable;
    expect(routeTargetOptions(index, table, '0.0.0.0/0').map((o) => o.value)).toEqual([
      'igw',
      'nat',
      'web',
      'db-host',
      'app',
      'blackhole',
    ]);
  });
});

describe('issuesOf', () => {
  it('puts an overlap reported on a sibling on the field that caused it', () => {
    const d = doc(base.map((r) => (r.id === 'a' ? { ...r, cidr: '10.0.2.0/24' } : r)) as Resource[]);
    const errors = validateDocument(d).errors;
    const a = d.resources.find((r) => r.id === 'a')!;
    expect(issuesOf(d, errors, a).map((i) => i.path)).toContain('.cidr');
  });
});
