import type { Resource, TransitGatewayRouteTable } from '../../model/index.ts';
import { createPrng } from './prng.ts';

/**
 * Sometimes splits the random document's transit gateway into one or two route tables: each
 * attachment associated with a table or (now and then) with none, random propagations in a
 * random order, and the gateway's static routes spread over the tables. Drawn from its own
 * generator, so the rest of every seed's document stays what it was.
 */
export function drawTgwTables(seed: number, resources: Resource[]): void {
  const rng = createPrng(seed ^ 0x7ab1e5);
  const at = resources.findIndex((r) => r.type === 'transit-gateway');
  const tgw = resources[at];
  if (tgw?.type !== 'transit-gateway' || !rng.chance(0.45)) return;
  const attachments = [
    ...tgw.attachments.map((a) => a.vpc),
    ...resources.flatMap((r) => (r.type === 'on-premises' && r.via === tgw.id ? [r.id] : [])),
  ];
  const tables: TransitGatewayRouteTable[] = Array.from({ length: rng.int(1, 2) }, (_, i) => ({
    id: `tgw-rtb-${i + 1}`,
    type: 'transit-gateway-route-table',
    transitGateway: tgw.id,
    associations: [],
    propagations: rng.shuffle(attachments).filter(() => rng.chance(0.7)),
    routes: [],
  }));
  for (const id of attachments) if (!rng.chance(0.15)) rng.pick(tables).associations.push(id);
  for (const route of tgw.routes ?? []) rng.pick(tables).routes.push(route);
  const { routes: _moved, ...withoutRoutes } = tgw;
  resources[at] = withoutRoutes;
  resources.push(...tables);
}
