import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource, type VpcLabDocument } from '../model/index.ts';
import { scenario } from '../model/test-support/shared.ts';
import { copiedIdsOf, copyForClipboard } from './clip-copy.ts';
import { freshReadableId } from './clip-ids.ts';
import { pasteClip } from './clip-paste.ts';

const natDesign = (): VpcLabDocument => validateDocument(scenario('02-').document).document!;
const byId = (document: VpcLabDocument, id: string): Resource | undefined =>
  document.resources.find((r) => r.id === id);
const empty: VpcLabDocument = { format: 'vpclab', version: 2, name: 'Empty', resources: [] };

function roundTrip(from: VpcLabDocument, ids: readonly string[], into: VpcLabDocument, container?: string) {
  const clip = copyForClipboard(from, ids)!;
  // Through the text the clipboard carries, as the page does.
  const read = validateDocument(JSON.parse(JSON.stringify(clip))).document!;
  return pasteClip(into, read, { copied: copiedIdsOf(read), container });
}

describe('freshReadableId', () => {
  it('keeps a free id, counts a trailing number up, and adds one otherwise', () => {
    expect(freshReadableId('web-1', new Set())).toBe('web-1');
    expect(freshReadableId('web-1', new Set(['web-1', 'web-2']))).toBe('web-3');
    expect(freshReadableId('web', new Set(['web']))).toBe('web-2');
    expect(freshReadableId('a'.repeat(64), new Set(['a'.repeat(64)]))).toHaveLength(64);
  });
});

describe('copyForClipboard', () => {
  it('copies a subnet with what lives in it, and carries its VPC, table and groups as context', () => {
    const clip = copyForClipboard(natDesign(), ['private-a'])!;
    expect(copiedIdsOf(clip)).toEqual(['private-a', 'app-a']);
    const ids = clip.resources.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['vpc-main', 'rt-private-a', 'sg-app']));
    expect(ids).not.toContain('app-b');
    // Context keeps only what it needs: the table's route to a NAT gateway that was not copied is a blackhole.
    expect(clip.resources.find((r) => r.id === 'rt-private-a')).toMatchObject({ routes: [{ target: 'blackhole' }] });
    expect(validateDocument(clip).valid).toBe(true);
  });

  it('copies a VPC with everything in it', () => {
    const design = natDesign();
    const clip = copyForClipboard(design, ['vpc-main'])!;
    expect(new Set(copiedIdsOf(clip))).toEqual(new Set(design.resources.map((r) => r.id)));
  });

  it('copies nothing for an empty or implicit selection', () => {
    expect(copyForClipboard(natDesign(), [])).toBeUndefined();
    expect(copyForClipboard(natDesign(), ['vpc-main/main'])).toBeUndefined();
  });
});

