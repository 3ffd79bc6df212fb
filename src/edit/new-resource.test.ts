import { describe, expect, it } from 'vitest';
import { RESOURCE_TYPES, validateDocument, type ResourceType, type VpcLabDocument } from '../model/index.ts';
import { loadScenarios } from '../model/test-support/shared.ts';
import { applyEdit } from './apply.ts';
import { newResource, type NewResourceResult } from './new-resource.ts';
import type { NewResourceRequest } from './types.ts';

const empty = (): VpcLabDocument => ({ format: 'vpclab', version: 2, name: 'Test', resources: [] });

/** Adds what `newResource` builds as the editor does (an add-resource edit), failing the test when it refuses. */
function add(document: VpcLabDocument, request: NewResourceRequest): VpcLabDocument {
  const result = newResource(document, request);
  if (result.error !== undefined) throw new Error(result.error);
  return addBuilt(document, result);
}

function addBuilt(document: VpcLabDocument, result: Exclude<NewResourceResult, { error: string }>): VpcLabDocument {
  const edit = applyEdit(document, {
    type: 'add-resource',
    resource: result.resource,
    ...(result.layout ? { layout: result.layout } : {}),
  });
  if (!edit.ok) throw new Error(edit.message);
  return edit.document;
}

const errorsOf = (document: VpcLabDocument) => validateDocument(document).errors.map((e) => e.message);
const resourceOf = (result: NewResourceResult) => {
  if (result.error !== undefined) throw new Error(result.error);
  return result.resource;
};

/** A small design with every container: two VPCs, public and private subnets in two AZs, a VPN gateway. */
function twoTier(): VpcLabDocument {
  let doc = add(empty(), { type: 'vpc' });
  doc = add(doc, { type: 'subnet', container: 'vpc-1' });
  doc = add(doc, { type: 'subnet', container: 'vpc-1' });
  doc = add(doc, { type: 'internet-gateway', container: 'vpc-1' });
  doc = add(doc, { type: 'vpn-gateway', container: 'vpc-1' });
  doc = add(doc, { type: 'vpc' });
  return doc;
}

