import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDocument } from '../engine/test-support/random-document.ts';
import { parseDocumentText, validateDocument, type ValidationIssue } from '../model/index.ts';
import { AnalysisSession } from './session.ts';
import { applyHostileEdits, hostileEdits } from '../model/test-support/hostile-edits.ts';
import { run } from '../cli/test-support/run.ts';

/** Longest a reader may take on one small document before the run counts as a hang. */
const BUDGET_MS = 2_000;

const issueJson = ({ resource, path, code, message, params }: ValidationIssue) => ({
  resource,
  path,
  code,
  message,
  ...(params ? { params } : {}),
});

/**
 * Mutation fuzzing of every reader of a document: random valid designs, broken by a few hostile
 * edits (hostile-edits.ts). Validation, the CLI and the worker must never throw or hang, and
 * must agree: the CLI's verdict is validateDocument's, the worker reports validateDocument's
 * errors, and whatever validation calls valid is checked and round-trips.
 */
describe('mutation fuzzing: validate, the CLI and the worker agree and never throw', () => {
  it('on random designs with hostile edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 100_000 }), hostileEdits, async (seed, edits) => {
        const input = applyHostileEdits(randomDocument(seed, { endpoints: 4, maxVpcs: 2 }), edits);
        const text = JSON.stringify(input);
        const started = performance.now();

        const report = validateDocument(input);
        expect(parseDocumentText(text)).toEqual(report);

        const validate = await run(['validate', '-', '--json'], text);
        const cli = JSON.parse(validate.stdout) as { valid: boolean; errors: unknown[] };
        expect(cli.valid).toBe(report.valid);
        expect(cli.errors).toEqual(report.errors.map(issueJson));
        expect(validate.code).toBe(report.valid ? 0 : 1);

        const analysis = new AnalysisSession().analyse(input, 1);
        expect(analysis.errors).toEqual(report.errors);
        expect(analysis.analysed).toBe(report.document !== null);

        const check = await run(['check', '-', '--json'], text);
        expect(check.stderr).toBe('');
        expect((JSON.parse(check.stdout) as { valid: boolean }).valid).toBe(report.valid);

        if (report.valid) {
          expect(validateDocument(JSON.parse(JSON.stringify(report.document)))).toEqual(report);
        }
        expect(performance.now() - started).toBeLessThan(BUDGET_MS);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: 20_261_207, numRuns: 250 },
    );
  });
});
