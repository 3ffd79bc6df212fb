import { formatPorts, has, type RangeSet } from '../net/index.ts';
import type { Analysis, AnalysisEndpoint, Cell } from './analyse.ts';
import type { Verdict } from './types.ts';

/**
 * The one way to read an all-pairs analysis: the CLI, the overlay and the Reachability panel all
 * ask "what can A open to B?" by id, often for every endpoint against one, so the endpoints are
 * indexed once per analysis and each question is a constant-time lookup.
 */
export interface MatrixReader {
  readonly analysis: Analysis;
  /** The endpoint with this id, if the analysis has it. */
  endpoint(id: string): AnalysisEndpoint | undefined;
  /** What `from` can open to `to`; undefined when either is unknown, they are the same, or the pair is not analysed. */
  cell(from: string, to: string): Cell | undefined;
}

const readers = new WeakMap<Analysis, MatrixReader>();

/** The reader of an analysis, built on first use and kept as long as the analysis lives. */
export function readMatrix(analysis: Analysis): MatrixReader {
  let reader = readers.get(analysis);
  if (!reader) {
    reader = indexMatrix(analysis);
    readers.set(analysis, reader);
  }
  return reader;
}

function indexMatrix(analysis: Analysis): MatrixReader {
  const byId = new Map(analysis.endpoints.map((endpoint) => [endpoint.id, endpoint]));
  return {
    analysis,
    endpoint: (id) => byId.get(id),
    cell(from, to) {
      const a = byId.get(from);
      const b = byId.get(to);
      if (!a || !b || a === b) return undefined;
      const cell = analysis.cells[a.class * analysis.classCount + b.class] ?? -1;
      return cell < 0 ? undefined : analysis.table[cell];
    },
  };
}

/** A cell's flat `[from, to, from, to, ...]` port list as a range set. */
export function cellPorts(flat: readonly number[]): RangeSet {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ from: flat[i]!, to: flat[i + 1]! });
  return out;
}

/**
 * Whether a cell lets anything through: the given TCP or UDP port, or with `port` undefined
 * any TCP or UDP port, ICMP or another protocol.
 */
export function cellOpens(cell: Cell | undefined, port?: number): boolean {
  if (!cell) return false;
  if (port !== undefined) return has(cellPorts(cell.tcp), port) || has(cellPorts(cell.udp), port);
  return cell.tcp.length > 0 || cell.udp.length > 0 || cell.icmp || cell.other;
}

/**
 * What a cell lets through, as text: `tcp 22 443, udp 53, icmp` (ports as the document writes
 * them, `all` for every port); empty when nothing passes but another protocol.
 */
export function describeCell(cell: Cell): string {
  const ports = (flat: readonly number[]) => cellPorts(flat).map(formatPorts).join(' ');
  return [
    cell.tcp.length > 0 ? `tcp ${ports(cell.tcp)}` : '',
    cell.udp.length > 0 ? `udp ${ports(cell.udp)}` : '',
    cell.icmp ? 'icmp' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The matrix's verdict for one protocol and port. Without a port, a TCP or UDP verdict is
 * allowed when every port passes and partial when some do; `all` is allowed when everything
 * passes, blocked when nothing does.
 */
export function matrixVerdict(
  cell: Cell | undefined,
  protocol: 'tcp' | 'udp' | 'icmp' | 'other' | 'all',
  port?: number,
): Verdict {
  if (!cell) return 'blocked';
  if (protocol === 'all') {
    const verdicts = (['tcp', 'udp', 'icmp', 'other'] as const).map((p) => matrixVerdict(cell, p));
    if (verdicts.every((v) => v === 'allowed')) return 'allowed';
    return verdicts.every((v) => v === 'blocked') ? 'blocked' : 'partial';
  }
  if (protocol === 'icmp' || protocol === 'other') return cell[protocol] ? 'allowed' : 'blocked';
  const ports = cellPorts(cell[protocol]);
  if (port !== undefined) return has(ports, port) ? 'allowed' : 'blocked';
  if (ports.length === 0) return 'blocked';
  return ports.length === 1 && ports[0]!.from === 0 && ports[0]!.to === 65535 ? 'allowed' : 'partial';
}

/**
 * Whether an endpoint ever opens a connection: S3 and DynamoDB only answer, a NAT gateway only
 * translates what others open, and an interface endpoint only accepts (AWS). Lists of "what can
 * reach this" leave them out; they can still be reached.
 */
export function opensConnections(endpoint: AnalysisEndpoint): boolean {
  if (endpoint.kind === 'service') return false;
  return endpoint.type !== 'nat-gateway' && endpoint.type !== 'vpc-endpoint';
}

/**
 * The cell for two endpoint ids, or undefined when either is unknown or the pair is not analysed.
 * A constant-time lookup through the analysis's reader.
 */
export function cellBetween(analysis: Analysis, from: string, to: string): Cell | undefined {
  return readMatrix(analysis).cell(from, to);
}
