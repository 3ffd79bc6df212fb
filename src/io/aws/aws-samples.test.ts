import { describe, expect, it } from 'vitest';
import { validateDocument, type ResourceType } from '../../model/index.ts';
import { importAws } from './index.ts';
import { sampleFiles, sampleFolders, sourceItems } from './test-support/samples.ts';

/**
 * Every sample folder imports into a valid document, and every resource its files describe is
 * either in the document (by its AWS id) or named by a warning: nothing disappears unseen.
 */
const FAMILIES: readonly { key: string; id: string; type: ResourceType; nested?: string }[] = [
  { key: 'Vpcs', id: 'VpcId', type: 'vpc' },
  { key: 'Subnets', id: 'SubnetId', type: 'subnet' },
  { key: 'RouteTables', id: 'RouteTableId', type: 'route-table' },
  { key: 'NetworkAcls', id: 'NetworkAclId', type: 'network-acl' },
  { key: 'SecurityGroups', id: 'GroupId', type: 'security-group' },
  { key: 'Reservations', id: 'InstanceId', type: 'instance', nested: 'Instances' },
  { key: 'InternetGateways', id: 'InternetGatewayId', type: 'internet-gateway' },
  { key: 'NatGateways', id: 'NatGatewayId', type: 'nat-gateway' },
  { key: 'VpnGateways', id: 'VpnGatewayId', type: 'vpn-gateway' },
  { key: 'VpcPeeringConnections', id: 'VpcPeeringConnectionId', type: 'peering-connection' },
  { key: 'TransitGateways', id: 'TransitGatewayId', type: 'transit-gateway' },
  { key: 'VpcEndpoints', id: 'VpcEndpointId', type: 'vpc-endpoint' },
];

describe.each(sampleFolders())('AWS sample $name', ({ path }) => {
  const files = sampleFiles(path);
  const { document, warnings } = importAws(files, { name: path });

  it('imports into a valid document', () => {
    expect(validateDocument(document).errors).toEqual([]);
  });

  it.each(FAMILIES)('every $key item is in the document as a $type, or named by a warning', (family) => {
    const items = sourceItems(files, family.key).flatMap((item) =>
      family.nested ? ((item[family.nested] as Record<string, unknown>[] | undefined) ?? []) : [item],
    );
    const ids = [...new Set(items.map((item) => String(item[family.id])))];
    const warned = new Set(warnings.map((w) => w.id));
    const imported = new Set(document.resources.filter((r) => r.type === family.type).map((r) => r.id));
    for (const id of ids) expect(imported.has(id) || warned.has(id), `${family.key} ${id}`).toBe(true);
    // …and nothing of the kind comes from nowhere: a gateway only a route names is inferred, with a warning.
    const inferred = new Set(warnings.filter((w) => w.code === 'inferred').map((w) => w.id));
    for (const id of imported) expect(ids.includes(id) || inferred.has(id), `${family.type} ${id}`).toBe(true);
    expect(imported.size).toBeGreaterThanOrEqual(ids.filter((id) => !warned.has(id)).length);
  });

  it('keeps each instance’s private address and subnet from its primary interface', () => {
    for (const reservation of sourceItems(files, 'Reservations')) {
      for (const instance of (reservation['Instances'] as Record<string, unknown>[]) ?? []) {
        const found = document.resources.find((r) => r.id === instance['InstanceId']);
        if (found?.type !== 'instance' || found.privateIp === undefined) continue;
        expect(found.privateIp).toBe(instance['PrivateIpAddress']);
      }
    }
  });

  it('gives every warning an id and a known code', () => {
    for (const warning of warnings) {
      expect(warning.id.length).toBeGreaterThan(0);
      expect(warning.code).toMatch(/^[a-zA-Z]+$/);
    }
  });
});
