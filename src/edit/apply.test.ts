import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource, type VpcLabDocument } from '../model/index.ts';
import { BASE_DOCUMENT } from '../model/test-support/base-document.ts';
import { loadScenarios, loadWorkedExample } from '../model/test-support/shared.ts';
import { applyEdit } from './apply.ts';
import { rewriteReferences } from './references.ts';
import type { EditCommand } from './types.ts';

const asDocument = (value: unknown): VpcLabDocument => structuredClone(value) as VpcLabDocument;
const worked = (): VpcLabDocument => asDocument(loadWorkedExample());
const base = (): VpcLabDocument => asDocument(BASE_DOCUMENT);
const shared = [
  { file: 'base-document', document: BASE_DOCUMENT },
  { file: 'format.md worked example', document: loadWorkedExample() },
  ...loadScenarios(),
].map(({ file, document }) => ({ file, document: asDocument(document) }));

/** Applies an edit that must succeed and returns the new document. */
function edit(document: VpcLabDocument, command: EditCommand): VpcLabDocument {
  const result = applyEdit(document, command);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

/** Every id any resource of the document refers to. */
function referencedIds(document: VpcLabDocument): Set<string> {
  const ids = new Set<string>();
  for (const resource of document.resources) {
    rewriteReferences(resource, (id) => {
      ids.add(id);
      return id;
    });
  }
  return ids;
}

const find = (document: VpcLabDocument, id: string): Resource | undefined =>
  document.resources.find((r) => r.id === id);

describe('edits keep every shared document valid', () => {
  it.each(shared)(
    '$file: renaming each resource leaves a valid document with no trace of the old id',
    ({ document }) => {
      for (const resource of document.resources) {
        const renamed = edit(document, { type: 'rename-resource', from: resource.id, to: `${resource.id}-new` });
        expect(validateDocument(renamed).errors, `renaming ${resource.id}`).toEqual([]);
        const refs = referencedIds(renamed);
        expect(refs.has(resource.id), `a reference to ${resource.id} survived`).toBe(false);
        expect([...refs].some((id) => id.startsWith(`${resource.id}/`))).toBe(false);
        expect(Object.keys(renamed.layout ?? {})).not.toContain(resource.id);
        expect(renamed.intents?.some((i) => i.from === resource.id || i.to === resource.id) ?? false).toBe(false);
        expect(renamed.resources).toHaveLength(document.resources.length);
      }
    },
  );

  it.each(shared)(
    '$file: deleting each resource leaves a valid document with no dangling reference',
    ({ document }) => {
      for (const resource of document.resources) {
        const after = edit(document, { type: 'delete-resources', ids: [resource.id] });
        expect(validateDocument(after).errors, `deleting ${resource.id}`).toEqual([]);
        const left = new Set(after.resources.map((r) => r.id));
        for (const id of referencedIds(after)) {
          const owner = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : id;
          expect(left.has(owner), `deleting ${resource.id} left a reference to ${id}`).toBe(true);
        }
        for (const id of Object.keys(after.layout ?? {})) expect(left.has(id)).toBe(true);
      }
    },
  );

  it('never mutates the input', () => {
    const document = base();
    const frozen = JSON.stringify(document);
    for (const resource of document.resources) {
      applyEdit(document, { type: 'rename-resource', from: resource.id, to: 'x-new' });
      applyEdit(document, { type: 'delete-resources', ids: [resource.id] });
      applyEdit(document, { type: 'duplicate', ids: [resource.id] });
    }
    expect(JSON.stringify(document)).toBe(frozen);
  });
});

describe('rename-resource', () => {
  it('updates routes, subnets, groups, rules, intents and layout', () => {
    const document = worked();
    document.layout = { igw: { x: 1, y: 2 } };
    const after = edit(document, { type: 'rename-resource', from: 'igw', to: 'igw-main' });
    expect(find(after, 'rt-public')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'igw-main' }] });
    expect(after.layout).toEqual({ 'igw-main': { x: 1, y: 2 } });

    const group = edit(document, { type: 'rename-resource', from: 'sg-web', to: 'sg-front' });
    expect(find(group, 'web-1')).toMatchObject({ securityGroups: ['sg-front'] });
    expect(find(group, 'sg-db')).toMatchObject({ inbound: [{ securityGroup: 'sg-front' }] });

    const instance = edit(document, { type: 'rename-resource', from: 'web-1', to: 'web-a' });
    expect(instance.intents?.map((i) => [i.from, i.to])).toEqual([
      ['internet', 'web-a'],
      ['web-a', 'db'],
      ['internet', 'db'],
    ]);
  });

  it('carries the implicit ids of a renamed VPC along', () => {
    const document = worked();
    const sgDb = find(document, 'sg-db');
    if (sgDb?.type !== 'security-group') throw new Error('no sg-db');
    sgDb.inbound.push({ protocol: 'tcp', ports: '22', securityGroup: 'vpc-main/default' });
    const subnet = find(document, 'private-a');
    if (subnet?.type !== 'subnet') throw new Error('no private-a');
    subnet.networkAcl = 'vpc-main/default-acl';
    const after = edit(document, { type: 'rename-resource', from: 'vpc-main', to: 'vpc-prod' });
    expect(find(after, 'sg-db')).toMatchObject({ inbound: [{}, { securityGroup: 'vpc-prod/default' }] });
    expect(find(after, 'private-a')).toMatchObject({ vpc: 'vpc-prod', networkAcl: 'vpc-prod/default-acl' });
    expect(validateDocument(after).errors).toEqual([]);
  });

  it('refuses a bad or taken id and an unknown resource', () => {
    const document = worked();
    const bad = applyEdit(document, { type: 'rename-resource', from: 'igw', to: 'has space' });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('not a valid id') });
    const slash = applyEdit(document, { type: 'rename-resource', from: 'igw', to: 'vpc-main/main' });
    expect(slash.ok).toBe(false);
    const taken = applyEdit(document, { type: 'rename-resource', from: 'igw', to: 'web-1' });
    expect(taken).toMatchObject({ ok: false, message: expect.stringContaining('already taken') });
    expect(applyEdit(document, { type: 'rename-resource', from: 'nope', to: 'x' }).ok).toBe(false);
  });
});

