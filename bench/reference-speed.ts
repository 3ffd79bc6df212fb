import { analyse, cellBetween, type CompiledDocument } from '../src/engine/index.ts';
import { referenceVerdict } from '../src/engine/reference/index.ts';
import type { VpcLabDocument } from '../src/model/index.ts';

/** How long the naive reference may take on one design before it counts as not finishing. */
const BUDGET_MS = 20_000;

/**
 * The speed ratio against the naive reference evaluator. The reference answers one concrete
 * packet at a time, so to produce the same matrix it must ask every ordered pair about one
 * port of each port class (TCP and UDP), ICMP and other protocols. It only finishes on the
 * smaller designs; on the rest the column says so.
 */
export function referenceComparison(document: VpcLabDocument, compiled: CompiledDocument, engineMs: number): string {
  const analysis = analyse(compiled, 4);
  const probes = analysis.portClasses.map((label) => Number(label.split('-')[0]));
  const ids = analysis.endpoints.map((e) => e.id);
  const start = performance.now();
  let verdicts = 0;
  for (const from of ids) {
    for (const to of ids) {
      if (from === to || !cellBetween(analysis, from, to)) continue;
      for (const port of probes) {
        referenceVerdict(document, from, to, 'tcp', port, 4);
        referenceVerdict(document, from, to, 'udp', port, 4);
      }
      referenceVerdict(document, from, to, 'icmp', undefined, 4);
      referenceVerdict(document, from, to, 'other', undefined, 4);
      verdicts += probes.length * 2 + 2;
      if (performance.now() - start > BUDGET_MS) return `>${BUDGET_MS / 1000}s, not finished`;
    }
  }
  const referenceMs = performance.now() - start;
  return `${Math.round(referenceMs / engineMs).toLocaleString('en')}x (${(referenceMs / 1000).toFixed(1)} s, ${verdicts.toLocaleString('en')} packets)`;
}
