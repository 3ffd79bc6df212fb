import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource, type SgRule } from '../model/index.ts';
import { lintDocument } from './index.ts';
import { alb, db, design, nacl, privateA, secondVpc, webGroup } from './test-support/documents.ts';

const codesOf = (resources: Resource[]) => lintDocument(design(...resources)).map((f) => f.code);

describe('SG_ADMIN_PORT_OPEN_TO_WORLD variants', () => {
  const fires = (rule: SgRule) => codesOf([webGroup(rule)]).includes('SG_ADMIN_PORT_OPEN_TO_WORLD');

  it('counts protocol all and port ranges covering 22 or 3389, IPv4 or IPv6', () => {
    expect(fires({ protocol: 'all', cidr: '0.0.0.0/0' })).toBe(true);
    expect(fires({ protocol: 'tcp', ports: '20-30', cidr: '0.0.0.0/0' })).toBe(true);
    expect(fires({ protocol: 'tcp', ports: '3389', cidr: '::/0' })).toBe(true);
    expect(fires({ protocol: 6, ports: '0-65535', cidr: '::/0' })).toBe(true);
  });

  it('ignores other ports, other protocols, narrower sources and outbound rules', () => {
    expect(fires({ protocol: 'tcp', ports: '1000-2000', cidr: '0.0.0.0/0' })).toBe(false);
    expect(fires({ protocol: 'udp', ports: '22', cidr: '0.0.0.0/0' })).toBe(false);
    expect(fires({ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/1' })).toBe(false);
    expect(fires({ protocol: 'tcp', ports: '22', securityGroup: 'sg-web' })).toBe(false);
    const outbound: Resource = {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc-main',
      inbound: [],
      outbound: [{ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' }],
    };
    expect(codesOf([outbound])).toEqual([]);
  });

  it('names both ports when a rule opens both', () => {
    const [finding] = lintDocument(design(webGroup({ protocol: 'all', cidr: '0.0.0.0/0' })));
    expect(finding?.message).toContain('SSH (port 22) and RDP (port 3389)');
  });
});

describe('rule details', () => {
  it('an application load balancer only; a network balancer in one AZ is fine', () => {
    const nlb: Resource = { ...(alb(['public-a']) as Extract<Resource, { type: 'load-balancer' }>), kind: 'network' };
    expect(codesOf([nlb])).toEqual([]);
  });

  it('a private NAT gateway needs no internet route', () => {
    expect(codesOf([{ id: 'nat', type: 'nat-gateway', subnet: 'private-a', connectivity: 'private' }])).toEqual([]);
  });

  it('overlapping peered VPCs are left to validation (PCX_OVERLAPPING_CIDRS)', () => {
    const document = design(...secondVpc('10.0.0.0/16'), {
      id: 'pcx',
      type: 'peering-connection',
      requester: 'vpc-main',
      accepter: 'vpc-b',
    });
    expect(validateDocument(document).errors.map((e) => e.code)).toContain('PCX_OVERLAPPING_CIDRS');
    expect(lintDocument(document)).toEqual([]);
  });

  it('IPv6 blocks overlap too', () => {
    const vpcB: Resource = { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.1.0.0/16'], ipv6CidrBlocks: ['2001:db8::/56'] };
    const vpcMain: Resource = {
      id: 'vpc-main',
      type: 'vpc',
      cidrBlocks: ['10.0.0.0/16'],
      ipv6CidrBlocks: ['2001:db8::/56'],
    };
    const [finding] = lintDocument(design(vpcMain, vpcB));
    expect(finding).toMatchObject({ code: 'VPC_CIDR_OVERLAP_UNPEERED', path: '$.resources[9].ipv6CidrBlocks[0]' });
  });

  it('a group named by another group is used; one naming only itself is not', () => {
    const peer: Resource = {
      id: 'sg-spare',
      type: 'security-group',
      vpc: 'vpc-main',
      inbound: [{ protocol: 'tcp', ports: '22', securityGroup: 'sg-spare' }],
      outbound: [],
    };
    expect(codesOf([peer])).toEqual(['SG_UNUSED']);
    const web = webGroup({ protocol: 'tcp', ports: '22', securityGroup: 'sg-spare' });
    expect(codesOf([peer, web])).toEqual([]);
  });

  it('a NACL that no subnet uses is not reported; one closed both ways says so', () => {
    expect(codesOf([nacl(false, false)])).toEqual([]);
    const [finding] = lintDocument(design(privateA('nacl-private'), nacl(false, false)));
    expect(finding?.message).toContain('no inbound or outbound allow rule');
  });

  it('"public" in the name counts, whatever the case', () => {
    const subnet: Resource = {
      id: 'web-b',
      type: 'subnet',
      vpc: 'vpc-main',
      name: 'PUBLIC web tier',
      cidr: '10.0.3.0/24',
      az: 'b',
    };
    expect(codesOf([subnet])).toEqual(['PUBLIC_SUBNET_WITHOUT_IGW_ROUTE']);
    const ipv6Only: Resource = {
      id: 'rt-public',
      type: 'route-table',
      vpc: 'vpc-main',
      routes: [{ destination: '::/0', target: 'igw' }],
    };
    expect(codesOf([ipv6Only])).toEqual([]);
  });

  it('orders findings by document position, then by rule', () => {
    const findings = lintDocument(
      design(
        { id: 'sg-spare', type: 'security-group', vpc: 'vpc-main', inbound: [], outbound: [] },
        db({ subnets: ['private-a'], publiclyAccessible: true }),
        webGroup({ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' }),
      ),
    );
    expect(findings.map((f) => `${f.resource}:${f.code}`)).toEqual([
      'sg-web:SG_ADMIN_PORT_OPEN_TO_WORLD',
      'sg-spare:SG_UNUSED',
      'db:DB_PUBLICLY_ACCESSIBLE',
      'db:DB_SUBNET_GROUP_SINGLE_AZ',
    ]);
  });

  it('tolerates broken references', () => {
    const broken = design({ id: 'nat', type: 'nat-gateway', subnet: 'nowhere' }, db({ subnets: ['nowhere'] }), {
      id: 'public-b',
      type: 'subnet',
      vpc: 'vpc-main',
      cidr: '10.0.3.0/24',
      az: 'b',
      routeTable: 'missing',
    });
    expect(validateDocument(broken).errors.length).toBeGreaterThan(0);
    expect(lintDocument(broken)).toEqual([]);
  });
});
