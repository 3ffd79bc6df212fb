/**
 * The shared scenario files wrap a document with the verdicts it must reach:
 * `{ title, teaches, source, document, cases: [{ from, to, protocol, port?, verdict, why }] }`.
 * The CLI accepts them directly: the document is checked, and its cases become intents, so
 * `vpclab check scenario.json` verifies the scenario's own claims.
 */
interface ScenarioCase {
  readonly from: unknown;
  readonly to: unknown;
  readonly protocol: unknown;
  readonly port?: unknown;
  readonly verdict: unknown;
  readonly why?: unknown;
}

/** Returns the document text of a scenario file (cases added as intents), or the text unchanged. */
export function unwrapScenario(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text; // The document parser reports the syntax error with its line and column.
  }
  if (!isScenario(parsed)) return text;
  const document = parsed.document as Record<string, unknown>;
  const intents = Array.isArray(document['intents']) ? (document['intents'] as unknown[]) : [];
  const cases = parsed.cases.map((c, i) => ({
    id: `case-${i + 1}`,
    from: c.from,
    to: c.to,
    protocol: c.protocol,
    ...(c.port === undefined ? {} : { port: c.port }),
    expect: c.verdict,
    ...(typeof c.why === 'string' ? { note: c.why } : {}),
  }));
  return JSON.stringify({ ...document, intents: [...intents, ...cases] }, null, 2);
}

function isScenario(value: unknown): value is { document: object; cases: ScenarioCase[] } {
  if (typeof value !== 'object' || value === null || 'format' in value) return false;
  const record = value as Record<string, unknown>;
  return typeof record['document'] === 'object' && record['document'] !== null && Array.isArray(record['cases']);
}
