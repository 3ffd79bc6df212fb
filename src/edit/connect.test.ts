import { describe, expect, it } from 'vitest';
import {
  indexDocument,
  validateDocument,
  type Resource,
  type SecurityGroup,
  type VpcLabDocument,
} from '../model/index.ts';
import { compileDocument, traceFlow } from '../engine/index.ts';
import { applyEdit } from './apply.ts';
import { planRoute } from './connect-route.ts';
import { planRule } from './connect-rule.ts';
import { attachGroupCommands } from './attach-group.ts';
import type { EditCommand } from './types.ts';

/** Two AZs, four subnets on the implicit main table, an IGW, a NAT gateway, a web instance and a database. */
function twoTier(): VpcLabDocument {
  return {
    format: 'vpclab',
    version: 2,
    name: 'two tier',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'pub-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.0.0/24', az: 'a' },
      { id: 'pub-b', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'b' },
      { id: 'priv-a', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a' },
      { id: 'priv-b', type: 'subnet', vpc: 'vpc', cidr: '10.0.3.0/24', az: 'b' },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc' },
      { id: 'nat', type: 'nat-gateway', subnet: 'pub-a' },
      { id: 'web', type: 'instance', subnet: 'pub-a', publicIp: true },
      { id: 'db', type: 'database', engine: 'postgres', subnets: ['priv-a', 'priv-b'] },
    ],
  } as VpcLabDocument;
}

function edit(document: VpcLabDocument, command: EditCommand): VpcLabDocument {
  const result = applyEdit(document, command);
  if (!result.ok) throw new Error(result.message);
  expect(validateDocument(result.document).errors).toEqual([]);
  return result.document;
}

const find = (document: VpcLabDocument, id: string): Resource => document.resources.find((r) => r.id === id)!;
const route = (subnet: string, target: string, kind: 'own' | 'shared' = 'own'): EditCommand => ({
  type: 'connect-route',
  subnet,
  target,
  table: { kind },
});

function verdict(document: VpcLabDocument, from: string, to: string, port: number): string {
  const index = indexDocument(document);
  const outcome = traceFlow(compileDocument(document, index), index, { from, to, protocol: 'tcp', port });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.result.verdict;
}

describe('drawing a subnet to a gateway adds the route people mean', () => {
  it('asks first when the subnet uses the main table, and its own table copies the routes', () => {
    const plan = planRoute(twoTier(), 'pub-a', 'igw');
    expect(plan.ok && plan.plan.needsChoice).toBe(true);
    expect(plan.ok && plan.plan.sharedWith).toEqual(['pub-b', 'priv-a', 'priv-b']);
    const document = edit(twoTier(), route('pub-a', 'igw'));
    const subnet = find(document, 'pub-a');
    expect(subnet).toMatchObject({ routeTable: 'rt-1' });
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'igw' }] });
    expect(find(document, 'pub-b')).not.toHaveProperty('routeTable');
    expect(verdict(document, 'internet', 'web', 443)).toBe('blocked');
  });

  it('offers a table that already routes there, and using it associates the subnet', () => {
    const first = edit(twoTier(), route('pub-a', 'igw'));
    const plan = planRoute(first, 'pub-b', 'igw');
    expect(plan.ok && plan.plan.reusable).toEqual(['rt-1']);
    const document = edit(first, {
      type: 'connect-route',
      subnet: 'pub-b',
      target: 'igw',
      table: { kind: 'use', table: 'rt-1' },
    });
    expect(find(document, 'pub-b')).toMatchObject({ routeTable: 'rt-1' });
    expect(document.resources.filter((r) => r.type === 'route-table')).toHaveLength(1);
  });

  it('editing the shared main table makes it real and routes every subnet on it', () => {
    const withPublic = edit(twoTier(), route('pub-a', 'igw'));
    const document = edit(withPublic, route('priv-a', 'nat', 'shared'));
    const main = document.resources.find((r) => r.type === 'route-table' && r.main === true);
    expect(main).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'nat' }] });
    expect(find(document, 'priv-b')).not.toHaveProperty('routeTable');
  });

  it('a table of the subnet’s own is edited without asking, replacing the old route for the destination', () => {
    const own = edit(twoTier(), route('priv-a', 'igw'));
    const plan = planRoute(own, 'priv-a', 'nat');
    expect(plan.ok && plan.plan.needsChoice).toBe(false);
    const document = edit(own, route('priv-a', 'nat'));
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'nat' }] });
  });

  it('an egress-only gateway takes ::/0', () => {
    const base = twoTier();
    base.resources.push({ id: 'eigw', type: 'egress-only-internet-gateway', vpc: 'vpc' });
    const document = edit(base, route('priv-a', 'eigw'));
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '::/0', target: 'eigw' }] });
  });

  it('a peering connection (or the peer VPC) takes the peer’s blocks', () => {
    const base = twoTier();
    base.resources.push(
      { id: 'peer', type: 'vpc', cidrBlocks: ['10.1.0.0/16', '10.2.0.0/16'] },
      { id: 'pcx', type: 'peering-connection', requester: 'vpc', accepter: 'peer' },
    );
    for (const target of ['pcx', 'peer']) {
      const document = edit(base, route('priv-a', target));
      expect(find(document, 'rt-1')).toMatchObject({
        routes: [
          { destination: '10.1.0.0/16', target: 'pcx' },
          { destination: '10.2.0.0/16', target: 'pcx' },
        ],
      });
    }
  });

  it('a transit gateway takes the other attached VPCs’ blocks and attaches the VPC when needed', () => {
    const base = twoTier();
    base.resources.push(
      { id: 'other', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] },
      { id: 'other-a', type: 'subnet', vpc: 'other', cidr: '10.9.0.0/24', az: 'a' },
      { id: 'tgw', type: 'transit-gateway', attachments: [{ vpc: 'other', subnets: ['other-a'] }] },
    );
    const document = edit(base, route('priv-a', 'tgw'));
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '10.9.0.0/16', target: 'tgw' }] });
    expect(find(document, 'tgw')).toMatchObject({
      attachments: [
        { vpc: 'other', subnets: ['other-a'] },
        { vpc: 'vpc', subnets: ['priv-a'] },
      ],
    });
  });

  it('a transit gateway with nothing else attached takes 0.0.0.0/0', () => {
    const base = twoTier();
    base.resources.push({ id: 'tgw', type: 'transit-gateway', attachments: [] });
    const document = edit(base, route('priv-a', 'tgw'));
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'tgw' }] });
  });

  it('a VPN gateway takes the on-premises blocks behind it, and is refused without any', () => {
    const base = twoTier();
    base.resources.push({ id: 'vgw', type: 'vpn-gateway', vpc: 'vpc' });
    expect(planRoute(base, 'priv-a', 'vgw')).toEqual({ ok: false, refusal: 'no-on-premises' });
    base.resources.push({
      id: 'office',
      type: 'on-premises',
      cidrs: ['192.168.0.0/24'],
      via: 'vgw',
      link: 'site-to-site-vpn',
    });
    const document = edit(base, route('priv-a', 'vgw'));
    expect(find(document, 'rt-1')).toMatchObject({ routes: [{ destination: '192.168.0.0/24', target: 'vgw' }] });
  });

  it('refuses what means nothing, with the reason', () => {
    expect(planRoute(twoTier(), 'pub-a', 'nat')).toEqual({ ok: false, refusal: 'nat-in-subnet' });
    expect(planRoute(twoTier(), 'pub-a', 'vpc')).toEqual({ ok: false, refusal: 'same-vpc' });
    expect(planRoute(twoTier(), 'pub-a', 'web')).toEqual({ ok: false, refusal: 'not-a-route-target' });
    const base = twoTier();
    base.resources.push({ id: 'peer', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] });
    expect(planRoute(base, 'pub-a', 'peer')).toEqual({ ok: false, refusal: 'no-peering' });
  });
});

