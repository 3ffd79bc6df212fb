import type { DocumentIndex, Intent } from '../model/index.ts';
import type { CompiledDocument } from './compiled.ts';
import { writtenAsIpv6 } from './places.ts';
import { traceFlow } from './trace.ts';
import type { Explanation, Hop, Passing, Verdict } from './types.ts';
import type { TraceProblem } from './trace.ts';

/** The outcome of one intent: what the engine decided, and whether that is what was expected. */
export interface IntentResult {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly protocol: Intent['protocol'];
  readonly port?: number;
  readonly ipVersion: 4 | 6;
  readonly expect: Intent['expect'];
  readonly verdict: Verdict;
  readonly pass: boolean;
  /** The trace's explanations; the first is the principal blocker. */
  readonly explanations: readonly Explanation[];
  /** The request's hops (the canvas draws the intent along them). */
  readonly forward: readonly Hop[];
  /** For protocol "all": what passes. */
  readonly passing?: readonly Passing[];
  /** Why the flow could not be traced (an unknown endpoint, a missing port); the intent then fails. */
  readonly error?: string;
  /** The same as data, for wording it in the page's language (src/i18n/render/validation.ts). */
  readonly problem?: TraceProblem;
}

/**
 * Checks intents against a compiled design, in the given order. An intent passes when the
 * verdict equals `expect`; with protocol "all" a `partial` verdict fails both expectations
 * (format.md, "Intent"). An intent that cannot be traced fails with `error` and verdict
 * `blocked`, so a caller that only reads `pass` can never mistake it for a success.
 * @example checkIntents(compiled, index, document.intents ?? []).filter((r) => !r.pass)
 */
export function checkIntents(
  compiled: CompiledDocument,
  index: DocumentIndex,
  intents: readonly Intent[],
): IntentResult[] {
  return intents.map((intent) => checkIntent(compiled, index, intent));
}

function checkIntent(compiled: CompiledDocument, index: DocumentIndex, intent: Intent): IntentResult {
  const base = {
    id: intent.id,
    from: intent.from,
    to: intent.to,
    protocol: intent.protocol,
    ...(intent.port === undefined ? {} : { port: intent.port }),
    expect: intent.expect,
  };
  const outcome = traceFlow(compiled, index, {
    from: intent.from,
    to: intent.to,
    protocol: intent.protocol,
    port: intent.port,
    ipVersion: intent.ipVersion,
  });
  if (!outcome.ok) {
    const ipVersion = intent.ipVersion ?? (writtenAsIpv6(intent.from) || writtenAsIpv6(intent.to) ? 6 : 4);
    return {
      ...base,
      ipVersion,
      verdict: 'blocked',
      pass: false,
      explanations: [],
      forward: [],
      error: outcome.error,
      problem: outcome.problem,
    };
  }
  const { result } = outcome;
  return {
    ...base,
    ipVersion: result.flow.ipVersion,
    verdict: result.verdict,
    pass: result.verdict === intent.expect,
    explanations: result.explanations,
    forward: result.forward,
    ...(result.passing ? { passing: result.passing } : {}),
  };
}
