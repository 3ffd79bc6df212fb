import type { ExplanationCode } from './codes.ts';
import type { ExplanationParams } from './explain.ts';

/**
 * The engine's public result types. Everything here is plain JSON (strings, numbers, arrays),
 * so results cross the worker boundary and the CLI's --json output unchanged.
 */

export type Verdict = 'allowed' | 'blocked' | 'partial';
export type PathKind = 'forward' | 'return';
export type Direction = 'ingress' | 'egress';
export type HopAction = 'accept' | 'forward' | 'translate' | 'drop';
export type FlowProtocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'all';

/** A question: can `from` open a connection to `to` with this protocol and destination port? */
export interface FlowQuery {
  readonly from: string;
  readonly to: string;
  readonly protocol: FlowProtocol | number;
  readonly port?: number | undefined;
  readonly ipVersion?: 4 | 6 | undefined;
}

/** A packet header as it leaves a hop. Ports are written as the document writes them ("443", "32768-60999"). */
export interface Header {
  readonly source: string;
  readonly destination: string;
  readonly protocol: string;
  readonly sourcePorts: string;
  readonly destinationPorts: string;
}

/** The exact rule or route that decided a hop. */
export type DecidingRule =
  | { readonly kind: 'route'; readonly table: string; readonly destination: string; readonly target: string }
  | { readonly kind: 'nacl-rule'; readonly nacl: string; readonly direction: Direction; readonly rule: number | '*' }
  | {
      readonly kind: 'sg-rule';
      readonly group: string;
      readonly direction: Direction;
      /** Position of the rule in the group's list, counted from 1 as the inspector shows it. */
      readonly rule: number;
    }
  | {
      readonly kind: 'tgw-route';
      readonly gateway: string;
      readonly destination: string;
      readonly attachment: string;
      readonly origin: 'static' | 'propagated';
    }
  | { readonly kind: 'listener'; readonly balancer: string; readonly protocol: string; readonly port: number };

/** One step of a path: which component acted, what it did, why, and the header it let out. */
export interface Hop {
  readonly component: string;
  readonly componentType: string;
  readonly action: HopAction;
  readonly direction?: Direction;
  readonly rule?: DecidingRule;
  readonly header: Header;
  /** A short plain description ("routes 10.2.0.0/16 to pcx-ab"). */
  readonly note: string;
}

/** Why a flow is blocked at one point, for a newcomer, with the fix. */
export interface Explanation {
  readonly code: ExplanationCode;
  readonly component: string;
  readonly direction?: Direction;
  readonly path: PathKind;
  readonly message: string;
  readonly fix: string;
  /** The sentence's specifics, to word it in another language (message and fix stay English). */
  readonly params?: ExplanationParams;
  /** The sample internet address (203.0.113.10) the fix names, which the fix says is only a sample. */
  readonly sampleAddress?: string;
}

/** The flow as resolved: concrete addresses and ports. */
export interface ResolvedFlow {
  readonly from: string;
  readonly to: string;
  readonly ipVersion: 4 | 6;
  readonly protocol: string;
  readonly source: string;
  readonly destination: string;
  readonly sourcePorts: string;
  readonly destinationPort: string;
}

/** What passes of a protocol "all" query, per protocol. */
export interface Passing {
  readonly protocol: string;
  readonly ports: string;
}

export interface TraceResult {
  readonly verdict: Verdict;
  readonly flow: ResolvedFlow;
  readonly forward: readonly Hop[];
  readonly return: readonly Hop[];
  readonly explanations: readonly Explanation[];
  /** For a load balancer destination: the balancer-to-target connections it opens. */
  readonly legs?: readonly TraceResult[];
  /** For protocol "all": what passes (empty when nothing does). */
  readonly passing?: readonly Passing[];
}
