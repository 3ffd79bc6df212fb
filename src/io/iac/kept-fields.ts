import type { Resource } from '../../model/index.ts';

/**
 * Puts back on an imported resource what its format could not say and the export kept aside
 * (`Metadata.VpcLab` in CloudFormation, `local.vpclab` in Terraform): each field as it was, `null`
 * for a field the resource must not have, and kept routes (blackholes, say) at their positions in
 * the table's list. Keys in `skip` are read elsewhere (CloudFormation's `id`).
 */
export function restoreKeptFields(
  resource: Resource,
  kept: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string> = NONE,
): void {
  const target = resource as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(kept)) {
    if (skip.has(key)) continue;
    if (key === 'routes' && Array.isArray(value)) {
      const list = (
        resource.type === 'route-table'
          ? resource.routes
          : resource.type === 'transit-gateway'
            ? (resource.routes ??= [])
            : undefined
      ) as unknown[] | undefined;
      for (const route of value as { index: number; route: unknown }[]) list?.splice(route.index, 0, route.route);
      continue;
    }
    if (value === null) delete target[key];
    else target[key] = value;
  }
}

const NONE: ReadonlySet<string> = new Set();
