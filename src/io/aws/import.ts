import { validateDocument, type Resource, type VpcLabDocument } from '../../model/index.ts';
import { importPrefixLists } from './prefix-lists.ts';
import { applyEdit } from '../../edit/index.ts';
import { collectSnapshot } from './collect.ts';
import { ImportContext } from './context.ts';
import {
  importInternetGateways,
  inferGateways,
  importNatGateways,
  importOnPremises,
  importPeerings,
  importVpnGateways,
} from './gateways.ts';
import { importInstances } from './instances.ts';
import { importNetworkAcls, importRouteTables, importSubnets, importVpcs } from './network.ts';
import { importSecurityGroups } from './security-groups.ts';
import {
  importDatabases,
  importEndpoints,
  importLambdas,
  importLoadBalancers,
  reportStrayInterfaces,
  reportUnsupported,
} from './services.ts';
import { importTransitGatewayRoutes, importTransitGateways, tgwVpnRoutes } from './transit-gateways.ts';
import type { AwsImportResult, AwsInputFile } from './types.ts';

export interface AwsImportOptions {
  /** The document's name (default "AWS import"). */
  readonly name?: string;
}

/**
 * Reads any subset of AWS CLI describe-* outputs (several files, regions and accounts) into one
 * valid VPC Lab document, with a warning for everything the document cannot hold as AWS has it.
 * Throws AwsImportError, naming the file, for input that is not readable AWS output at all.
 */
export function importAws(files: readonly AwsInputFile[], options: AwsImportOptions = {}): AwsImportResult {
  const ctx = new ImportContext(collectSnapshot(files));
  // Order matters: each family refers to resources the ones before it made.
  importVpcs(ctx);
  importSubnets(ctx);
  importPeerings(ctx);
  importPrefixLists(ctx);
  importSecurityGroups(ctx);
  importInternetGateways(ctx);
  importNatGateways(ctx);
  importVpnGateways(ctx);
  inferGateways(ctx);
  importTransitGateways(ctx);
  const eniInstance = importInstances(ctx);
  importRouteTables(ctx, eniInstance);
  importNetworkAcls(ctx);
  importOnPremises(ctx, tgwVpnRoutes(ctx));
  importTransitGatewayRoutes(ctx);
  importEndpoints(ctx);
  importDatabases(ctx);
  importLambdas(ctx);
  importLoadBalancers(ctx);
  reportStrayInterfaces(ctx, eniInstance);
  reportUnsupported(ctx);

  const publicAddresses = Object.fromEntries(ctx.publicAddress);
  const draft: VpcLabDocument = {
    format: 'vpclab',
    version: 2,
    name: options.name ?? 'AWS import',
    resources: [...ctx.resources.values()],
    ...(Object.keys(publicAddresses).length > 0 ? { meta: { awsPublicIpv4: publicAddresses } } : {}),
  };
  return { document: keepValid(ctx, draft), warnings: ctx.warnings };
}

/**
 * The last guard: whatever the validator still refuses (input AWS itself would not accept, or a
 * combination the mapping did not foresee) is removed, with what depends on it, and listed with
 * the validator's sentence. The result is always a valid document.
 */
function keepValid(ctx: ImportContext, document: VpcLabDocument): VpcLabDocument {
  let current = document;
  for (let round = 0; round < 20; round++) {
    const report = validateDocument(current);
    if (report.valid) return current;
    const ids = new Set<string>();
    const unaddressed = new Set<string>();
    for (const issue of report.errors) {
      const id = issue.resource;
      if (id === undefined || id === null || !current.resources.some((r: Resource) => r.id === id)) continue;
      // An address AWS would not have given (reserved, outside the subnet): the engine picks one.
      if (/\.privateIp$/.test(issue.path) && !unaddressed.has(id)) {
        ctx.warn(id, 'addressDropped', { reason: issue.message });
        unaddressed.add(id);
        continue;
      }
      if (!ids.has(id)) ctx.warn(id, 'invalidDropped', { reason: issue.message });
      ids.add(id);
    }
    if (unaddressed.size > 0) {
      current = {
        ...current,
        resources: current.resources.map((r) => {
          if (!unaddressed.has(r.id) || r.type !== 'instance') return r;
          const { privateIp: _dropped, ...rest } = r;
          return rest;
        }),
      };
      continue;
    }
    if (ids.size === 0) break;
    const result = applyEdit(current, { type: 'delete-resources', ids: [...ids] });
    if (!result.ok) break;
    current = result.document;
  }
  const report = validateDocument(current);
  if (report.valid) return current;
  throw new Error(`the imported document is not valid: ${report.errors[0]?.message ?? 'unknown reason'}`);
}
