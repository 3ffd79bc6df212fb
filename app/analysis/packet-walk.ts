import type { Explanation, Header, Hop, PathKind, TraceResult } from '../../src/engine/index.ts';
import { forwardBlocked } from '../../src/engine/index.ts';

/**
 * The packet walk (Packet Tracer's simulation mode): a traced flow as the steps a packet takes,
 * one hop at a time, with the header it carries before and after each hop. Pure data from the
 * `TraceResult`, so the panel, the canvas marker and the tests read the same steps.
 */
export interface WalkStep {
  /** Which way (of which load balancer leg) and the hop's position in that list, as `HopPick`. */
  readonly path: PathKind;
  readonly leg?: number;
  readonly index: number;
  readonly hop: Hop;
  /** The header as it reached this hop; `hop.header` is the header it let out. */
  readonly before: Header;
  /** The packet stops here: the hop dropped it, or a blocked way got no further. */
  readonly blocked: boolean;
  /** Why it stopped, with the fix, when `blocked`. */
  readonly explanation?: Explanation;
}

/**
 * The steps of a trace: the request out, each load balancer connection out and back, then the
 * reply; a way that is blocked ends at its blocker, and a request that never arrives has no reply.
 */
export function walkSteps(result: TraceResult): WalkStep[] {
  const steps: WalkStep[] = [];
  const add = (trace: TraceResult, path: PathKind, leg: number | undefined, start: Header): boolean => {
    const hops = path === 'forward' ? trace.forward : trace.return;
    const explanation = trace.explanations.find((e) => e.path === path);
    const wayBlocked = trace.verdict === 'blocked' && explanation !== undefined;
    let before = start;
    for (let index = 0; index < hops.length; index++) {
      const hop = hops[index]!;
      const last = hop.action === 'drop' || (wayBlocked && index === hops.length - 1);
      const blocked = last && trace.verdict !== 'allowed';
      steps.push({
        path,
        ...(leg === undefined ? {} : { leg }),
        index,
        hop,
        before,
        blocked,
        ...(blocked && explanation ? { explanation } : {}),
      });
      before = hop.header;
      if (blocked && trace.verdict === 'blocked') return false;
    }
    return true;
  };
  const walk = (trace: TraceResult, leg: number | undefined, legs: () => boolean): boolean => {
    if (!add(trace, 'forward', leg, requestHeader(trace))) return false;
    if (!legs()) return false;
    if (forwardBlocked(trace) || trace.return.length === 0) return true;
    return add(trace, 'return', leg, replyHeader(trace));
  };
  walk(result, undefined, () => (result.legs ?? []).every((l, i) => walk(l, i, () => true)));
  return steps;
}

/** The header the source sends: the resolved flow. */
export function requestHeader(trace: TraceResult): Header {
  const { flow } = trace;
  return {
    source: flow.source,
    destination: flow.destination,
    protocol: flow.protocol,
    sourcePorts: flow.sourcePorts,
    destinationPorts: flow.destinationPort,
  };
}

/** The header of the reply as the destination sends it: the request as it arrived, turned round. */
export function replyHeader(trace: TraceResult): Header {
  const arrived = trace.forward.at(-1)?.header ?? requestHeader(trace);
  return {
    source: arrived.destination,
    destination: arrived.source,
    protocol: arrived.protocol,
    sourcePorts: arrived.destinationPorts,
    destinationPorts: arrived.sourcePorts,
  };
}

export const HEADER_FIELDS = ['source', 'destination', 'sourcePorts', 'destinationPorts', 'protocol'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** The fields a hop rewrote (an internet gateway's or NAT's translation), in table order. */
export function changedFields(step: Pick<WalkStep, 'before' | 'hop'>): HeaderField[] {
  return HEADER_FIELDS.filter((field) => step.before[field] !== step.hop.header[field]);
}

/** IANA protocol numbers, as VPC Flow Logs write the protocol. */
const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 };

/** The protocol as its IANA number ("tcp" → 6); a number stays; "all" (every protocol) is "-". */
export function protocolNumber(protocol: string): string {
  const known = PROTOCOL_NUMBERS[protocol.toLowerCase()];
  if (known !== undefined) return String(known);
  return /^\d+$/.test(protocol) ? protocol : '-';
}

/**
 * A port as one packet of the flow carries it: a flow log records one port, so a range (the
 * client's ephemeral ports) is written as its first port; ICMP and other portless protocols as 0.
 */
export function packetPort(ports: string, protocol: string): string {
  const p = protocol.toLowerCase();
  if (p !== 'tcp' && p !== 'udp' && p !== '6' && p !== '17') return '0';
  const first = /^\d+/.exec(ports.trim());
  return first ? first[0] : '0';
}

/** The fields of `flowLogLine`, as a custom VPC Flow Logs format names them. */
export const FLOW_LOG_FIELDS = 'srcaddr dstaddr srcport dstport protocol action';

/**
 * The hop as a VPC Flow Logs record would show it, in the service's field order (srcaddr dstaddr
 * srcport dstport protocol action): "203.0.113.10 10.0.1.10 32768 443 6 ACCEPT".
 */
export function flowLogLine(step: Pick<WalkStep, 'hop' | 'blocked'>): string {
  const h = step.hop.header;
  return [
    h.source,
    h.destination,
    packetPort(h.sourcePorts, h.protocol),
    packetPort(h.destinationPorts, h.protocol),
    protocolNumber(h.protocol),
    step.blocked || step.hop.action === 'drop' ? 'REJECT' : 'ACCEPT',
  ].join(' ');
}

/** Whether a port field holds a range (the flow log line then shows its first port). */
export const isPortRange = (ports: string): boolean => /\d\s*-\s*\d/.test(ports) || ports.includes(',');
