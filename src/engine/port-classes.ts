import { WELL_KNOWN_SERVICES } from '../net/index.ts';
import type { CompiledDocument } from './compiled.ts';
import { EXTERNAL_PORTS, LINUX_PORTS, NAT_RANGE, WINDOWS_PORTS } from './ephemeral.ts';

/**
 * The port ranges that matter in a design: every boundary of every rule, listener, database
 * port, ephemeral range and well-known service cuts 0-65535 into classes whose ports are
 * treated identically by everything in the design. Labels and pickers use them.
 */
export function portClasses(compiled: CompiledDocument): string[] {
  const cuts = new Set<number>([0, 65536]);
  const add = (from: number, to: number) => {
    cuts.add(from);
    cuts.add(to + 1);
  };
  for (const nacl of compiled.nacls.values())
    for (const r of [...nacl.inbound, ...nacl.outbound]) add(r.ports.from, r.ports.to);
  for (const group of compiled.groups.values())
    for (const r of [...group.inbound, ...group.outbound]) add(r.ports.from, r.ports.to);
  for (const resource of compiled.resources.values()) {
    const role = resource.role;
    if (role.kind === 'database') add(role.port, role.port);
    if (role.kind === 'load-balancer') for (const l of role.balancer.listeners) add(l.port, l.port);
  }
  for (const range of [LINUX_PORTS, WINDOWS_PORTS, EXTERNAL_PORTS, NAT_RANGE]) add(range.from, range.to);
  for (const service of WELL_KNOWN_SERVICES) {
    const [from = 0, to = from] = service.ports.split('-').map(Number);
    add(from, to);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]! - 1;
    out.push(from === to ? String(from) : `${from}-${to}`);
  }
  return out;
}
