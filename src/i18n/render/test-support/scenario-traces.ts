/// <reference types="vite/client" />
import { compileDocument, traceFlow, type FlowQuery, type TraceResult } from '../../../engine/index.ts';
import { indexDocument, validateDocument, type VpcLabDocument } from '../../../model/index.ts';

/**
 * For tests: the bundled examples, which are the shared scenarios and format.md's worked example
 * (kept equal to them by scripts/build-examples.test.ts; Vite's glob import keeps the page's
 * tests free of Node APIs).
 */
export const scenarios = import.meta.glob<{ document: unknown }>('../../../../public/examples/[0-9]*.json', {
  eager: true,
});

/**
 * For tests: a trace of every ordered pair of `endpoints` of every bundled example, for each
 * flow given (what every language's wordings are checked against).
 */
export function scenarioTraces(
  queries: readonly Omit<FlowQuery, 'from' | 'to'>[],
  extraEndpoints: readonly string[],
): TraceResult[] {
  const out: TraceResult[] = [];
  for (const { document } of Object.values(scenarios)) {
    const doc = validateDocument(document).document as VpcLabDocument;
    const index = indexDocument(doc);
    const compiled = compileDocument(doc, index);
    const ids = [...doc.resources.map((r) => r.id), ...extraEndpoints];
    for (const from of ids)
      for (const to of ids)
        for (const query of queries) {
          if (from === to) continue;
          const outcome = traceFlow(compiled, index, { from, to, ...query });
          if (outcome.ok) out.push(outcome.result);
        }
  }
  return out;
}
