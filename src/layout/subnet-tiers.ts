import { subnetsOf, type Resource } from '../model/index.ts';

/** Rows of a VPC in auto layout, top to bottom. */
export const TIERS = ['public', 'private', 'data'] as const;
export type Tier = (typeof TIERS)[number];

/** Resources that face the internet: a subnet holding one is never the data tier. */
function facesInternet(r: Resource): boolean {
  return (
    r.type === 'nat-gateway' ||
    (r.type === 'instance' && (r.publicIp === true || r.elasticIp === true)) ||
    (r.type === 'load-balancer' && r.scheme === 'internet-facing')
  );
}

/**
 * The tier of every subnet: public when its route table sends traffic to the internet (the
 * `isPublic` answer, derived, never a flag); data when it holds a database and nothing that faces
 * the internet; private otherwise. A database spanning subnets (a DB subnet group) marks each.
 */
export function subnetTiers(
  resources: readonly Resource[],
  isPublic: (subnetId: string) => boolean,
): ReadonlyMap<string, Tier> {
  const databases = new Set<string>();
  const exposed = new Set<string>();
  for (const r of resources) {
    if (r.type === 'database') for (const s of subnetsOf(r)) databases.add(s);
    if (facesInternet(r)) for (const s of subnetsOf(r)) exposed.add(s);
  }
  const tiers = new Map<string, Tier>();
  for (const r of resources) {
    if (r.type !== 'subnet') continue;
    tiers.set(r.id, isPublic(r.id) ? 'public' : databases.has(r.id) && !exposed.has(r.id) ? 'data' : 'private');
  }
  return tiers;
}
