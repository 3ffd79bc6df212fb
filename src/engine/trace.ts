import type { DocumentIndex } from '../model/index.ts';
import { ALL_PORTS_SET, formatPortSet, formatProtocol, PROTOCOL, type RangeSet } from '../net/index.ts';
import { ipText } from './address.ts';
import type { CompiledDocument } from './compiled.ts';
import { NO_PORTS, runFlow, type FlowRun } from './flow.ts';
import { resolvePlace, writtenAsIpv6 } from './places.ts';
import { portsText } from './walk/packet.ts';
import type { FlowQuery, Passing, TraceResult } from './types.ts';

export type TraceOutcome =
  { readonly ok: true; readonly result: TraceResult } | { readonly ok: false; readonly error: string };

/**
 * Traces one flow: can `from` open a connection to `to` with this protocol and port, and does
 * the reply get back? Every blocker along the path is reported, forward ones first in hop
 * order, then those of the return path; the first is the principal blocker.
 */
export function traceFlow(compiled: CompiledDocument, index: DocumentIndex, query: FlowQuery): TraceOutcome {
  const from = resolvePlace(compiled, index, query.from);
  if (!from.ok) return { ok: false, error: `from: ${from.error}` };
  const to = resolvePlace(compiled, index, query.to);
  if (!to.ok) return { ok: false, error: `to: ${to.error}` };
  const version = query.ipVersion ?? (writtenAsIpv6(query.from) || writtenAsIpv6(query.to) ? 6 : 4);
  const protocol = protocolNumber(query.protocol, version);
  if (protocol === undefined)
    return { ok: false, error: `protocol: "${String(query.protocol)}" is not tcp, udp, icmp, icmpv6, all or 0-255` };
  const needsPort = protocol === PROTOCOL.tcp || protocol === PROTOCOL.udp;
  if (
    needsPort &&
    (query.port === undefined || !Number.isInteger(query.port) || query.port < 1 || query.port > 65535)
  ) {
    return { ok: false, error: `port: ${formatProtocol(protocol).toUpperCase()} needs a port from 1 to 65535` };
  }
  const base = { from: from.place, to: to.place, version } as const;

  if (protocol === PROTOCOL.all) {
    const parts = protocolsForAll(version).map((p) => ({
      protocol: p,
      run: runFlow(compiled, {
        ...base,
        protocol: p,
        ports: p === 6 || p === 17 ? ALL_PORTS_SET : NO_PORTS,
        record: true,
      }),
    }));
    const passing: Passing[] = parts
      .filter((part) => part.run.passing.length > 0)
      .map((part) => ({
        protocol: formatProtocol(part.protocol),
        ports: portsText(part.protocol, part.run.passing) || 'all',
      }));
    const verdict =
      passing.length === parts.length && parts.every((p) => isWhole(p.protocol, p.run.passing))
        ? 'allowed'
        : passing.length === 0
          ? 'blocked'
          : 'partial';
    // Show the path of the first protocol; explanations of everything that does not pass.
    const first = parts[0]!;
    const result = toResult(query, version, first.protocol, undefined, first.run, verdict);
    return {
      ok: true,
      result: {
        ...result,
        flow: { ...result.flow, protocol: 'all', destinationPort: 'all' },
        explanations: parts.flatMap((p) => p.run.blockers),
        passing,
      },
    };
  }

  const ports: RangeSet = needsPort ? [{ from: query.port!, to: query.port! }] : NO_PORTS;
  const run = runFlow(compiled, { ...base, protocol, ports, record: true });
  return { ok: true, result: toResult(query, version, protocol, needsPort ? query.port : undefined, run) };
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

/** What "all" covers: TCP and UDP on every port, ICMP, and a protocol no rule names (GRE) for "everything else". */
export function protocolsForAll(version: 4 | 6): number[] {
  return [PROTOCOL.tcp, PROTOCOL.udp, version === 6 ? PROTOCOL.icmpv6 : PROTOCOL.icmp, 47];
}

function isWhole(protocol: number, passing: RangeSet): boolean {
  if (protocol !== 6 && protocol !== 17) return passing.length > 0;
  return formatPortSet(passing) === 'all';
}
