import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The engine's modules import each other without cycles (type-only imports included), except
 * the walk's mutual recursion between walk/route.ts and the gateways it routes to (see
 * routeFrom). A module that needs the flow runner gets it handed in instead of importing it.
 */
const ENGINE = dirname(fileURLToPath(import.meta.url));
const IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gm;

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of modules(ENGINE)) {
    const source = readFileSync(path, 'utf8');
    const targets = [...source.matchAll(IMPORT)].map((m) => resolve(dirname(path), m[1]!));
    graph.set(path, targets);
  }
  return graph;
}

/** The groups of modules that import one another, directly or not (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(relative(ENGINE, member));
    } while (member !== node);
    if (group.length > 1) out.push(group.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return out;
}

describe('engine imports', () => {
  it('have no cycles but the walk between route tables and gateways', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(40);
    expect(cycles(graph)).toEqual([
      ['walk/internet.ts', 'walk/nat.ts', 'walk/peering.ts', 'walk/route.ts', 'walk/transit-gateway.ts', 'walk/vpn.ts'],
    ]);
  });
});
