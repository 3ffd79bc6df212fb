import { assignAddresses, indexDocument, type DocumentIndex, type VpcLabDocument } from '../../model/index.ts';
import type { CompiledDocument, CRouteTable } from '../compiled.ts';
import { compileOnPremises, compilePeerings, compileTransitGateways, compileVpnGateways } from './connections.ts';
import { compileGroups, compileNacls, compileRouteTable, compileSubnets, compileVpcs } from './network.ts';
import { compileResources } from './resources.ts';

/**
 * Compiles a document into indexed tables, once per revision. Broken references (which
 * validation reports) are skipped rather than thrown on, so the rest of the design can still
 * be analysed.
 */
export function compileDocument(
  document: VpcLabDocument,
  index: DocumentIndex = indexDocument(document),
): CompiledDocument {
  const plan = assignAddresses(document, index);
  const vpcs = compileVpcs(index);
  const routeTables = new Map<string, CRouteTable>();
  for (const table of index.ofType('route-table')) {
    const vpc = vpcs.get(table.vpc);
    if (vpc && !routeTables.has(table.id)) routeTables.set(table.id, compileRouteTable(index, table, vpc));
  }
  const nacls = compileNacls(index);
  const groups = compileGroups(index);
  const subnets = compileSubnets(index, vpcs, routeTables, nacls);
  const { resources, byPublic4, byIpv6, members } = compileResources(index, plan, subnets, groups);
  const peerings = compilePeerings(index, vpcs);
  const onPremises = compileOnPremises(index, plan);
  const vpnGateways = compileVpnGateways(index, onPremises);
  const transitGateways = compileTransitGateways(index, vpcs, subnets, onPremises);
  const endpoints = new Map(
    index
      .ofType('vpc-endpoint')
      .map((e) => [e.id, { id: e.id, vpc: e.vpc, kind: e.kind, service: e.service }] as const),
  );
  return {
    vpcs,
    subnets,
    routeTables,
    nacls,
    groups,
    resources,
    peerings,
    transitGateways,
    vpnGateways,
    onPremises,
    endpoints,
    byPublic4,
    byIpv6,
    members,
  };
}
