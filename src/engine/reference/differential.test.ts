import { describe, expect, it } from 'vitest';
import { diffBareAddresses } from '../test-support/bare-address-diff.ts';
import { describeMismatch, diffDocument } from '../test-support/differential.ts';
import { randomDocument } from '../test-support/random-document.ts';
import { KNOWN_ENGINE_DISCREPANCIES } from './known-discrepancies.ts';

/**
 * The engine's all-pairs matrix must equal the naive reference on random documents. A failing
 * seed is replayed with `VPCLAB_DIFF_SEEDS=<from>-<to>` and then pinned in regressions.test.ts.
 * VPCLAB_DIFF_SEEDS is a count (`500`) or a range (`1200-1300`).
 */
function seedRange(): [number, number] {
  const text = process.env.VPCLAB_DIFF_SEEDS ?? '500';
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return [Number(range[1]), Number(range[2])];
  return [1, Math.max(1, Number(text) || 500)];
}

const [first, last] = seedRange();
const CHUNK = 25;
const chunks: [number, number][] = [];
for (let from = first; from <= last; from += CHUNK) chunks.push([from, Math.min(last, from + CHUNK - 1)]);

describe(`engine matrix equals the reference (seeds ${first}-${last})`, () => {
  it.each(chunks)('seeds %i to %i', (from, to) => {
    const failures: string[] = [];
    for (let seed = from; seed <= to; seed++) {
      if (KNOWN_ENGINE_DISCREPANCIES.has(seed)) continue;
      const document = randomDocument(seed);
      const report = diffDocument(document, seed);
      for (const mismatch of report.mismatches.slice(0, 3)) failures.push(describeMismatch(document, seed, mismatch));
      if (report.mismatches.length > 3) failures.push(`seed ${seed}: ${report.mismatches.length - 3} more mismatches`);
      for (const line of report.traceDisagreements) failures.push(`seed ${seed}: ${line}`);
    }
    expect(failures.join('\n\n')).toBe('');
  });
});

describe(`flows to bare private addresses: the engine's trace equals the reference (seeds ${first}-${last})`, () => {
  it.each(chunks)('seeds %i to %i', (from, to) => {
    const failures: string[] = [];
    for (let seed = from; seed <= to; seed++) {
      if (KNOWN_ENGINE_DISCREPANCIES.has(seed)) continue;
      failures.push(...diffBareAddresses(randomDocument(seed), seed).map((line) => `seed ${seed}: ${line}`));
    }
    expect(failures.join('\n')).toBe('');
  });
});
