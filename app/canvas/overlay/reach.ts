import type { Analysis, AnalysisEndpoint, Cell } from '../../../src/engine/index.ts';

/** How one endpoint relates to the selected one: it can be reached from it, reach it, or both. */
export interface Reach {
  readonly from: boolean;
  readonly to: boolean;
}

const byIdCache = new WeakMap<Analysis, ReadonlyMap<string, AnalysisEndpoint>>();

/** The matrix's endpoints by id, built once per report (cellBetween searches the list on every call). */
function endpointsById(matrix: Analysis): ReadonlyMap<string, AnalysisEndpoint> {
  let map = byIdCache.get(matrix);
  if (!map) {
    map = new Map(matrix.endpoints.map((e) => [e.id, e]));
    byIdCache.set(matrix, map);
  }
  return map;
}

function cellOf(matrix: Analysis, a: AnalysisEndpoint, b: AnalysisEndpoint): Cell | undefined {
  if (a === b) return undefined;
  const cell = matrix.cells[a.class * matrix.classCount + b.class] ?? -1;
  return cell < 0 ? undefined : matrix.table[cell];
}

function hasPort(flat: readonly number[], port: number): boolean {
  for (let i = 0; i + 1 < flat.length; i += 2) if (flat[i]! <= port && port <= flat[i + 1]!) return true;
  return false;
}

/** Whether a cell lets anything through: a TCP or UDP port (the given one, or any), ICMP or another protocol. */
export function opens(cell: Cell | undefined, port: number | null): boolean {
  if (!cell) return false;
  if (port !== null) return hasPort(cell.tcp, port) || hasPort(cell.udp, port);
  return cell.tcp.length > 0 || cell.udp.length > 0 || cell.icmp || cell.other;
}

/**
 * What the selected endpoint can open a connection to, and what can open one to it, over every
 * matrix given (IPv4 and IPv6): one pass over the endpoints with direct cell lookups.
 */
export function reachOf(
  matrices: readonly (Analysis | null)[],
  selected: string,
  port: number | null,
): Map<string, Reach> {
  const out = new Map<string, Reach>();
  for (const matrix of matrices) {
    if (!matrix) continue;
    const self = endpointsById(matrix).get(selected);
    if (!self) continue;
    for (const other of matrix.endpoints) {
      if (other === self) continue;
      const from = opens(cellOf(matrix, self, other), port);
      const to = opens(cellOf(matrix, other, self), port);
      if (!from && !to) continue;
      const before = out.get(other.id);
      out.set(other.id, { from: from || (before?.from ?? false), to: to || (before?.to ?? false) });
    }
  }
  return out;
}

/** Ports as text: "tcp 443, udp 53, icmp". */
export function describeCell(cell: Cell): string {
  const ranges = (flat: readonly number[]) => {
    const parts: string[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2)
      parts.push(
        flat[i] === flat[i + 1]
          ? `${flat[i]}`
          : flat[i] === 0 && flat[i + 1] === 65535
            ? 'all'
            : `${flat[i]}-${flat[i + 1]}`,
      );
    return parts.join(' ');
  };
  const parts = [
    cell.tcp.length > 0 ? `tcp ${ranges(cell.tcp)}` : '',
    cell.udp.length > 0 ? `udp ${ranges(cell.udp)}` : '',
    cell.icmp ? 'icmp' : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Every resource the internet can open a connection to (any TCP or UDP port, or ICMP), with
 * what it can open, over every matrix given.
 */
export function internetExposed(matrices: readonly (Analysis | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const matrix of matrices) {
    if (!matrix) continue;
    const internet = endpointsById(matrix).get('internet');
    if (!internet) continue;
    for (const target of matrix.endpoints) {
      if (target.kind !== 'resource') continue;
      const cell = cellOf(matrix, internet, target);
      if (!cell || (cell.tcp.length === 0 && cell.udp.length === 0 && !cell.icmp)) continue;
      const text = describeCell(cell);
      const before = out.get(target.id);
      out.set(target.id, before && before !== text ? `${before}; IPv${matrix.ipVersion} ${text}` : text);
    }
  }
  return out;
}
