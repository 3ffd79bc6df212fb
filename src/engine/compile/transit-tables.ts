import { effectiveTgwTables, type DocumentIndex, type TransitGateway } from '../../model/index.ts';
import { cidrOverlaps, formatCidr, type Cidr } from '../../net/index.ts';
import type { COnPremises, CTgwRoute, CTgwTable, CVpc } from '../compiled.ts';
import { compareTgwRoutes } from '../routing.ts';
import { block } from './rules.ts';

/**
 * A transit gateway's route tables (model/transit-tables.ts: its explicit tables, else the one
 * implicit table) and which table each attachment is associated with. In a table, each
 * propagating VPC's blocks (a VPC overlapping one propagated before it does not propagate)
 * and each propagating on-premises network's CIDRs become routes; static routes replace a
 * propagated route of the same prefix.
 */
export function compileTgwTables(
  index: DocumentIndex,
  tgw: TransitGateway,
  attachedVpcs: ReadonlyMap<string, CVpc>,
  networks: ReadonlyMap<string, COnPremises>,
): { tables: CTgwTable[]; associations: Map<string, CTgwTable> } {
  const tables: CTgwTable[] = [];
  const associations = new Map<string, CTgwTable>();
  for (const table of effectiveTgwTables(index.resources, tgw)) {
    const routes: CTgwRoute[] = [];
    const propagated: Cidr[] = [];
    const propagate = (destination: Cidr, attachment: string) => {
      propagated.push(destination);
      routes.push({ destination, label: formatCidr(destination), attachment, origin: 'propagated' });
    };
    const overlapsEarlier = (b: Cidr) => propagated.some((p) => cidrOverlaps(p, b));
    for (const id of new Set(table.propagations)) {
      const vpc = attachedVpcs.get(id);
      if (vpc) {
        const blocks = [...vpc.blocks4, ...vpc.blocks6];
        if (!blocks.some(overlapsEarlier)) for (const b of blocks) propagate(b, vpc.id);
        continue;
      }
      const network = networks.get(id);
      if (network?.via === tgw.id) for (const b of network.blocks) if (!overlapsEarlier(b)) propagate(b, network.id);
    }
    const statics = new Map<string, CTgwRoute>();
    for (const route of table.routes) {
      const destination = block(route.destination);
      if (!destination) continue;
      const label = formatCidr(destination);
      statics.set(label, {
        destination,
        label,
        attachment: route.attachment === 'blackhole' ? null : route.attachment,
        origin: 'static',
      });
    }
    const merged = [...routes.filter((r) => !statics.has(r.label)), ...statics.values()].sort(compareTgwRoutes);
    const compiled: CTgwTable = {
      id: table.id,
      implicit: table.implicit,
      routes4: merged.filter((r) => r.destination.version === 4),
      routes6: merged.filter((r) => r.destination.version === 6),
    };
    tables.push(compiled);
    for (const id of table.associations) if (!associations.has(id)) associations.set(id, compiled);
  }
  return { tables, associations };
}
