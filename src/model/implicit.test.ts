import { describe, expect, it } from 'vitest';
import {
  DocumentSchema,
  effectiveNetworkAcl,
  effectiveRouteTable,
  effectiveSecurityGroups,
  indexDocument,
  parseImplicitId,
  withImplicitResources,
  type Resource,
} from './index.ts';
import { mutate, res } from './test-support/base-document.ts';

const parse = (change: Parameters<typeof mutate>[0] = () => {}) => DocumentSchema.parse(mutate(change));
const get = (resources: readonly Resource[], id: string) => resources.find((r) => r.id === id);

describe('implicit resources', () => {
  it('adds the implicit main table and default ACL only where a VPC has none, and a default group always', () => {
    const document = withImplicitResources(parse());
    const implicitIds = document.resources.filter((r) => r.id.includes('/')).map((r) => r.id);
    // vpc-main declares rt-main; vpc-peer declares rt-peer; neither declares a default NACL.
    expect(implicitIds).toEqual([
      'vpc-main/default-acl',
      'vpc-main/default',
      'vpc-peer/default-acl',
      'vpc-peer/default',
    ]);
  });

  it('describes the implicit main table, default ACL and default group as AWS creates them', () => {
    const document = withImplicitResources(parse((d) => delete res(d, 'rt-peer').main));
    expect(get(document.resources, 'vpc-peer/main')).toEqual({
      id: 'vpc-peer/main',
      type: 'route-table',
      vpc: 'vpc-peer',
      main: true,
      routes: [],
    });
    const acl = get(document.resources, 'vpc-peer/default-acl');
    const allowAll = [
      { rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' },
      { rule: 101, action: 'allow', protocol: 'all', cidr: '::/0' },
    ];
    expect(acl).toMatchObject({ type: 'network-acl', default: true, inbound: allowAll, outbound: allowAll });
    expect(get(document.resources, 'vpc-peer/default')).toMatchObject({
      type: 'security-group',
      vpc: 'vpc-peer',
      inbound: [{ protocol: 'all', securityGroup: 'vpc-peer/default' }],
      outbound: [
        { protocol: 'all', cidr: '0.0.0.0/0' },
        { protocol: 'all', cidr: '::/0' },
      ],
    });
  });

  it('parses implicit ids', () => {
    expect(parseImplicitId('vpc-main/default-acl')).toEqual({ vpc: 'vpc-main', kind: 'defaultNetworkAcl' });
    expect(parseImplicitId('vpc-main/other')).toBeUndefined();
    expect(parseImplicitId('web-1')).toBeUndefined();
  });
});

describe('effective tables and groups', () => {
  const index = indexDocument(
    parse((d) => {
      delete res(d, 'rt-peer').main;
      d.resources.push({
        id: 'nlb',
        type: 'load-balancer',
        kind: 'network',
        scheme: 'internal',
        subnets: ['private-a'],
        listeners: [],
        targets: [],
      });
    }),
  );
  const subnet = (id: string) => {
    const found = index.get(id, 'subnet');
    if (!found) throw new Error(id);
    return found;
  };

  it('uses the subnet table, else the explicit main table, else the implicit one', () => {
    expect(effectiveRouteTable(index, subnet('public-a'))?.id).toBe('rt-public');
    expect(effectiveRouteTable(index, subnet('private-a'))?.id).toBe('rt-main');
    expect(effectiveRouteTable(index, subnet('peer-a'))?.id).toBe('vpc-peer/main');
  });

  it('uses the subnet ACL, else the default one', () => {
    expect(effectiveNetworkAcl(index, subnet('private-a'))?.id).toBe('nacl-app');
    expect(effectiveNetworkAcl(index, subnet('private-c'))?.id).toBe('vpc-main/default-acl');
  });

  it('uses listed groups, else the VPC default; a network balancer without groups has none', () => {
    const ids = (id: string) => {
      const resource = index.byId.get(id);
      if (!resource) throw new Error(id);
      return effectiveSecurityGroups(index, resource).map((g) => g.id);
    };
    expect(ids('web-1')).toEqual(['sg-web']);
    expect(ids('app-1')).toEqual(['vpc-main/default']);
    expect(ids('fn')).toEqual(['vpc-main/default']);
    expect(ids('nlb')).toEqual([]);
    expect(ids('igw')).toEqual([]);
    expect(ids('vpce-s3')).toEqual([]);
  });
});

describe('a declared security group named "default"', () => {
  // AWS names each VPC's default group "default" and keeps the name for it (see implicit.ts).
  const index = indexDocument(
    parse((d) => {
      res(d, 'sg-peer').name = 'default';
      d.resources.push({
        id: 'sg-main-default',
        type: 'security-group',
        name: 'default',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '22', cidr: '10.0.0.0/16' }],
        outbound: [],
      });
    }),
  );

  it('is its VPC default group, in place of the implicit one', () => {
    expect(index.defaultSecurityGroup('vpc-main')?.id).toBe('sg-main-default');
    expect(index.defaultSecurityGroup('vpc-peer')?.id).toBe('sg-peer');
    expect(index.byId.has('vpc-main/default')).toBe(false);
    expect(index.byId.has('vpc-peer/default')).toBe(false);
  });

  it('is the group of every resource that names none', () => {
    const app = index.byId.get('app-1')!;
    expect(effectiveSecurityGroups(index, app).map((g) => g.id)).toEqual(['sg-main-default']);
  });
});

describe('indexDocument', () => {
  const index = indexDocument(parse());

  it('finds resources by id and type, including implicit ones', () => {
    expect(index.get('web-1', 'instance')?.subnet).toBe('public-a');
    expect(index.get('web-1', 'subnet')).toBeUndefined();
    expect(index.get('vpc-main/default', 'security-group')?.vpc).toBe('vpc-main');
    expect(index.ofType('vpc').map((v) => v.id)).toEqual(['vpc-main', 'vpc-peer']);
    expect(index.position.get('vpc-peer')).toBe(1);
  });

  it('knows the VPC of every resource', () => {
    expect(index.vpcOf('web-1')).toBe('vpc-main');
    expect(index.vpcOf('db')).toBe('vpc-main');
    expect(index.vpcOf('rt-peer')).toBe('vpc-peer');
    expect(index.vpcOf('office')).toBe('vpc-main');
    expect(index.vpcOf('dc')).toBeUndefined();
    expect(index.vpcOf('pcx')).toBeUndefined();
    expect(index.vpcOf('nowhere')).toBeUndefined();
  });

  it('lists subnets of a VPC and resources in a subnet', () => {
    expect(index.subnetsOfVpc('vpc-main').map((s) => s.id)).toEqual(['public-a', 'public-c', 'private-a', 'private-c']);
    expect(index.resourcesInSubnet('private-a').map((r) => r.id)).toEqual(['app-1', 'db', 'fn', 'vpce-api']);
    expect(index.resourcesInSubnet('public-a').map((r) => r.id)).toEqual(['nat-a', 'web-1', 'alb']);
  });

  it('knows main tables, default ACLs and peers', () => {
    expect(index.mainRouteTable('vpc-main')?.id).toBe('rt-main');
    expect(index.defaultNetworkAcl('vpc-main')?.id).toBe('vpc-main/default-acl');
    expect(index.defaultSecurityGroup('vpc-peer')?.id).toBe('vpc-peer/default');
    expect([...index.peeredVpcs('vpc-peer')]).toEqual(['vpc-main']);
    expect(index.peeredVpcs('vpc-x').size).toBe(0);
  });
});
