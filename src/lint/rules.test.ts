import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource } from '../model/index.ts';
import { lintDocument, LINT_CODES } from './index.ts';
import { alb, db, design, nacl, natInstance, privateA, secondVpc, tgw, webGroup } from './test-support/documents.ts';

/** A minimal design on which the rule must fire, and the fixed design on which it must not. */
interface RuleCase {
  readonly code: string;
  readonly resource: string;
  readonly path: string;
  readonly broken: Resource[];
  readonly fixed: Resource[];
}

const CASES: RuleCase[] = [
  {
    code: 'SG_ADMIN_PORT_OPEN_TO_WORLD',
    resource: 'sg-web',
    path: '$.resources[7].inbound[1]',
    broken: [webGroup({ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' })],
    fixed: [webGroup({ protocol: 'tcp', ports: '22', cidr: '198.51.100.0/24' })],
  },
  {
    code: 'DB_PUBLICLY_ACCESSIBLE',
    resource: 'db',
    path: '$.resources[9].publiclyAccessible',
    broken: [db({ publiclyAccessible: true })],
    fixed: [db({ publiclyAccessible: false })],
  },
  {
    code: 'DB_SUBNET_GROUP_SINGLE_AZ',
    resource: 'db',
    path: '$.resources[9].subnets',
    broken: [db({ subnets: ['private-a'] })],
    fixed: [db({})],
  },
  {
    code: 'ALB_SINGLE_AZ',
    resource: 'alb',
    path: '$.resources[9].subnets',
    broken: [alb(['public-a'])],
    fixed: [alb(['public-a', 'public-c'])],
  },
  {
    code: 'NAT_GATEWAY_IN_PRIVATE_SUBNET',
    resource: 'nat',
    path: '$.resources[9].subnet',
    broken: [{ id: 'nat', type: 'nat-gateway', subnet: 'private-a' }],
    fixed: [{ id: 'nat', type: 'nat-gateway', subnet: 'public-a' }],
  },
  {
    code: 'NAT_INSTANCE_SOURCE_DEST_CHECK',
    resource: 'nat-1',
    path: '$.resources[10]',
    broken: natInstance(undefined),
    fixed: natInstance(false),
  },
  {
    code: 'VPC_CIDR_OVERLAP',
    resource: 'tgw',
    path: '$.resources[11].attachments[1]',
    broken: [...secondVpc('10.0.0.0/16'), tgw],
    fixed: [...secondVpc('10.1.0.0/16'), tgw],
  },
  {
    code: 'VPC_CIDR_OVERLAP_UNPEERED',
    resource: 'vpc-b',
    path: '$.resources[9].cidrBlocks[0]',
    broken: secondVpc('10.0.0.0/16'),
    fixed: secondVpc('10.1.0.0/16'),
  },
  {
    code: 'SG_UNUSED',
    resource: 'sg-spare',
    path: '$.resources[9]',
    broken: [{ id: 'sg-spare', type: 'security-group', vpc: 'vpc-main', inbound: [], outbound: [] }],
    fixed: [
      { id: 'sg-spare', type: 'security-group', vpc: 'vpc-main', inbound: [], outbound: [] },
      { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web', 'sg-spare'] },
    ],
  },
  {
    code: 'NACL_DENIES_ALL',
    resource: 'nacl-private',
    path: '$.resources[9].inbound',
    broken: [privateA('nacl-private'), nacl(false, true)],
    fixed: [privateA('nacl-private'), nacl(true, true)],
  },
  {
    code: 'PUBLIC_SUBNET_WITHOUT_IGW_ROUTE',
    resource: 'public-b',
    path: '$.resources[9]',
    broken: [{ id: 'public-b', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'b' }],
    fixed: [{ id: 'public-b', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'b', routeTable: 'rt-public' }],
  },
];

describe('lint rules', () => {
  it('the base design is valid and clean', () => {
    expect(validateDocument(design()).errors).toEqual([]);
    expect(lintDocument(design())).toEqual([]);
  });

  it('covers every rule', () => {
    expect([...LINT_CODES].sort()).toEqual(CASES.map((c) => c.code).sort());
  });

  describe.each(CASES)('$code', ({ code, resource, path, broken, fixed }) => {
    it('the test designs are valid', () => {
      expect(validateDocument(design(...broken)).errors).toEqual([]);
      expect(validateDocument(design(...fixed)).errors).toEqual([]);
    });

    it('fires on the broken design, once, naming the resource', () => {
      const findings = lintDocument(design(...broken));
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject({ code, resource, path });
      expect(finding?.message).toContain(`"${resource}"`);
      // One sentence: a single full stop, at the end.
      expect(finding?.message.match(/\.(\s|$)/g)).toHaveLength(1);
    });

    it('does not fire on the fixed design', () => {
      expect(lintDocument(design(...fixed))).toEqual([]);
    });
  });
});