describe('delete-resources', () => {
  it('deletes a VPC with everything in it and everything whose vpc it is', () => {
    const document = worked();
    const after = edit(document, { type: 'delete-resources', ids: ['vpc-main'] });
    expect(after.resources).toEqual([]);
    expect(after.intents).toEqual([]);
  });

  it('turns routes to a deleted gateway into blackholes', () => {
    const after = edit(worked(), { type: 'delete-resources', ids: ['igw'] });
    expect(find(after, 'rt-public')).toMatchObject({ routes: [{ destination: '0.0.0.0/0', target: 'blackhole' }] });
    expect(after.resources).toHaveLength(worked().resources.length - 1);
  });

  it('deletes a subnet with what is only in it, and keeps a database that has another subnet', () => {
    const after = edit(worked(), { type: 'delete-resources', ids: ['public-a', 'private-a'] });
    expect(find(after, 'web-1')).toBeUndefined();
    expect(find(after, 'db')).toMatchObject({ subnets: ['private-c'] });
    expect(after.intents?.map((i) => i.id)).toEqual(['i3']);
  });

  it('removes rules and list entries naming a deleted group (an emptied list means the default group)', () => {
    const after = edit(worked(), { type: 'delete-resources', ids: ['sg-web'] });
    expect(find(after, 'sg-db')).toMatchObject({ inbound: [] });
    expect(find(after, 'web-1')).not.toHaveProperty('securityGroups');
  });

  it('removes peering connections, group references and intents of a deleted VPC', () => {
    const peering = shared.find((s) => s.file.startsWith('06'))!.document;
    const after = edit(peering, { type: 'delete-resources', ids: ['vpc-b'] });
    expect(after.resources.filter((r) => r.type === 'peering-connection')).toEqual([]);
    expect(after.resources.some((r) => r.id === 'api-b1' || r.id === 'sg-b-api' || r.id === 'b-1')).toBe(false);
    expect(referencedIds(after).has('sg-b-api')).toBe(false);
    expect(after.intents?.some((i) => i.from === 'api-b1' || i.to === 'api-b1')).toBe(false);
  });

  it('detaches a deleted VPC from a transit gateway and blackholes its routes', () => {
    const hub = shared.find((s) => s.file.startsWith('09'))!.document;
    const after = edit(hub, { type: 'delete-resources', ids: ['vpc-b'] });
    const tgw = find(after, 'tgw');
    if (tgw?.type !== 'transit-gateway') throw new Error('no tgw');
    expect(tgw.attachments.map((a) => a.vpc)).toEqual(['vpc-a', 'vpc-c']);
    expect(tgw.routes?.every((r) => r.attachment !== 'vpc-b')).toBe(true);
  });

  it('deletes an on-premises network with its gateway', () => {
    const vpn = shared.find((s) => s.file.startsWith('08'))!.document;
    const after = edit(vpn, { type: 'delete-resources', ids: ['vgw'] });
    expect(find(after, 'office')).toBeUndefined();
  });

  it('removes layout entries and refuses unknown ids', () => {
    const document = { ...worked(), layout: { 'vpc-main': { x: 0, y: 0 }, igw: { x: 5, y: 5 } } };
    expect(edit(document, { type: 'delete-resources', ids: ['igw'] }).layout).toEqual({ 'vpc-main': { x: 0, y: 0 } });
    expect(applyEdit(document, { type: 'delete-resources', ids: ['ghost'] }).ok).toBe(false);
  });
});

