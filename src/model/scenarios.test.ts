import { describe, expect, it } from 'vitest';
import { validateDocument } from './index.ts';
import { loadScenarios, loadWorkedExample } from './test-support/shared.ts';

describe('shared documents', () => {
  const scenarios = loadScenarios();

  it('finds the shared scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it.each(scenarios)('$file validates with zero errors', ({ document }) => {
    const report = validateDocument(document);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.document).not.toBeNull();
  });

  it('validates the worked example of format.md', () => {
    const report = validateDocument(loadWorkedExample());
    expect(report.errors).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
