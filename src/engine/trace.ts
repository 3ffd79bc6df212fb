import type { DocumentIndex } from '../model/index.ts';
import { formatPortSet, formatProtocol, PROTOCOL, type RangeSet } from '../net/index.ts';
import { hasIcmp, hasOther, pointOf, portsOf, WHOLE_SPACE } from './flow-space.ts';
import { ipText } from './address.ts';
import type { CompiledDocument } from './compiled.ts';
import { runFlow } from './flow.ts';
import type { FlowRun } from './flow-types.ts';
import { resolvePlace, writtenAsIpv6 } from './places.ts';
import { portsText } from './walk/packet.ts';
import type { FlowQuery, Passing, TraceResult } from './types.ts';

/** Why a flow could not be traced, as data: which field, the code, and the text as written. */
export interface TraceProblem {
  readonly field: 'from' | 'to' | 'protocol' | 'port';
  readonly code: string;
  readonly text: string;
}

export type TraceOutcome =
  | { readonly ok: true; readonly result: TraceResult }
  | { readonly ok: false; readonly error: string; readonly problem: TraceProblem };

/**
 * Traces one flow: can `from` open a connection to `to` with this protocol and port, and does
 * the reply get back? Every blocker along the path is reported, forward ones first in hop
 * order, then those of the return path; the first is the principal blocker.
 */
export function traceFlow(compiled: CompiledDocument, index: DocumentIndex, query: FlowQuery): TraceOutcome {
  const from = resolvePlace(compiled, index, query.from);
  if (!from.ok) {
    return { ok: false, error: `from: ${from.error}`, problem: { field: 'from', code: from.code, text: query.from } };
  }
  const to = resolvePlace(compiled, index, query.to);
  if (!to.ok) {
    return { ok: false, error: `to: ${to.error}`, problem: { field: 'to', code: to.code, text: query.to } };
  }
  const version = query.ipVersion ?? (writtenAsIpv6(query.from) || writtenAsIpv6(query.to) ? 6 : 4);
  const protocol = protocolNumber(query.protocol, version);
  if (protocol === undefined)
    return {
      ok: false,
      error: `protocol: "${String(query.protocol)}" is not tcp, udp, icmp, icmpv6, all or 0-255`,
      problem: { field: 'protocol', code: 'PROTOCOL_INVALID', text: String(query.protocol) },
    };
  const needsPort = protocol === PROTOCOL.tcp || protocol === PROTOCOL.udp;
  if (
    needsPort &&
    (query.port === undefined || !Number.isInteger(query.port) || query.port < 1 || query.port > 65535)
  ) {
    return {
      ok: false,
      error: `port: ${formatProtocol(protocol).toUpperCase()} needs a port from 1 to 65535`,
      problem: { field: 'port', code: 'PORT_REQUIRED', text: formatProtocol(protocol).toUpperCase() },
    };
  }
  const base = { from: from.place, to: to.place, version, protocol, record: true } as const;

  if (protocol === PROTOCOL.all) {
    // One walk over the whole flow space answers every protocol and port at once.
    const run = runFlow(compiled, { ...base, space: WHOLE_SPACE });
    const passing = passingOf(run.passing, version);
    const whole = run.passing.length === 1 && run.passing[0]!.from === 0 && run.passing[0]!.to === WHOLE_SPACE[0]!.to;
    const verdict = whole ? 'allowed' : run.passing.length === 0 ? 'blocked' : 'partial';
    const result = toResult(query, version, protocol, undefined, run, verdict);
    return { ok: true, result: { ...result, flow: { ...result.flow, destinationPort: 'all' }, passing } };
  }

  const run = runFlow(compiled, { ...base, space: pointOf(protocol, query.port) });
  return { ok: true, result: toResult(query, version, protocol, needsPort ? query.port : undefined, run) };
}

/** What passes of a query over every protocol, protocol by protocol. */
function passingOf(space: RangeSet, version: 4 | 6): Passing[] {
  const out: Passing[] = [];
  for (const protocol of [6, 17] as const) {
    const ports = portsOf(space, protocol);
    if (ports.length) out.push({ protocol: formatProtocol(protocol), ports: formatPortSet(ports) });
  }
  if (hasIcmp(space)) out.push({ protocol: version === 6 ? 'icmpv6' : 'icmp', ports: '' });
  if (hasOther(space)) out.push({ protocol: 'other', ports: '' });
  return out;
}

function toResult(
  query: FlowQuery,
  version: 4 | 6,
  protocol: number,
  port: number | undefined,
  run: FlowRun,
  verdict?: TraceResult['verdict'],
): TraceResult {
  const legs = run.legs.map((leg) =>
    toResult(
      { from: query.to, to: leg.target, protocol: formatProtocol(protocol) as FlowQuery['protocol'], port: leg.port },
      version,
      protocol,
      leg.port,
      leg.run,
    ),
  );
  return {
    verdict: verdict ?? (run.blockers.length === 0 && run.passing.length > 0 ? 'allowed' : 'blocked'),
    flow: {
      from: query.from,
      to: query.to,
      ipVersion: version,
      protocol: formatProtocol(protocol),
      source: run.source ? ipText(run.source) : '',
      destination: run.destination ? ipText(run.destination) : '',
      sourcePorts: portsText(protocol, run.sourcePorts),
      destinationPort: port === undefined ? '' : String(port),
    },
    forward: run.forward,
    return: run.back,
    explanations: run.blockers,
    ...(legs.length ? { legs } : {}),
  };
}

export function protocolNumber(protocol: FlowQuery['protocol'], version: 4 | 6): number | undefined {
  if (typeof protocol === 'number')
    return Number.isInteger(protocol) && protocol >= 0 && protocol <= 255 ? protocol : undefined;
  switch (protocol) {
    case 'tcp':
      return PROTOCOL.tcp;
    case 'udp':
      return PROTOCOL.udp;
    case 'icmp':
    case 'icmpv6':
      // "ICMP" means the ICMP of the flow's IP version.
      return version === 6 ? PROTOCOL.icmpv6 : PROTOCOL.icmp;
    case 'all':
      return PROTOCOL.all;
    default:
      return undefined;
  }
}