describe('reparent', () => {
  it('moves an instance into another subnet of its VPC and drops its fixed address', () => {
    const document = worked();
    const web = find(document, 'web-1');
    if (web?.type !== 'instance') throw new Error('no web-1');
    web.privateIp = '10.0.1.10';
    const after = edit(document, { type: 'reparent', id: 'web-1', subnet: 'private-a' });
    expect(find(after, 'web-1')).toMatchObject({ subnet: 'private-a' });
    expect(find(after, 'web-1')).not.toHaveProperty('privateIp');
  });

  it('moves the first subnet of a database', () => {
    const after = edit(worked(), { type: 'reparent', id: 'db', subnet: 'public-a' });
    expect(find(after, 'db')).toMatchObject({ subnets: ['public-a', 'private-c'] });
  });

  it('refuses a target that is not a subnet, and a move away from the groups VPC', () => {
    const document = worked();
    expect(applyEdit(document, { type: 'reparent', id: 'web-1', subnet: 'igw' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a subnet'),
    });
    const twoVpcs = edit(document, {
      type: 'add-resource',
      resource: { id: 'vpc-2', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] },
    });
    const withSubnet = edit(twoVpcs, {
      type: 'add-resource',
      resource: { id: 'other', type: 'subnet', vpc: 'vpc-2', cidr: '10.9.1.0/24', az: 'a' },
    });
    const refused = applyEdit(withSubnet, { type: 'reparent', id: 'web-1', subnet: 'other' });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining('security group sg-web is in VPC vpc-main'),
    });
    expect(applyEdit(document, { type: 'reparent', id: 'igw', subnet: 'public-a' }).ok).toBe(false);
  });
});

describe('duplicate', () => {
  it('gives fresh ids, drops fixed addresses and offsets the layout', () => {
    const document = worked();
    const web = find(document, 'web-1');
    if (web?.type !== 'instance') throw new Error('no web-1');
    web.privateIp = '10.0.1.10';
    document.layout = { 'web-1': { x: 100, y: 50 } };
    const once = applyEdit(document, { type: 'duplicate', ids: ['web-1'] });
    if (!once.ok) throw new Error(once.message);
    expect(once.selected).toEqual(['web-1-copy']);
    expect(find(once.document, 'web-1-copy')).toMatchObject({ subnet: 'public-a', securityGroups: ['sg-web'] });
    expect(find(once.document, 'web-1-copy')).not.toHaveProperty('privateIp');
    expect(once.document.layout?.['web-1-copy']).toEqual({ x: 140, y: 90 });
    const twice = edit(once.document, { type: 'duplicate', ids: ['web-1'] });
    expect(find(twice, 'web-1-copy-2')).toBeDefined();
  });

  it('gives a copied subnet a free block and keeps copied children inside the copy', () => {
    const after = edit(worked(), { type: 'duplicate', ids: ['public-a', 'web-1'] });
    expect(find(after, 'public-a-copy')).toMatchObject({ cidr: '10.0.0.0/24', routeTable: 'rt-public' });
    expect(find(after, 'web-1-copy')).toMatchObject({ subnet: 'public-a-copy' });
    expect(validateDocument(after).errors).toEqual([]);
  });

  it('refuses a copy that would break the design', () => {
    expect(applyEdit(worked(), { type: 'duplicate', ids: ['igw'] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Cannot duplicate'),
    });
  });
});

describe('structural guard', () => {
  it('refuses an update that would break the schema', () => {
    const result = applyEdit(worked(), { type: 'update-resource', id: 'web-1', patch: { subnet: 42 } });
    expect(result.ok).toBe(false);
  });
});