describe('pasteClip', () => {
  it('pastes a subnet and its instance into the same design with fresh ids and a free CIDR', () => {
    const design = natDesign();
    const result = roundTrip(design, ['private-a'], design);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.selected).toEqual(['private-a-2', 'app-a-2']);
    const [subnetId, instanceId] = result.selected;
    const subnet = byId(result.document, subnetId!);
    const instance = byId(result.document, instanceId!);
    expect(subnet).toMatchObject({ type: 'subnet', vpc: 'vpc-main', cidr: '10.0.0.0/24', routeTable: 'rt-private-a' });
    // The instance follows its copied subnet and keeps the group the design has; its address does not fit.
    expect(instance).toMatchObject({ type: 'instance', subnet: subnetId, securityGroups: ['sg-app'] });
    expect(instance).not.toHaveProperty('privateIp');
    expect(result.dropped).toEqual([]);
    expect(validateDocument(result.document).errors).toEqual(validateDocument(design).errors);
  });

  it('counts ids up readably', () => {
    const design = natDesign();
    const result = roundTrip(design, ['app-a'], design);
    expect(result.ok && result.selected).toEqual(['app-a-2']);
    const again = result.ok ? roundTrip(result.document, ['app-a-2'], result.document) : result;
    expect(again.ok && again.selected).toEqual(['app-a-3']);
  });

  it('pastes an instance into the selected subnet', () => {
    const design = natDesign();
    const result = roundTrip(design, ['app-a'], design, 'private-b');
    expect(result.ok && byId(result.document, 'app-a-2')).toMatchObject({ subnet: 'private-b' });
  });

  it('drops references the target lacks and lists them, and refuses without a container', () => {
    const design = natDesign();
    const other: VpcLabDocument = {
      ...empty,
      resources: [
        { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a' },
      ],
    };
    const result = roundTrip(design, ['app-a'], other);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(byId(result.document, 'app-a')).toEqual({
      id: 'app-a',
      type: 'instance',
      subnet: 'private-a',
      privateIp: '10.0.2.10',
    });
    expect(result.dropped).toEqual(['sg-app']);
    expect(roundTrip(design, ['app-a'], empty)).toEqual({
      ok: false,
      refusal: { code: 'no-container', id: 'app-a', container: 'subnet' },
    });
  });

  it('pastes a whole VPC into another design on a free block, its subnets moving along', () => {
    const design = natDesign();
    const result = roundTrip(design, ['vpc-main'], design);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const vpc = byId(result.document, 'vpc-main-2');
    expect(vpc).toMatchObject({ cidrBlocks: ['10.1.0.0/16'] });
    const subnets = result.document.resources.filter((r) => r.type === 'subnet' && r.vpc === 'vpc-main-2');
    expect(subnets.map((s) => s.type === 'subnet' && s.cidr)).toContain('10.1.1.0/24');
    expect(result.document.resources.filter((r) => r.type === 'route-table' && r.main)).toHaveLength(2);
    expect(validateDocument(result.document).valid).toBe(validateDocument(design).valid);
    // The copy's rules speak of the copy: "SSH from this VPC" is from its new block; the internet stays.
    expect(byId(result.document, 'sg-app-2')).toMatchObject({
      inbound: [{ cidr: '10.1.0.0/16' }],
      outbound: [{ cidr: '0.0.0.0/0' }],
    });
    expect(byId(result.document, 'sg-app')).toMatchObject({ inbound: [{ cidr: '10.0.0.0/16' }] });
  });

  it('moves a pasted VPC’s routes, ACL rules and prefix list entries inside its old block to its new one', () => {
    const design = natDesign();
    const withRules: VpcLabDocument = {
      ...design,
      resources: design.resources.map((r) => {
        if (r.id === 'rt-internal') return { ...r, routes: [{ destination: '10.0.1.0/24', target: 'nat-a' }] };
        if (r.type === 'network-acl' && r.vpc === 'vpc-main')
          return {
            ...r,
            inbound: [
              { rule: 100, action: 'allow', protocol: 'all', cidr: '10.0.0.0/8' },
              { rule: 110, action: 'allow', protocol: 'tcp', ports: '443', cidr: '10.0.3.0/24' },
            ],
          };
        return r;
      }) as VpcLabDocument['resources'],
    };
    const acls = withRules.resources.filter((r) => r.type === 'network-acl' && r.vpc === 'vpc-main');
    const result = roundTrip(withRules, ['vpc-main'], withRules);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(byId(result.document, 'rt-internal-2')).toMatchObject({ routes: [{ destination: '10.1.1.0/24' }] });
    for (const acl of acls) {
      // Around the block (10.0.0.0/8) stays as written; inside it moves.
      expect(byId(result.document, `${acl.id}-2`)).toMatchObject({
        inbound: [{ cidr: '10.0.0.0/8' }, { cidr: '10.1.3.0/24' }],
      });
    }
    expect(byId(result.document, 'rt-internal')).toMatchObject({ routes: [{ destination: '10.0.1.0/24' }] });
  });

  it('refuses what would break a rule, with the validator’s issue, and pastes it into another VPC', () => {
    const design = natDesign();
    const result = roundTrip(design, ['igw'], design);
    expect(!result.ok && result.refusal).toMatchObject({ code: 'invalid', issue: { resource: 'igw-2' } });
    const withSecond: VpcLabDocument = {
      ...design,
      resources: [...design.resources, { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] }],
    };
    const intoB = roundTrip(design, ['igw'], withSecond, 'vpc-b');
    expect(intoB.ok && byId(intoB.document, 'igw-2')).toEqual({ id: 'igw-2', type: 'internet-gateway', vpc: 'vpc-b' });
  });

  it('places the set at the pointer, keeping the offsets within it', () => {
    const design: VpcLabDocument = {
      ...natDesign(),
      layout: { 'app-a': { x: 100, y: 100 }, 'app-b': { x: 200, y: 150 } },
    };
    const clip = copyForClipboard(design, ['app-a', 'app-b'])!;
    const result = pasteClip(design, clip, { copied: copiedIdsOf(clip), at: { x: 503, y: 398 } });
    expect(result.ok && result.document.layout).toMatchObject({
      'app-a-2': { x: 500, y: 400 },
      'app-b-2': { x: 600, y: 450 },
    });
  });
});
