import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indexDocument, validateDocument, type VpcLabDocument } from '../model/index.ts';
import { SHARED_DIR } from '../model/test-support/shared.ts';
import { analyse } from './analyse.ts';
import { cellBetween } from './matrix-reader.ts';
import { matrixVerdict } from './matrix-reader.ts';
import { compileDocument } from './compile/index.ts';
import { traceFlow } from './trace.ts';

interface ScenarioCase {
  from: string;
  to: string;
  protocol: 'tcp' | 'udp' | 'icmp';
  port?: number;
  verdict: 'allowed' | 'blocked';
  code?: string;
  component?: string;
  path?: 'forward' | 'return';
  why: string;
}

/** The shared scenarios (the contract) and our own golden cases (cases/README.md), same file format. */
const folders = [join(SHARED_DIR, 'scenarios'), fileURLToPath(new URL('../../cases', import.meta.url))];
const scenarios = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(join(folder, file), 'utf8')) as { document: unknown; cases: ScenarioCase[] }),
    })),
);

describe.each(scenarios)('$file', ({ document, cases }) => {
  const report = validateDocument(document);
  const doc = report.document as VpcLabDocument;
  const index = indexDocument(doc);
  const compiled = compileDocument(doc, index);
  const matrix = analyse(compiled, 4);

  it.each(cases)('$from -> $to $protocol $port: $verdict $code', (c) => {
    const outcome = traceFlow(compiled, index, { from: c.from, to: c.to, protocol: c.protocol, port: c.port });
    if (!outcome.ok) throw new Error(outcome.error);
    const { result } = outcome;
    expect(result.verdict, c.why).toBe(c.verdict);
    if (c.verdict === 'blocked') {
      // The principal blocker is the first explanation, with the component and path the case names.
      expect(result.explanations[0], c.why).toMatchObject({ code: c.code, component: c.component, path: c.path });
    } else {
      expect(result.explanations).toEqual([]);
      expect(result.return.length, 'an allowed flow shows its return path').toBeGreaterThan(0);
    }
    // The all-pairs matrix reaches the same verdict as the trace.
    const cell = cellBetween(matrix, c.from, c.to);
    if (cell) expect(matrixVerdict(cell, c.protocol, c.port)).toBe(c.verdict);
  });
});
