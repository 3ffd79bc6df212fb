import { blamed, hopPlaces, subnetsByTable, type IntentResult } from '../engine/index.ts';
import type { DocumentIndex } from '../model/index.ts';
import type { IntentReport } from './protocol.ts';

/** Adds each intent's forward path for the canvas, from the hops its trace recorded (hop-places.ts). */
export function withPaths(index: DocumentIndex, results: readonly IntentResult[]): IntentReport[] {
  let tables: ReadonlyMap<string, readonly string[]> | undefined;
  return results.map((result) => {
    if (result.error !== undefined) return { ...result, path: [] };
    tables ??= subnetsByTable(index);
    const places = hopPlaces(index, result.forward, tables);
    const path: string[] = [];
    for (const place of places) if (place !== undefined && path[path.length - 1] !== place) path.push(place);
    const dropped = result.forward.findIndex((hop) => hop.action === 'drop');
    const blockedAt =
      (dropped < 0 ? undefined : places[dropped]) ?? blamed(result.explanations[0]?.component, path, tables);
    return { ...result, path, ...(blockedAt === undefined ? {} : { blockedAt }) };
  });
}
