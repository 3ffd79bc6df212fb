import { EMPTY_SET, intersect, isEmpty, subtract, type RangeSet } from '../../net/range-set.ts';
import type { Ip } from '../address.ts';
import { withoutTouchedSegments } from '../flow-space.ts';
import type { CEni, CompiledDocument, CSubnet } from '../compiled.ts';
import type { ExplanationCode } from '../codes.ts';
import { sentenceOf } from '../explain.ts';
import type {
  DecidingRule,
  Direction,
  Explanation,
  ExplanationParams,
  Hop,
  HopAction,
  HopInterfaces,
  HopNote,
  PathKind,
} from '../types.ts';
import { headerOf, type Packet } from './packet.ts';

/** A translation made on the way out, undone for the reply (NAT gateway, NAT instance). */
export interface Translation {
  readonly by: CEni;
  readonly original: Packet;
}

/** What the forward walk leaves for the return walk: translations, and where the flow left the VPCs. */
export interface FlowState {
  readonly translations: Translation[];
  /** The gateway the request left by towards the internet (the reply comes back through it). */
  exitGateway: { readonly id: string; readonly type: 'internet-gateway' | 'egress-only-internet-gateway' } | undefined;
  /** The gateway endpoint the request reached its service through (the reply comes back through it). */
  serviceEndpoint: { readonly id: string; readonly subnet: CSubnet } | undefined;
}

export function newFlowState(): FlowState {
  return { translations: [], exitGateway: undefined, serviceEndpoint: undefined };
}

/**
 * The state of one walk (forward or return). In `record` mode it keeps hops and blockers for
 * a trace; in bulk mode (all pairs) it keeps only the ports still passing and stops as soon
 * as none are left.
 */
export class Walk {
  readonly hops: Hop[] = [];
  readonly blockers: Explanation[] = [];
  /** Forward: destination ports still passing. Return: the reply's ports while it passes, empty once blocked. */
  alive: RangeSet;
  steps = 0;
  /**
   * Set by the all-pairs analysis, which evaluates the two endpoints' own groups and role
   * itself (memoised): the walk then leaves out the source's egress groups and the groups of
   * `finalEni`, and measures only the path between them.
   */
  pathOnly = false;
  /** The last route table that decided, to blame when a packet ends up somewhere else. */
  lastTable: string | undefined = undefined;
  finalEni: CEni | undefined = undefined;

  constructor(
    readonly compiled: CompiledDocument,
    readonly path: PathKind,
    readonly record: boolean,
    readonly state: FlowState,
    start: RangeSet,
  ) {
    this.alive = start;
  }

  get forward(): boolean {
    return this.path === 'forward';
  }

  /** True when nothing can pass any more and nobody wants the rest of the story. */
  get finished(): boolean {
    return !this.record && isEmpty(this.alive);
  }

  hop(
    component: string,
    componentType: string,
    action: HopAction,
    packet: Packet,
    note: HopNote,
    rule?: DecidingRule,
    direction?: Direction,
    interfaces?: HopInterfaces,
  ): void {
    if (!this.record) return;
    this.hops.push({
      component,
      componentType,
      action,
      header: headerOf(packet),
      note,
      ...(rule ? { rule } : {}),
      ...(direction ? { direction } : {}),
      ...(interfaces ? { interfaces } : {}),
    });
  }

  /** Records a blocker that stops this path (no route, a gateway that refuses): nothing passes. */
  stop(code: ExplanationCode, component: string, text: () => ExplanationParams, direction?: Direction): Outcome {
    this.block(code, component, text, direction);
    return STOPPED;
  }

  /**
   * Applies a filter that lets `allowed` of the packet's flows (flow-space.ts) through. Forward,
   * what passes narrows; on the way back a protocol survives only if its reply passes on every
   * one of its ports.
   */
  filter(
    packet: Packet,
    allowed: RangeSet,
    code: ExplanationCode,
    component: string,
    direction: Direction,
    /** Builds the sentence; false when nothing is recorded (the all-pairs analysis), to save building it. */
    text: ((denied: RangeSet) => ExplanationParams) | false,
  ): boolean {
    const denied = subtract(packet.destinationPorts, allowed);
    if (isEmpty(denied)) return true;
    this.alive = this.forward ? intersect(this.alive, allowed) : withoutTouchedSegments(this.alive, denied);
    if (this.record && text) this.pushBlocker(code, component, () => text(denied), direction);
    return false;
  }

  /** A blocker that does not end the path: the walk goes on to find the others. */
  block(code: ExplanationCode, component: string, text: () => ExplanationParams, direction?: Direction): void {
    this.alive = EMPTY_SET;
    if (this.record) this.pushBlocker(code, component, text, direction);
  }

  private pushBlocker(
    code: ExplanationCode,
    component: string,
    text: () => ExplanationParams,
    direction?: Direction,
  ): void {
    const { message, fix, params, sampleAddress } = sentenceOf(text());
    this.blockers.push({
      code,
      component,
      path: this.path,
      message,
      fix,
      ...(direction ? { direction } : {}),
      params,
      ...(sampleAddress ? { sampleAddress } : {}),
    });
  }

  /** Guards against routing loops (a route table sending a packet back where it came from). */
  tooLong(): boolean {
    return ++this.steps > 48;
  }
}

/** Where a walk ended. */
export type Outcome =
  | { readonly kind: 'eni'; readonly eni: CEni; readonly packet: Packet }
  | { readonly kind: 'internet'; readonly packet: Packet }
  | { readonly kind: 'service'; readonly service: 's3' | 'dynamodb'; readonly packet: Packet }
  | { readonly kind: 'on-premises'; readonly id: string; readonly packet: Packet }
  | { readonly kind: 'stopped' };

export const STOPPED: Outcome = { kind: 'stopped' };

export function withDestination(packet: Packet, destination: Ip): Packet {
  return { ...packet, destination };
}
