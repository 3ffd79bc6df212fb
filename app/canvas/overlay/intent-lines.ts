import type { Explanation, Verdict } from '../../../src/engine/index.ts';
import type { IntentReport } from '../../../src/worker/protocol.ts';
import { nodeIdOf } from './node-ids.ts';

/** One intent as the overlay draws it. */
export interface IntentLine {
  readonly id: string;
  readonly verdict: Verdict;
  /** "internet → web-1 tcp/443", as the Intents tab writes it. */
  readonly flow: string;
  /**
   * Node ids the line passes, in order, ending where the packet got to: the destination when
   * allowed, the blocking component when blocked. Containers are only drawn as the blocking end.
   */
  readonly stops: readonly string[];
  /** The node where the forward path was blocked. */
  readonly blockedAt?: string;
  /** The principal blocker's code, for the marker's title. */
  readonly code?: string;
  readonly message?: string;
  /** The principal blocker, to word its message in the page's language. */
  readonly explanation?: Explanation;
}

/** The intent lines of a report: pure, memoised by the caller on the report. */
export function intentLines(intents: readonly IntentReport[]): IntentLine[] {
  return intents.map((intent) => {
    const blockedAt =
      intent.verdict === 'allowed' ? undefined : (intent.blockedAt ?? (intent.error ? intent.from : undefined));
    const raw = [intent.from, ...intent.path, ...(intent.verdict === 'blocked' ? [] : [intent.to])].map(nodeIdOf);
    const stops: string[] = [];
    for (const id of raw) if (stops[stops.length - 1] !== id) stops.push(id);
    const blockNode = blockedAt === undefined ? undefined : nodeIdOf(blockedAt);
    const cut = blockNode === undefined ? -1 : stops.indexOf(blockNode);
    const principal = intent.explanations[0];
    return {
      id: intent.id,
      verdict: intent.verdict,
      flow: `${intent.from} → ${intent.to} ${intent.protocol}${intent.port === undefined ? '' : `/${intent.port}`}`,
      stops: cut < 0 ? stops : stops.slice(0, cut + 1),
      ...(blockNode === undefined ? {} : { blockedAt: blockNode }),
      ...(principal ? { code: principal.code, message: principal.message, explanation: principal } : {}),
      ...(intent.error !== undefined ? { code: 'ERROR', message: intent.error } : {}),
    };
  });
}
