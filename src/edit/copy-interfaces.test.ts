import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument, type Instance, type Resource, type VpcLabDocument } from '../model/index.ts';
import { copiedIdsOf, copyForClipboard } from './clip-copy.ts';
import { pasteClip } from './clip-paste.ts';
import { duplicateResources } from './duplicate.ts';

/**
 * Duplicating or copy-pasting an instance whose secondary network interfaces have fixed
 * addresses: the copy's interfaces get free addresses in their subnets, as its primary does,
 * instead of the copy being refused because the addresses are taken.
 */
function dualHomed(): VpcLabDocument {
  const { document } = JSON.parse(
    readFileSync(new URL('../../cases/eni-dual-homed.json', import.meta.url), 'utf8'),
  ) as { document: unknown };
  const doc = validateDocument(document).document!;
  // Give the primary a fixed address too, so both kinds of interface are exercised.
  return {
    ...doc,
    resources: doc.resources.map((r) =>
      r.id === 'app' && r.type === 'instance' ? { ...r, privateIp: '10.0.1.20' } : r,
    ),
  };
}

const instance = (document: VpcLabDocument, id: string): Instance => {
  const found = document.resources.find((r: Resource): r is Instance => r.id === id && r.type === 'instance');
  if (!found) throw new Error(`no instance ${id}`);
  return found;
};

describe('copies of a multi-homed instance with fixed addresses', () => {
  it('duplicate: the copy keeps its interfaces, each with a free address chosen for it', () => {
    const design = dualHomed();
    const result = duplicateResources(design, ['app']);
    if (!result.ok) throw new Error(result.message);
    const copy = instance(result.document, 'app-copy');
    expect(copy.networkInterfaces).toHaveLength(1);
    expect(copy.networkInterfaces![0]).toMatchObject({ subnet: 'mgmt-a', securityGroups: ['sg-mgmt'] });
    expect(copy.networkInterfaces![0]).not.toHaveProperty('privateIp');
    expect(copy).not.toHaveProperty('privateIp');
    // The original keeps its addresses, and the design is as valid as before.
    expect(instance(result.document, 'app').networkInterfaces![0]!.privateIp).toBe('10.0.2.10');
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('paste into the same design: fixed addresses that are taken are dropped, so fresh ones are assigned', () => {
    const design = dualHomed();
    const clip = copyForClipboard(design, ['app'])!;
    const read = validateDocument(JSON.parse(JSON.stringify(clip))).document!;
    const result = pasteClip(design, read, { copied: copiedIdsOf(read), container: undefined });
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const [id] = result.selected;
    const copy = instance(result.document, id!);
    expect(copy.networkInterfaces![0]).toMatchObject({ subnet: 'mgmt-a' });
    expect(copy.networkInterfaces![0]).not.toHaveProperty('privateIp');
    expect(copy).not.toHaveProperty('privateIp');
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('paste into a design where the address is free keeps it', () => {
    const design = dualHomed();
    const clip = copyForClipboard(design, ['app'])!;
    const read = validateDocument(JSON.parse(JSON.stringify(clip))).document!;
    const without = { ...design, resources: design.resources.filter((r) => r.id !== 'app') };
    const result = pasteClip(without, read, { copied: copiedIdsOf(read), container: undefined });
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    const copy = instance(result.document, result.selected[0]!);
    expect(copy.privateIp).toBe('10.0.1.20');
    expect(copy.networkInterfaces![0]!.privateIp).toBe('10.0.2.10');
    expect(validateDocument(result.document).errors).toEqual([]);
  });
});
