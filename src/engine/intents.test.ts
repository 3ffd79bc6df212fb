import { describe, expect, it } from 'vitest';
import { indexDocument, validateDocument, type Intent, type VpcLabDocument } from '../model/index.ts';
import { loadScenarios, type ScenarioCase as Case } from '../model/test-support/shared.ts';
import { checkIntents, compileDocument } from './index.ts';

const scenarios = loadScenarios().map(({ file, document: raw, cases }) => {
  const document = validateDocument(raw).document;
  if (!document) throw new Error(`${file} does not parse`);
  return { file, document, cases };
});

/** Every case of a scenario file maps one to one onto an intent (scenarios/README.md). */
function toIntent(c: Case, i: number, expectOverride?: Intent['expect']): Intent {
  return {
    id: `case-${i}`,
    from: c.from,
    to: c.to,
    protocol: c.protocol,
    ...(c.port === undefined ? {} : { port: c.port }),
    expect: expectOverride ?? c.verdict,
  };
}

function check(document: VpcLabDocument, intents: readonly Intent[]) {
  const index = indexDocument(document);
  return checkIntents(compileDocument(document, index), index, intents);
}

const scenario = (prefix: string) => {
  const found = scenarios.find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no scenario ${prefix}`);
  return found;
};

describe('checkIntents on the shared scenarios', () => {
  it('finds the scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it.each(scenarios)(
    '$file: every case passes as an intent, with its principal blocker first',
    ({ document, cases }) => {
      const results = check(
        document,
        cases.map((c, i) => toIntent(c, i)),
      );
      results.forEach((result, i) => {
        const c = cases[i]!;
        expect(result.error).toBeUndefined();
        expect({ case: i, verdict: result.verdict, pass: result.pass }).toEqual({
          case: i,
          verdict: c.verdict,
          pass: true,
        });
        if (c.verdict === 'blocked') {
          const first = result.explanations[0];
          expect(first?.code).toBe(c.code);
          if (c.component !== undefined) expect(first?.component).toBe(c.component);
          if (c.path !== undefined) expect(first?.path).toBe(c.path);
        } else {
          expect(result.explanations).toEqual([]);
        }
      });
    },
  );

  it.each(scenarios)('$file: a wrong expectation fails, naming the principal blocker', ({ document, cases }) => {
    const results = check(
      document,
      cases.map((c, i) => toIntent(c, i, c.verdict === 'allowed' ? 'blocked' : 'allowed')),
    );
    results.forEach((result, i) => {
      const c = cases[i]!;
      expect(result.pass).toBe(false);
      if (c.verdict === 'blocked') expect(result.explanations[0]?.code).toBe(c.code);
    });
  });
});

describe('checkIntents details', () => {
  const { document } = scenario('01-');
  const all = (from: string, to: string, expectation: Intent['expect']): Intent => ({
    id: `${from}-${to}`,
    from,
    to,
    protocol: 'all',
    expect: expectation,
  });

  it('protocol all: allowed only when everything passes', () => {
    const [result] = check(document, [all('web-1', 'internet', 'allowed')]);
    expect(result).toMatchObject({ verdict: 'allowed', pass: true, ipVersion: 4 });
    // Every protocol passes in full (the engine's label for "other" protocols is its own business).
    expect(result?.passing).toHaveLength(4);
    expect(result?.passing).toContainEqual({ protocol: 'tcp', ports: 'all' });
  });

  it('protocol all: blocked only when nothing passes', () => {
    const [result] = check(document, [all('internet', 'app-1', 'blocked')]);
    expect(result).toMatchObject({ verdict: 'blocked', pass: true, passing: [] });
  });

  it('protocol all: partial fails both expectations and lists what passes', () => {
    const results = check(document, [all('internet', 'web-1', 'allowed'), all('internet', 'web-1', 'blocked')]);
    for (const result of results) {
      expect(result).toMatchObject({ verdict: 'partial', pass: false });
      expect(result.passing).toContainEqual({ protocol: 'tcp', ports: '443' });
    }
  });

  it('an unresolvable endpoint fails with an error', () => {
    const [result] = check(document, [
      { id: 'ghost', from: 'nope', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' },
    ]);
    expect(result).toMatchObject({ id: 'ghost', verdict: 'blocked', pass: false, explanations: [] });
    expect(result?.error).toMatch(/^from: "nope"/);
  });

  it('keeps the intent fields and order, and infers IPv6 from an IPv6 endpoint', () => {
    const results = check(scenario('10-').document, [
      { id: 'b', from: 'app-1', to: 'internet:2600:1f18::10', protocol: 'tcp', port: 443, expect: 'allowed' },
      { id: 'a', from: 'internet', to: 'app-1', protocol: 'icmp', expect: 'blocked', ipVersion: 6 },
    ]);
    expect(results.map((r) => [r.id, r.ipVersion, r.port])).toEqual([
      ['b', 6, 443],
      ['a', 6, undefined],
    ]);
    expect('port' in results[1]!).toBe(false);
  });
});