describe('newResource', () => {
  it('gives readable ids per type, skipping taken ones', () => {
    let doc = add(empty(), { type: 'vpc' });
    expect(doc.resources.map((r) => r.id)).toEqual(['vpc-1']);
    doc = add(doc, { type: 'vpc' });
    doc = add(doc, { type: 'subnet', container: 'vpc-2' });
    expect(doc.resources.map((r) => r.id)).toEqual(['vpc-1', 'vpc-2', 'subnet-1']);
    expect(resourceOf(newResource(doc, { type: 'instance' })).id).toBe('web-1');
  });

  it('gives a new VPC a free 10.x.0.0/16', () => {
    const doc = add(add(empty(), { type: 'vpc' }), { type: 'vpc' });
    expect(doc.resources).toMatchObject([{ cidrBlocks: ['10.0.0.0/16'] }, { cidrBlocks: ['10.1.0.0/16'] }]);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('puts a subnet in the selected VPC with the next free /24, alternating two AZs (a, b, a, b)', () => {
    let doc = add(add(empty(), { type: 'vpc' }), { type: 'vpc' });
    for (let i = 0; i < 4; i++) doc = add(doc, { type: 'subnet', container: 'vpc-2' });
    expect(doc.resources.slice(2)).toMatchObject([
      { vpc: 'vpc-2', cidr: '10.1.0.0/24', az: 'a' },
      { vpc: 'vpc-2', cidr: '10.1.1.0/24', az: 'b' },
      { vpc: 'vpc-2', cidr: '10.1.2.0/24', az: 'a' },
      { vpc: 'vpc-2', cidr: '10.1.3.0/24', az: 'b' },
    ]);
    expect(errorsOf(doc)).toEqual([]);
  });

  it("follows the VPC's AZ style, else the document's", () => {
    let doc = add(add(empty(), { type: 'vpc' }), { type: 'vpc' });
    doc = {
      ...doc,
      resources: [
        ...doc.resources,
        { id: 'tokyo-a', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.0.0/24', az: 'ap-northeast-1a' },
        { id: 'plain-a', type: 'subnet', vpc: 'vpc-2', cidr: '10.1.0.0/24', az: 'a' },
      ],
    };
    expect(resourceOf(newResource(doc, { type: 'subnet', container: 'vpc-2' }))).toMatchObject({ az: 'b' });
    expect(resourceOf(newResource(doc, { type: 'subnet', container: 'vpc-1' }))).toMatchObject({
      az: 'ap-northeast-1b',
    });
  });

  it("follows the document's AZ style", () => {
    const doc = add(empty(), { type: 'vpc' });
    const withRegion: VpcLabDocument = {
      ...doc,
      resources: [
        ...doc.resources,
        { id: 'tokyo-a', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.0.0/24', az: 'ap-northeast-1a' },
      ],
    };
    expect(resourceOf(newResource(withRegion, { type: 'subnet' }))).toMatchObject({
      cidr: '10.0.1.0/24',
      az: 'ap-northeast-1b',
    });
  });

  it('places a subnet inside its VPC box without overlapping siblings', () => {
    let doc = add(empty(), { type: 'vpc' });
    doc = add(doc, { type: 'subnet' });
    doc = add(doc, { type: 'subnet' });
    expect(doc.layout).toMatchObject({
      'vpc-1': { x: 0, y: 0, width: 800, height: 370 },
      'subnet-1': { x: 40, y: 80, width: 340, height: 190 },
      'subnet-2': { x: 420, y: 80, width: 340, height: 190 },
    });
  });

  it('refuses with a message when there is no place', () => {
    expect(newResource(empty(), { type: 'subnet' }).error).toMatch(/Add a VPC first/);
    expect(newResource(add(empty(), { type: 'vpc' }), { type: 'instance' }).error).toMatch(/Add a subnet first/);
    expect(newResource(add(empty(), { type: 'vpc' }), { type: 'peering-connection' }).error).toMatch(/second VPC/);
    expect(newResource(add(empty(), { type: 'vpc' }), { type: 'on-premises' }).error).toMatch(/VPN gateway/);
    const withIgw = add(add(empty(), { type: 'vpc' }), { type: 'internet-gateway' });
    expect(newResource(withIgw, { type: 'internet-gateway' }).error).toMatch(/already has an internet gateway/);
  });

  it('starts a security group like AWS: no inbound, all outbound', () => {
    expect(resourceOf(newResource(twoTier(), { type: 'security-group', container: 'vpc-2' }))).toEqual({
      id: 'sg-1',
      type: 'security-group',
      vpc: 'vpc-2',
      inbound: [],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    });
  });

  it('puts an instance in the selected subnet, or the subnet of the selected resource', () => {
    let doc = add(twoTier(), { type: 'instance', container: 'subnet-2' });
    expect(doc.resources.at(-1)).toMatchObject({ id: 'web-1', subnet: 'subnet-2' });
    doc = add(doc, { type: 'instance', container: 'web-1' });
    expect(doc.resources.at(-1)).toMatchObject({ id: 'web-2', subnet: 'subnet-2' });
    expect(doc.layout?.['web-1']).toEqual({ x: 440, y: 160 });
    expect(doc.layout?.['web-2']).toEqual({ x: 545, y: 160 });
  });

  it('spans a database and a load balancer over two AZs', () => {
    const doc = twoTier();
    expect(resourceOf(newResource(doc, { type: 'database' }))).toMatchObject({ subnets: ['subnet-1', 'subnet-2'] });
    expect(resourceOf(newResource(doc, { type: 'load-balancer', container: 'subnet-2' }))).toMatchObject({
      subnets: ['subnet-2', 'subnet-1'],
      scheme: 'internal',
    });
  });

  it('links a new on-premises network to the VPN gateway', () => {
    expect(resourceOf(newResource(twoTier(), { type: 'on-premises' }))).toMatchObject({
      via: 'vgw-1',
      cidrs: ['192.168.0.0/24'],
    });
  });

  it('peers two VPCs whose addresses do not overlap', () => {
    expect(resourceOf(newResource(twoTier(), { type: 'peering-connection', container: 'vpc-1' }))).toMatchObject({
      requester: 'vpc-1',
      accepter: 'vpc-2',
    });
  });

  it('uses the drop point when one is given', () => {
    const result = newResource(twoTier(), { type: 'instance', container: 'subnet-1', position: { x: 101, y: 188 } });
    expect(result.error === undefined && result.layout).toEqual({ x: 100, y: 190 });
  });

  // Every palette type, added to a design that has every container, keeps the document valid.
  it.each(RESOURCE_TYPES.map((type) => [type]))('a new %s keeps the document valid', (type: ResourceType) => {
    const onePerVpc = type === 'internet-gateway' || type === 'vpn-gateway' || type === 'peering-connection';
    const design = type === 'transit-gateway-route-table' ? add(twoTier(), { type: 'transit-gateway' }) : twoTier();
    const doc = add(design, { type, container: type === 'subnet' || onePerVpc ? 'vpc-2' : undefined });
    expect(errorsOf(doc)).toEqual([]);
    const again = add(doc, { type: onePerVpc ? 'vpc' : type });
    expect(errorsOf(again)).toEqual([]);
  });

  it.each(loadScenarios().map((s) => [s.file, s.document as VpcLabDocument]))(
    'adds one of each type to %s without breaking it',
    (_file, scenario) => {
      for (const type of RESOURCE_TYPES) {
        const result = newResource(scenario, { type });
        if (result.error !== undefined) continue; // refused with a message: fine
        const doc = addBuilt(scenario, result);
        expect({ type, errors: errorsOf(doc) }).toEqual({ type, errors: [] });
      }
    },
  );
});
