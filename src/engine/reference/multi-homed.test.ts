import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { diffBareAddresses } from '../test-support/bare-address-diff.ts';
import { describeMismatch, diffDocument } from '../test-support/differential.ts';
import { randomDocument } from '../test-support/random-document.ts';
import { withSecondaryInterfaces } from '../test-support/random-interfaces.ts';

/**
 * Instances with secondary network interfaces: the engine's all-pairs matrix and its traces to
 * bare addresses (which reach secondary interfaces) must equal the naive reference on random
 * documents whose instances were given extra interfaces and whose instance routes name one.
 */
const SEEDS = Array.from({ length: 4 }, (_, i) => [i * 25 + 1, i * 25 + 25] as [number, number]);

describe('multi-homed instances: the engine equals the reference', () => {
  it.each(SEEDS)('seeds %i to %i', (from, to) => {
    const failures: string[] = [];
    let multiHomed = 0;
    for (let seed = from; seed <= to; seed++) {
      const document = withSecondaryInterfaces(randomDocument(seed), seed);
      const report = validateDocument(document);
      if (report.errors.length > 0) {
        failures.push(`seed ${seed}: invalid document: ${report.errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      multiHomed += document.resources.filter((r) => r.type === 'instance' && r.networkInterfaces).length;
      const diff = diffDocument(document, seed);
      for (const mismatch of diff.mismatches.slice(0, 3)) failures.push(describeMismatch(document, seed, mismatch));
      for (const line of diff.traceDisagreements) failures.push(`seed ${seed}: ${line}`);
      failures.push(...diffBareAddresses(document, seed).map((line) => `seed ${seed}: ${line}`));
    }
    expect(failures.join('\n\n')).toBe('');
    expect(multiHomed).toBeGreaterThan(0);
  });
});
