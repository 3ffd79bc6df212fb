import { cellPorts, readMatrix, type Analysis, type Cell } from '../engine/index.ts';
import { formatPorts, intersect, type RangeSet } from '../net/index.ts';

/** What one ordered pair can open, as text: port lists (`22;443`), `all`, `none`, or `n/a` when not analysed. */
export interface MatrixPair {
  readonly from: string;
  readonly to: string;
  readonly tcp: string;
  readonly udp: string;
  readonly icmp: string;
  readonly other: string;
}

/** The ports of a cell that matter: all of them, or only `port` when the user focused on one. */
export interface CellPorts {
  readonly tcp: RangeSet;
  readonly udp: RangeSet;
  readonly icmp: boolean;
  readonly other: boolean;
}

/** A cell's port sets, narrowed to one port when `port` is given; undefined when the pair is not analysed. */
export function cellPortsOf(cell: Cell | undefined, port: number | undefined): CellPorts | undefined {
  if (!cell) return undefined;
  const only = (set: RangeSet) => (port === undefined ? set : intersect(set, [{ from: port, to: port }]));
  return { tcp: only(cellPorts(cell.tcp)), udp: only(cellPorts(cell.udp)), icmp: cell.icmp, other: cell.other };
}

/** `22;443;1024-65535`, `all` or `none` (a semicolon keeps CSV cells free of commas). */
export function portList(set: RangeSet, separator = ';'): string {
  return set.length === 0 ? 'none' : set.map(formatPorts).join(separator);
}

/**
 * Every ordered pair of distinct endpoints, in the analysis's endpoint order, one at a time: at
 * 5,000 endpoints there are 25 million, too many to hold as objects or print as one string.
 * Pairs the engine does not analyse (both ends outside the design, like internet to s3) read `n/a`.
 */
export function* eachMatrixPair(analysis: Analysis, port: number | undefined): Generator<MatrixPair> {
  const reader = readMatrix(analysis);
  for (const a of analysis.endpoints) {
    for (const b of analysis.endpoints) {
      if (a === b) continue;
      const ports = cellPortsOf(reader.cell(a.id, b.id), port);
      yield ports
        ? {
            from: a.id,
            to: b.id,
            tcp: portList(ports.tcp),
            udp: portList(ports.udp),
            icmp: ports.icmp ? 'all' : 'none',
            other: ports.other ? 'all' : 'none',
          }
        : { from: a.id, to: b.id, tcp: 'n/a', udp: 'n/a', icmp: 'n/a', other: 'n/a' };
    }
  }
}

/** The number of pairs eachMatrixPair yields. */
export function matrixPairCount(analysis: Analysis): number {
  const n = analysis.endpoints.length;
  return n * Math.max(n - 1, 0);
}
