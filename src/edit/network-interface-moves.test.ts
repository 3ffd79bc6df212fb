import { describe, expect, it } from 'vitest';
import { validateDocument, type Instance, type VpcLabDocument } from '../model/index.ts';
import { applyEdit } from './apply.ts';
import { interfaceRemovals } from './network-interfaces.ts';

/** An instance with two secondary interfaces in AZ a, a free subnet there and one in AZ b. */
const document: VpcLabDocument = {
  format: 'vpclab',
  version: 2,
  name: 'Interfaces',
  resources: [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'front', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
    { id: 'mgmt', type: 'subnet', vpc: 'vpc', cidr: '10.0.2.0/24', az: 'a' },
    { id: 'backup', type: 'subnet', vpc: 'vpc', cidr: '10.0.3.0/24', az: 'a' },
    { id: 'spare', type: 'subnet', vpc: 'vpc', cidr: '10.0.4.0/24', az: 'a' },
    { id: 'far', type: 'subnet', vpc: 'vpc', cidr: '10.0.5.0/24', az: 'b' },
    {
      id: 'app',
      type: 'instance',
      subnet: 'front',
      networkInterfaces: [{ subnet: 'mgmt', privateIp: '10.0.2.10' }, { subnet: 'backup' }],
    },
  ],
  layout: { 'app/eni-1': { x: 100, y: 200 }, 'app/eni-2': { x: 300, y: 400 } },
};

const interfacesOf = (doc: VpcLabDocument) =>
  (doc.resources.find((r) => r.id === 'app') as Instance).networkInterfaces ?? [];

describe('network interface edits made on the canvas', () => {
  it('moves an interface into a free subnet of its AZ, dropping its explicit address; its name stays', () => {
    const result = applyEdit(document, { type: 'move-network-interface', id: 'app', position: 0, subnet: 'spare' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(interfacesOf(result.document)[0]).toEqual({ subnet: 'spare' });
    expect(result.selected).toEqual(['app/eni-1']);
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('refuses a subnet of another AZ, or one the instance already has an interface in, saying why', () => {
    const otherAz = applyEdit(document, { type: 'move-network-interface', id: 'app', position: 0, subnet: 'far' });
    expect(otherAz).toMatchObject({ ok: false, message: expect.stringMatching(/Availability Zone a.*far is in b/) });
    const taken = applyEdit(document, { type: 'move-network-interface', id: 'app', position: 0, subnet: 'front' });
    expect(taken).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already has an interface in subnet front/),
    });
  });

  it('removes interfaces named by endpoint, highest device index first, leaving the instance alone', () => {
    const commands = interfaceRemovals(document, ['app/eni-1', 'app/eni-2', 'app/eni-0', 'front']);
    expect(commands).toEqual([
      { type: 'remove-network-interface', id: 'app', position: 1 },
      { type: 'remove-network-interface', id: 'app', position: 0 },
    ]);
    expect(interfaceRemovals(document, ['app', 'app/eni-1'])).toEqual([]);
  });

  it('a removal takes the interface’s layout entry, and the one after it keeps its place under its new name', () => {
    const result = applyEdit(document, { type: 'remove-network-interface', id: 'app', position: 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layout).toEqual({ 'app/eni-1': { x: 300, y: 400 } });
    expect(interfacesOf(result.document)).toEqual([{ subnet: 'backup' }]);
  });

  it('renaming the instance renames its interfaces’ layout entries; deleting it takes them', () => {
    const renamed = applyEdit(document, { type: 'rename-resource', from: 'app', to: 'web' });
    expect(renamed.ok && Object.keys(renamed.document.layout ?? {})).toEqual(['web/eni-1', 'web/eni-2']);
    const deleted = applyEdit(document, { type: 'delete-resources', ids: ['app'] });
    expect(deleted.ok && deleted.document.layout).toEqual({});
  });

  it('a layout entry for an interface is not an unknown id', () => {
    const codes = (doc: VpcLabDocument) => validateDocument(doc).findings.map((finding) => finding.code);
    expect(codes(document)).not.toContain('LAYOUT_UNKNOWN_ID');
    expect(codes({ ...document, layout: { 'app/eni-9': { x: 0, y: 0 } } })).toContain('LAYOUT_UNKNOWN_ID');
  });
});
