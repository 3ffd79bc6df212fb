import { describe, expect, it } from 'vitest';
import { lintDocument } from '../lint/index.ts';
import {
  indexDocument,
  validateDocument,
  type Resource,
  type SecurityGroup,
  type VpcLabDocument,
} from '../model/index.ts';
import { applyEdit } from './apply.ts';
import type { EditCommand } from './types.ts';

const design = (resources: Resource[]): VpcLabDocument => ({ format: 'vpclab', version: 2, name: 't', resources });

/** A VPC with no declared main table, default NACL or default group. */
const base: Resource[] = [
  { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
  { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
  { id: 'b', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'b', routeTable: 'vpc/main' },
  { id: 'web', type: 'instance', subnet: 'a' },
  { id: 'app', type: 'instance', subnet: 'b', securityGroups: ['vpc/default'] },
  {
    id: 'sg-app',
    type: 'security-group',
    vpc: 'vpc',
    inbound: [{ protocol: 'tcp', ports: '22', securityGroup: 'vpc/default' }],
    outbound: [],
  },
];

function apply(document: VpcLabDocument, command: EditCommand): VpcLabDocument {
  const result = applyEdit(document, command);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

/** Every id named anywhere in the document's resources and intents. */
const mentions = (document: VpcLabDocument, id: string) => JSON.stringify(document).includes(`"${id}"`);

describe('materialise', () => {
  it('makes the implicit main table real, keeps it main and repoints references', () => {
    const next = apply(design(base), { type: 'materialise', id: 'vpc/main' });
    expect(next.resources.find((r) => r.id === 'vpc-main')).toMatchObject({ type: 'route-table', main: true });
    expect(next.resources.find((r) => r.id === 'b')).toMatchObject({ routeTable: 'vpc-main' });
    expect(mentions(next, 'vpc/main')).toBe(false);
    expect(validateDocument(next).errors).toEqual([]);
  });

  it('makes the default group real under the name "default", so resources without groups (now and later) use it', () => {
    const next = apply(design(base), { type: 'materialise', id: 'vpc/default' });
    const index = indexDocument(next);
    expect(index.byId.has('vpc/default')).toBe(false);
    expect(index.defaultSecurityGroup('vpc')?.id).toBe('vpc-default-sg');
    const group = next.resources.find((r) => r.id === 'vpc-default-sg') as SecurityGroup;
    expect(group).toMatchObject({ name: 'default', vpc: 'vpc' });
    // Its own self-reference, another group's rule and a resource's list all follow.
    expect(group.inbound).toEqual([{ protocol: 'all', securityGroup: 'vpc-default-sg' }]);
    expect(next.resources.find((r) => r.id === 'app')).toMatchObject({ securityGroups: ['vpc-default-sg'] });
    expect(mentions(next, 'vpc/default')).toBe(false);
    expect(validateDocument(next).errors).toEqual([]);
  });

  it('rewrites references inside the edit too: a rule added to the implicit group keeps its self-reference', () => {
    // Nothing names the group: `web` wears it because it names no group, as in AWS.
    const document = design(base.filter((r) => r.id !== 'app' && r.id !== 'sg-app'));
    const implicit = indexDocument(document).byId.get('vpc/default') as SecurityGroup;
    // What "Add inbound rule" writes: the rules as the inspector shows them, plus a new one.
    const inbound = [...implicit.inbound, { protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }];
    const next = apply(document, { type: 'materialise', id: 'vpc/default', patch: { inbound } });
    const group = next.resources.find((r) => r.id === 'vpc-default-sg') as SecurityGroup;
    expect(group.inbound).toEqual([
      { protocol: 'all', securityGroup: 'vpc-default-sg' },
      { protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' },
    ]);
    expect(mentions(next, 'vpc/default')).toBe(false);
    const report = validateDocument(next);
    expect(report.errors).toEqual([]);
    // The real default group is the one resources wear without naming it: not "unused".
    expect(lintDocument(next).filter((f) => f.resource === 'vpc-default-sg')).toEqual([]);
  });

  it('takes the id the person typed, and refuses one that is invalid or taken', () => {
    const next = apply(design(base), { type: 'materialise', id: 'vpc/main', as: 'rt-main' });
    expect(next.resources.find((r) => r.id === 'b')).toMatchObject({ routeTable: 'rt-main' });
    expect(applyEdit(design(base), { type: 'materialise', id: 'vpc/main', as: 'web' }).ok).toBe(false);
    expect(applyEdit(design(base), { type: 'materialise', id: 'vpc/main', as: 'a/b' }).ok).toBe(false);
    expect(applyEdit(design(base), { type: 'materialise', id: 'web' }).ok).toBe(false);
  });

  it('never takes the default group\'s name "default" away, implicit or declared', () => {
    const refused = applyEdit(design(base), { type: 'materialise', id: 'vpc/default', patch: { name: 'shared' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('"default"');
    const declared = apply(design(base), { type: 'materialise', id: 'vpc/default' });
    expect(applyEdit(declared, { type: 'update-resource', id: 'vpc-default-sg', patch: { name: 'shared' } }).ok).toBe(
      false,
    );
    const described = apply(declared, { type: 'update-resource', id: 'vpc-default-sg', patch: { description: 'web' } });
    expect(indexDocument(described).defaultSecurityGroup('vpc')?.id).toBe('vpc-default-sg');
  });
});