describe('drawing one resource to another adds the security group rule', () => {
  it('suggests the target’s port: the engine’s for a database, listeners for a load balancer', () => {
    expect(planRule(twoTier(), 'web', 'db')).toEqual({ ok: true, ports: ['5432'] });
    expect(planRule(twoTier(), 'db', 'web')).toEqual({ ok: true, ports: ['443', '22'] });
    expect(planRule(twoTier(), 'web', 'web')).toEqual({ ok: false, refusal: 'same-resource' });
  });

  it('gives both resources a group of their own and admits the source’s group on the port', () => {
    let document = edit(twoTier(), route('pub-a', 'igw'));
    document = edit(document, route('priv-a', 'nat', 'shared'));
    expect(verdict(document, 'web', 'db', 5432)).toBe('allowed'); // the default group admits its members
    document = edit(document, {
      type: 'connect-rule',
      source: 'web',
      target: 'db',
      rule: { protocol: 'tcp', ports: '5432' },
    });
    expect(find(document, 'web')).toMatchObject({ securityGroups: ['sg-1'] });
    expect(find(document, 'db')).toMatchObject({ securityGroups: ['sg-2'] });
    expect(find(document, 'sg-2')).toMatchObject({
      name: 'db-sg',
      inbound: [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-1' }],
    });
    // The new groups let everything out: no outbound rule is added.
    expect(find(document, 'sg-1')).toMatchObject({ outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }] });
    expect(verdict(document, 'web', 'db', 5432)).toBe('allowed');
    expect(verdict(document, 'web', 'db', 22)).toBe('blocked');
  });

  it('adds an outbound rule when the source’s egress would not let the traffic out', () => {
    const base = twoTier();
    base.resources.push({ id: 'locked', type: 'security-group', vpc: 'vpc', inbound: [], outbound: [] });
    (base.resources.find((r) => r.id === 'web') as { securityGroups?: string[] }).securityGroups = ['locked'];
    const document = edit(base, {
      type: 'connect-rule',
      source: 'web',
      target: 'db',
      rule: { protocol: 'tcp', ports: '5432' },
    });
    expect(find(document, 'locked')).toMatchObject({
      outbound: [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-1' }],
    });
  });

  it('refuses a bad port with a message naming the field', () => {
    const result = applyEdit(twoTier(), {
      type: 'connect-rule',
      source: 'web',
      target: 'db',
      rule: { protocol: 'tcp', ports: 'x' },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Port: /);
  });
});

describe('a new security group with resources selected', () => {
  it('is attached to them: the default group alone is traded, own groups are kept', () => {
    const base = twoTier();
    base.resources.push({ id: 'sg-app', type: 'security-group', vpc: 'vpc', inbound: [], outbound: [] });
    (base.resources.find((r) => r.id === 'db') as { securityGroups?: string[] }).securityGroups = ['sg-app'];
    const group: SecurityGroup = { id: 'sg-new', type: 'security-group', vpc: 'vpc', inbound: [], outbound: [] };
    let document = edit(base, { type: 'add-resource', resource: group });
    for (const command of attachGroupCommands(document, group, ['web', 'db', 'igw', 'sg-new'])) {
      document = edit(document, command);
    }
    expect(find(document, 'web')).toMatchObject({ securityGroups: ['sg-new'] });
    expect(find(document, 'db')).toMatchObject({ securityGroups: ['sg-app', 'sg-new'] });
    expect(find(document, 'igw')).not.toHaveProperty('securityGroups');
  });
});
