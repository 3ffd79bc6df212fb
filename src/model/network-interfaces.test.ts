import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edit/index.ts';
import { formatIpv4 } from '../net/index.ts';
import {
  assignAddresses,
  indexDocument,
  resolveEndpoint,
  validateDocument,
  type Instance,
  type VpcLabDocument,
} from './index.ts';

/** The dual-homed golden case: app in front-a with a second interface in mgmt-a. */
function dualHomed(): VpcLabDocument {
  const text = readFileSync(new URL('../../cases/eni-dual-homed.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { document: VpcLabDocument }).document;
}

function withApp(document: VpcLabDocument, change: (app: Instance) => Instance): VpcLabDocument {
  return {
    ...document,
    resources: document.resources.map((r) => (r.id === 'app' && r.type === 'instance' ? change(r) : r)),
  };
}

const codes = (document: VpcLabDocument) => validateDocument(document).errors.map((e) => `${e.code} ${e.path}`);

describe('secondary network interfaces: validation', () => {
  it('accepts the dual-homed instance', () => {
    expect(codes(dualHomed())).toEqual([]);
  });

  it('refuses a subnet in another AZ, naming the field', () => {
    const document = dualHomed();
    document.resources.push({ id: 'mgmt-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'c' });
    const moved = withApp(document, (app) => ({ ...app, networkInterfaces: [{ subnet: 'mgmt-c' }] }));
    const report = validateDocument(moved);
    expect(report.errors.map((e) => e.code)).toEqual(['NETWORK_INTERFACE_OTHER_AZ']);
    expect(report.errors[0]!.path).toBe('$.resources[6].networkInterfaces[0].subnet');
    expect(report.errors[0]!.message).toContain('AZ "c"');
  });

  it('refuses two interfaces in one subnet, a public IP on a secondary, a group of another VPC and a repeated name', () => {
    const document = dualHomed();
    document.resources.push(
      { id: 'vpc-other', type: 'vpc', cidrBlocks: ['10.9.0.0/16'] },
      { id: 'sg-other', type: 'security-group', vpc: 'vpc-other', inbound: [], outbound: [] },
    );
    const broken = withApp(document, (app) => ({
      ...app,
      networkInterfaces: [
        { subnet: 'mgmt-a', publicIp: true, securityGroups: ['sg-other'] },
        { id: 'eni-1', subnet: 'front-a' },
      ],
    }));
    expect(codes(broken)).toEqual(
      expect.arrayContaining([
        'NETWORK_INTERFACE_PUBLIC_IP $.resources[6].networkInterfaces[0].publicIp',
        'REFERENCE_OTHER_VPC $.resources[6].networkInterfaces[0].securityGroups[0]',
        'NETWORK_INTERFACE_ID_TAKEN $.resources[6].networkInterfaces[1].id',
        'NETWORK_INTERFACE_SUBNET_REPEATED $.resources[6].networkInterfaces[1].subnet',
      ]),
    );
  });

  it('caps an instance at 15 interfaces', () => {
    const many = withApp(dualHomed(), (app) => ({
      ...app,
      networkInterfaces: Array.from({ length: 15 }, () => ({ subnet: 'mgmt-a' })),
    }));
    expect(codes(many)).toContain('NETWORK_INTERFACES_TOO_MANY $.resources[6].networkInterfaces');
  });

  it('checks an explicit address against the interface’s own subnet', () => {
    const outside = withApp(dualHomed(), (app) => ({
      ...app,
      networkInterfaces: [{ subnet: 'mgmt-a', privateIp: '10.0.1.20' }],
    }));
    expect(codes(outside)).toEqual(['PRIVATE_IP_OUTSIDE_SUBNET $.resources[6].networkInterfaces[0].privateIp']);
  });
});

describe('secondary network interfaces: addresses and endpoints', () => {
  it('takes explicit addresses first, then assigns the secondaries after the primary, in document order', () => {
    const automatic = withApp(dualHomed(), (app) => ({ ...app, networkInterfaces: [{ subnet: 'mgmt-a' }] }));
    const plan = assignAddresses(automatic);
    const text = (id: string) => plan.byResource.get(id)?.map((a) => `${a.subnet} ${formatIpv4(a.ipv4)}`);
    expect(text('app')).toEqual(['front-a 10.0.1.4', 'mgmt-a 10.0.2.4']);
    expect(text('admin-1')).toEqual(['mgmt-a 10.0.2.5']);
    // With an explicit address on the interface, the automatic ones skip it.
    const explicit = assignAddresses(dualHomed());
    expect(explicit.byResource.get('app')?.map((a) => formatIpv4(a.ipv4))).toEqual(['10.0.1.4', '10.0.2.10']);
    expect(explicit.byResource.get('admin-1')?.map((a) => formatIpv4(a.ipv4))).toEqual(['10.0.2.4']);
  });

  it('resolves <instance>/<interface> to that interface, by default name or by id', () => {
    const document = withApp(dualHomed(), (app) => ({
      ...app,
      networkInterfaces: [{ id: 'eni-0abc', subnet: 'mgmt-a' }],
    }));
    const index = indexDocument(document);
    const named = resolveEndpoint('app/eni-0abc', index);
    expect(named.ok && named.value.kind === 'resource' && named.value.networkInterface?.deviceIndex).toBe(1);
    const primary = resolveEndpoint('app/eni-0', index);
    expect(primary.ok && primary.value.kind === 'resource' && primary.value.networkInterface?.subnet).toBe('front-a');
    expect(resolveEndpoint('app/eni-1', index).ok).toBe(false);
  });
});

describe('secondary network interfaces: edits', () => {
  const routed = (): VpcLabDocument => {
    const document = withApp(dualHomed(), (app) => ({
      ...app,
      networkInterfaces: [{ subnet: 'mgmt-a', securityGroups: ['sg-mgmt'] }, { subnet: 'back-a' }],
    }));
    document.resources.push(
      { id: 'back-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'a' },
      { id: 'rt', type: 'route-table', vpc: 'vpc-main', routes: [{ destination: '10.0.3.0/24', target: 'app/eni-2' }] },
    );
    document.intents = [{ id: 'i1', from: 'admin-1', to: 'app/eni-1', protocol: 'tcp', port: 9000, expect: 'allowed' }];
    return document;
  };

  it('renames an instance’s interface endpoints and route targets with it', () => {
    const result = applyEdit(routed(), { type: 'rename-resource', from: 'app', to: 'app-2' });
    if (!result.ok) throw new Error(result.message);
    const table = result.document.resources.find((r) => r.id === 'rt');
    expect(table?.type === 'route-table' && table.routes[0]!.target).toBe('app-2/eni-2');
    expect(result.document.intents?.[0]?.to).toBe('app-2/eni-1');
  });

  it('removes the interfaces of a deleted subnet and drops a deleted group from them', () => {
    const result = applyEdit(routed(), { type: 'delete-resources', ids: ['mgmt-a', 'sg-mgmt'] });
    if (!result.ok) throw new Error(result.message);
    const app = result.document.resources.find((r) => r.id === 'app');
    expect(app?.type === 'instance' && app.networkInterfaces).toEqual([{ subnet: 'back-a' }]);
  });

  it('removes one interface: its routes become blackholes, later default names shift down', () => {
    const result = applyEdit(routed(), { type: 'remove-network-interface', id: 'app', position: 0 });
    if (!result.ok) throw new Error(result.message);
    const table = result.document.resources.find((r) => r.id === 'rt');
    expect(table?.type === 'route-table' && table.routes[0]!.target).toBe('app/eni-1');
    expect(result.document.intents).toEqual([]);
    const again = applyEdit(result.document, { type: 'remove-network-interface', id: 'app', position: 0 });
    if (!again.ok) throw new Error(again.message);
    const after = again.document.resources.find((r) => r.id === 'rt');
    expect(after?.type === 'route-table' && after.routes[0]!.target).toBe('blackhole');
    expect(again.document.resources.find((r) => r.id === 'app')).not.toHaveProperty('networkInterfaces');
  });
});
